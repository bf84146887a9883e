import { ACTOR_KIND_NAMES, ACTOR_KINDS, PRESETS, RELATION_TYPES, relationSpec } from '@entente/ontology';
import { fetchEvidenceTable } from '../api/client.ts';
import { actorName } from '../i18n/index.ts';
import { MESSAGES } from '../i18n/messages.ts';
import { networkGraph } from '../graph/graph.ts';
import { addedRelations, networkStore, queryOf } from '../graph/load.ts';
import { getRenderer } from '../sigma/controller.ts';
import { activePreset, viewStore } from '../view/state.ts';
import { captionLines } from './caption.ts';
import { evidenceCsv, toCsv } from './csv.ts';
import { downloadFile } from './download.ts';
import { toGexf } from './gexf.ts';
import { mapWithLegend, type LegendEntry } from './image.ts';

export type ExportFormat = 'png' | 'json' | 'gexf' | 'csv' | 'evidence';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['png', 'json', 'gexf', 'csv', 'evidence'];

const today = () => new Date().toISOString().slice(0, 10);

/** e.g. entente-sanctions-2025-01-31: says which view the file holds. */
function baseName(): string {
  return `entente-${activePreset(viewStore.get()) ?? 'custom'}-${today()}`;
}

/** The events behind what is on the map: the filtered lines (asked by filter) and those the user added. */
function evidenceOfMap() {
  return fetchEvidenceTable(queryOf(viewStore.get()), addedRelations());
}

/** The legend of the image: the kinds and relation types on the map, as the page's legend lists them. */
function legendEntries(): LegendEntry[] {
  const network = networkStore.get();
  if (network.phase !== 'ready') return [];
  const { language } = viewStore.get();
  const { actorsByKind, relationsByType } = network.stats;
  return [
    ...ACTOR_KIND_NAMES.filter((kind) => actorsByKind[kind]).map((kind) => ({ color: ACTOR_KINDS[kind].color, label: ACTOR_KINDS[kind].label[language], shape: 'disc' as const })),
    ...RELATION_TYPES.filter((type) => relationsByType[type]).map((type) => ({
      color: relationSpec(type).color,
      label: relationSpec(type).label[language],
      shape: 'line' as const,
    })),
  ];
}

async function imageOfMap(): Promise<Blob | null> {
  const renderer = getRenderer();
  if (!renderer) return null;
  const view = viewStore.get();
  const network = networkStore.get();
  const preset = activePreset(view);
  // The image goes out even when the counts cannot be had (the server is busy): without them in the caption.
  const sources = await evidenceOfMap().catch(() => null);
  const caption = captionLines(
    {
      view: preset ? PRESETS[preset].label[view.language] : null,
      range: view.range,
      actors: network.phase === 'ready' ? network.stats.actors : networkGraph.order,
      relations: network.phase === 'ready' ? network.stats.relations : networkGraph.size,
      sources,
      exportedOn: today(),
    },
    MESSAGES[view.language],
  );
  // The map's renderer as the plain Sigma the image export takes: with the map's own edge programs
  // (dashed.ts) TypeScript no longer sees the one as the other.
  return mapWithLegend(renderer as unknown as Parameters<typeof mapWithLegend>[0], legendEntries(), caption, view.language === 'ar');
}

/** Every export takes the map as it is, filters and additions; PNG takes the camera's view as well. */
export async function exportNetwork(format: ExportFormat): Promise<void> {
  const name = baseName();
  switch (format) {
    case 'png': {
      const image = await imageOfMap();
      if (image) downloadFile(`${name}.png`, image, 'image/png');
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
    case 'evidence': {
      const { rows } = await evidenceOfMap();
      return downloadFile(`${name}-evidence.csv`, evidenceCsv(rows), 'text/csv;charset=utf-8');
    }
  }
}
