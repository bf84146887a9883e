import type { CypherResponse } from '@entente/protocol';
import { useEffect, useMemo, useRef } from 'react';
import { buildResultGraph } from '../../core/console/graph.ts';
import { mountResultRenderer } from '../../core/console/renderer.ts';
import { useMessages } from '../../core/i18n/index.ts';

/** A second, small renderer for the result; the map's own stays untouched underneath. */
export function ResultGraph({ response }: { response: CypherResponse }) {
  const { t } = useMessages();
  const container = useRef<HTMLDivElement>(null);
  const graph = useMemo(() => buildResultGraph(response), [response]);

  useEffect(() => (container.current && graph.order > 0 ? mountResultRenderer(container.current, graph) : undefined), [graph]);

  if (graph.order === 0) return <p className="console-notice">{t.consoleGraphEmpty}</p>;
  return <div ref={container} className="result-graph" data-nodes={graph.order} data-relationships={graph.size} />;
}
