import { mkdtemp, writeFile, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_ARTICLE_BYTES } from '@entente/extract';
import { readAll } from '../support/read.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'entente-read-'));
});

describe('reading articles', () => {
  it('reads front matter: title, date, lang, source, url', async () => {
    const file = join(dir, 'a.md');
    await writeFile(file, '---\ntitle: "عنوان"\ndate: 2024-12-05\nlang: ar\nsource: test\nurl: https://example.org/a\n---\n\nنص المقال.\n');
    const [r] = await readAll(file);
    expect(r).toHaveProperty('article');
    if (!('article' in r!)) return;
    expect(r.article).toMatchObject({ title: 'عنوان', date: '2024-12-05', lang: 'ar', source: 'test', url: 'https://example.org/a', text: 'نص المقال.' });
  });

  it('splits the raw file holding two articles one after the other', async () => {
    const results = await readAll(join(import.meta.dirname, '..', 'fixtures', 'raw-two-articles.txt'));
    const titles = results.flatMap((r) => ('article' in r ? [r.article.title] : []));
    expect(titles).toHaveLength(2);
    expect(titles[1]).toContain('إيران تنفي احتجاز سجناء');
    for (const r of results) if ('article' in r) expect(r.article.lang).toBe('ar');
  });

  it('reads JSON Lines, gzipped or not, and reports a malformed line with its number', async () => {
    const lines = [
      JSON.stringify({ id: 'x1', title: 'one', date: '2018-03-01T10:00:00+04:00', text: 'first article text' }),
      '{"id": "x2", "text": broken',
      JSON.stringify({ id: 'x3', title: 'three', text: 'third article text' }),
    ].join('\n');
    await writeFile(join(dir, 'c.jsonl.gz'), gzipSync(lines));
    const results = await readAll(join(dir, 'c.jsonl.gz'));
    expect(results.filter((r) => 'article' in r)).toHaveLength(2);
    const error = results.find((r) => 'error' in r);
    expect(error && 'error' in error && error.error).toMatchObject({ line: 2 });
    const first = results[0]!;
    expect('article' in first && first.article.date).toBe('2018-03-01');
  });

  it('reports empty, binary, non-UTF-8, oversized and malformed files and goes on', async () => {
    await writeFile(join(dir, 'empty.md'), '');
    await writeFile(join(dir, 'binary.txt'), Buffer.from([0x50, 0x00, 0x01, 0x02]));
    await writeFile(join(dir, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0xe0]));
    await writeFile(join(dir, 'huge.txt'), Buffer.alloc(MAX_ARTICLE_BYTES + 10, 0x61));
    await writeFile(join(dir, 'badyaml.md'), '---\ntitle: [unclosed\ndate: 2024\n---\ntext\n');
    await writeFile(join(dir, 'good.md'), '---\ntitle: good\n---\nنص سليم.\n');
    const results = await readAll(...['empty.md', 'binary.txt', 'latin1.txt', 'huge.txt', 'badyaml.md', 'good.md'].map((f) => join(dir, f)));
    const errors = results.flatMap((r) => ('error' in r ? [r.error] : []));
    expect(errors.map((e) => [e.file.split('/').pop(), e.message.split(' (')[0]])).toEqual([
      ['empty.md', 'empty file'],
      ['binary.txt', 'binary file'],
      ['latin1.txt', 'not valid UTF-8 text'],
      ['huge.txt', 'too large'],
      ['badyaml.md', 'malformed front matter'],
    ]);
    expect(errors.find((e) => e.file.endsWith('badyaml.md'))!.line).toBeGreaterThanOrEqual(1);
    expect(results.filter((r) => 'article' in r)).toHaveLength(1);
  });

  it('gives the same id to the same text read twice', async () => {
    const file = join(dir, 'same.md');
    await writeFile(file, 'نص ثابت.\n');
    const [a] = await readAll(file);
    const [b] = await readAll(file);
    expect('article' in a! && 'article' in b! && a.article.id === b.article.id).toBe(true);
    expect(await readFile(file, 'utf8')).toBe('نص ثابت.\n');
  });
});
