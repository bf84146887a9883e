import Sigma from 'sigma';
import { viewStore } from '../view/state.ts';
import { edgeProgram, labelSettings, RENDERER_SETTINGS, whenLabelFontLoaded } from '../sigma/style.ts';
import type { ResultEdgeAttributes, ResultGraph, ResultNodeAttributes } from './graph.ts';

/** Up to this many nodes every label shows; more would pile up, and sigma then picks by room. */
const ALL_LABELS_UP_TO = 60;

/** Draws a console result with the map's settings; a new result gets a new renderer, killed with the old one. */
export function mountResultRenderer(container: HTMLElement, graph: ResultGraph): () => void {
  const sigma = new Sigma<ResultNodeAttributes, ResultEdgeAttributes>(graph, container, {
    ...RENDERER_SETTINGS,
    nodeReducer: (_node, attributes) => ({
      ...attributes,
      label: attributes.caption[viewStore.get().language],
      forceLabel: graph.order <= ALL_LABELS_UP_TO,
    }),
    edgeReducer: (_edge, attributes) => ({ ...attributes, type: edgeProgram(attributes.directed, attributes.curvature) }),
    ...labelSettings<ResultNodeAttributes, ResultEdgeAttributes>(viewStore.get().language),
  });
  let alive = true;
  const unsubscribe = viewStore.subscribe((view, previous) => {
    if (view.language !== previous.language) sigma.setSettings(labelSettings<ResultNodeAttributes, ResultEdgeAttributes>(view.language));
  });
  whenLabelFontLoaded(() => {
    if (alive) sigma.scheduleRender();
  });
  return () => {
    alive = false;
    unsubscribe();
    sigma.kill();
  };
}
