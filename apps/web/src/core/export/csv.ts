import type { NetworkGraphInstance } from '../graph/graph.ts';

const COLUMNS = [
  'source',
  'source_name_en',
  'source_name_ar',
  'relation',
  'target',
  'target_name_en',
  'target_name_ar',
  'directed',
  'events',
  'articles',
  'first_date',
  'last_date',
] as const;

/**
 * Quotes when needed, and defuses cells a spreadsheet would run as a formula: actor names come from
 * scraped news, so a name starting with "=" must stay text.
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One row per relation on the map, with both names of both ends. */
export function toCsv(graph: NetworkGraphInstance): string {
  const rows = [COLUMNS.join(',')];
  graph.forEachEdge((_edge, relation, source, target, sourceNode, targetNode, undirected) => {
    const row: Record<(typeof COLUMNS)[number], string | number | boolean | null> = {
      source,
      source_name_en: sourceNode.name_en,
      source_name_ar: sourceNode.name_ar,
      relation: relation.type,
      target,
      target_name_en: targetNode.name_en,
      target_name_ar: targetNode.name_ar,
      directed: !undirected,
      events: relation.count,
      articles: relation.articles,
      first_date: relation.first_date,
      last_date: relation.last_date,
    };
    rows.push(COLUMNS.map((column) => csvCell(row[column])).join(','));
  });
  // The byte-order mark makes spreadsheet programs read the Arabic names as UTF-8.
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}
