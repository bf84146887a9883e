import type Sigma from 'sigma';
import type { DrawnEdgeAttributes, DrawnNodeAttributes } from '../graph/graph.ts';

export interface NodeDrag {
  /** Whether the press that ends in this click moved an actor: a drag is not a click, and opens no panel. */
  wasDrag(): boolean;
  unmount(): void;
}

/**
 * Lets the analyst move an actor: press on its disc, move, release. While the pointer moves the
 * camera stays still, and the map keeps its frame (a fixed bounding box), so that the disc stays
 * under the pointer rather than the whole map being fitted again around it; the frame is let go on
 * release. `started` runs on the first move of a press, `ended` when the moved actor is let go.
 */
export function mountNodeDrag(sigma: Sigma<DrawnNodeAttributes, DrawnEdgeAttributes>, { started, ended }: { started: () => void; ended: () => void }): NodeDrag {
  const mouse = sigma.getMouseCaptor();
  let pressed: string | null = null;
  let moved = false;

  // Every press forgets the last drag; one on a disc may start the next.
  const press = ({ node }: { node: string }) => {
    [pressed, moved] = [node, false];
  };
  const forget = () => {
    [pressed, moved] = [null, false];
  };
  const move = (event: { x: number; y: number; preventSigmaDefault(): void; original: MouseEvent | TouchEvent }) => {
    if (pressed === null || !sigma.getGraph().hasNode(pressed)) return;
    if (!moved) {
      moved = true;
      sigma.setCustomBBox(sigma.getBBox());
      started();
    }
    sigma.getGraph().mergeNodeAttributes(pressed, sigma.viewportToGraph(event));
    // Not a pan of the camera, nor a selection of text.
    event.preventSigmaDefault();
    event.original.preventDefault();
  };
  const release = () => {
    if (pressed === null) return;
    pressed = null;
    if (!moved) return;
    sigma.setCustomBBox(null);
    ended();
  };

  sigma.on('downNode', press);
  sigma.on('downStage', forget);
  sigma.on('downEdge', forget);
  mouse.on('mousemovebody', move);
  mouse.on('mouseup', release);
  return {
    wasDrag: () => moved,
    unmount: () => {
      sigma.off('downNode', press);
      sigma.off('downStage', forget);
      sigma.off('downEdge', forget);
      mouse.off('mousemovebody', move);
      mouse.off('mouseup', release);
    },
  };
}
