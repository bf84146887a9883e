import type { EvidenceRow } from '@entente/protocol';
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

// The byte-order mark makes spreadsheet programs read the Arabic names and sentences as UTF-8.
function csvFile(rows: string[]): string {
  return `\uFEFF${rows.join('\r\n')}\r\n`;
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
  return csvFile(rows);
}

const EVIDENCE_COLUMNS = [
  'type',
  'source',
  'target',
  'date',
  'mode',
  'confidence',
  'rule',
  'sentence',
  'article_id',
  'article_url',
  'outlet',
  'article_date',
  'articles',
  'event_id',
] as const;

/** One row per event behind the map's lines: what an analyst checks the map against, sentence by sentence. */
export function evidenceCsv(rows: readonly EvidenceRow[]): string {
  const lines = [EVIDENCE_COLUMNS.join(',')];
  for (const row of rows) {
    const cells: Record<(typeof EVIDENCE_COLUMNS)[number], string | number | null> = {
      type: row.type,
      source: row.source,
      target: row.target,
      date: row.date,
      mode: row.mode,
      confidence: row.confidence,
      rule: row.rule,
      sentence: row.sentence,
      article_id: row.article?.id ?? null,
      article_url: row.article?.url ?? null,
      outlet: row.article?.source ?? null,
      article_date: row.article?.date ?? null,
      articles: row.articles,
      event_id: row.event_id,
    };
    lines.push(EVIDENCE_COLUMNS.map((column) => csvCell(cells[column])).join(','));
  }
  return csvFile(lines);
}
