/** The exports' pure parts: CSV cells and files, and the caption the image carries. */
import { describe, expect, it } from 'vitest';
import type { EvidenceRow } from '@entente/protocol';
import { captionLines } from '../../apps/web/src/core/export/caption.ts';
import { csvCell, evidenceCsv } from '../../apps/web/src/core/export/csv.ts';
import { MESSAGES } from '../../apps/web/src/core/i18n/messages.ts';

const row = (change: Partial<EvidenceRow> = {}): EvidenceRow => ({
  type: 'SANCTIONS',
  source: 'US',
  target: 'IR',
  event_id: 'e1',
  date: '2018-03-01',
  mode: 'asserted',
  confidence: 0.9,
  rule: 'ar.sanctions.2',
  sentence: 'فرضت الولايات المتحدة عقوبات على إيران',
  article: { id: 'a1', url: 'https://example.org/a?x=1,2', source: 'outlet', title: 't', date: '2018-03-01' },
  articles: 1,
  ...change,
});

describe('CSV', () => {
  it('quotes commas, quotes and line breaks, and defuses formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('he said "no"')).toBe('"he said ""no"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell(null)).toBe('');
    expect(csvCell(0.5)).toBe('0.5');
  });

  it('writes the evidence as a BOM, a header and one CRLF row per event, Arabic intact', () => {
    const file = evidenceCsv([row(), row({ event_id: 'e2', sentence: 'قال "المتحدث"، ثم\nأضاف', article: null })]);
    expect(file.startsWith('\uFEFFtype,source,target,date,mode,confidence,rule,sentence,article_id,article_url,outlet,article_date,articles,event_id\r\n')).toBe(true);
    const lines = file.slice(1).split('\r\n');
    expect(lines).toHaveLength(4); // header, two rows, and the empty string after the last CRLF
    expect(lines[1]).toBe('SANCTIONS,US,IR,2018-03-01,asserted,0.9,ar.sanctions.2,فرضت الولايات المتحدة عقوبات على إيران,a1,"https://example.org/a?x=1,2",outlet,2018-03-01,1,e1');
    expect(lines[2]).toBe('SANCTIONS,US,IR,2018-03-01,asserted,0.9,ar.sanctions.2,"قال ""المتحدث""، ثم\nأضاف",,,,,1,e2');
  });
});

describe('the image caption', () => {
  const input = {
    view: 'Sanctions',
    range: { from: '2018-01', to: '2018-06' },
    actors: 5,
    relations: 4,
    sources: { events: 7, articles: 2, outlets: 1 },
    exportedOn: '2026-12-07',
  };

  it('names the view, the months, the reporting behind the map and the day of export', () => {
    expect(captionLines(input, MESSAGES.en)).toEqual([
      'Entente — Sanctions · 2018-01 to 2018-06',
      '5 actors · 4 relations · 7 events from 2 articles of 1 outlet',
      'Exported 2026-12-07 · read the lines as leads, each with its evidence',
    ]);
  });

  it('says all time and a custom selection, and leaves out counts it could not get', () => {
    const lines = captionLines({ ...input, view: null, range: null, sources: null }, MESSAGES.en);
    expect(lines[0]).toBe('Entente — custom selection of relations · All time');
    expect(lines[1]).toBe('5 actors · 4 relations');
  });

  it('is in Arabic in the Arabic interface', () => {
    const lines = captionLines({ ...input, view: 'العقوبات' }, MESSAGES.ar);
    expect(lines[0]).toBe('أنتانت — العقوبات · من 2018-01 إلى 2018-06');
    expect(lines[1]).toContain('7 حدثًا من 2 مقالًا');
    expect(lines.join('')).not.toMatch(/[A-Za-z]{3,}/);
  });
});
