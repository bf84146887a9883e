import { downloadAsPNG } from '@sigma/export-image';
import { actorName } from '../i18n/index.ts';
import { networkGraph } from '../graph/graph.ts';
import { getRenderer } from '../sigma/controller.ts';
import { activePreset, viewStore } from '../view/state.ts';
import { toCsv } from './csv.ts';
import { downloadFile } from './download.ts';
import { toGexf } from './gexf.ts';

export type ExportFormat = 'png' | 'json' | 'gexf' | 'csv';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['png', 'json', 'gexf', 'csv'];

/** e.g. entente-sanctions-2025-01-31: says which view the file holds. */
function baseName(): string {
  const view = viewStore.get();
  return `entente-${activePreset(view) ?? 'custom'}-${new Date().toISOString().slice(0, 10)}`;
}

/** Every export takes the network on the map, as filtered; PNG takes the camera's view as well. */
export async function exportNetwork(format: ExportFormat): Promise<void> {
  const name = baseName();
  switch (format) {
    case 'png': {
      const renderer = getRenderer();
      if (renderer) await downloadAsPNG(renderer, { fileName: name, backgroundColor: '#ffffff' });
      return;
    }
    case 'json':
      return downloadFile(`${name}.json`, JSON.stringify(networkGraph.export(), null, 2), 'application/json');
    case 'gexf': {
      const language = viewStore.get().language;
      const gexf = toGexf(networkGraph, (node) => actorName(networkGraph.getNodeAttributes(node), language));
      return downloadFile(`${name}.gexf`, gexf, 'application/gexf+xml');
    }
    case 'csv':
      return downloadFile(`${name}.csv`, toCsv(networkGraph), 'text/csv;charset=utf-8');
  }
}
