/**
 * Bad input is named, skipped, and loses nothing else: pipes and links, unreadable folders, byte
 * order marks, bytes that are not UTF-8, fields of the wrong type, dates that do not exist, and a
 * gzip that inflates to a line of hundreds of megabytes.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGzip } from 'node:zlib';
import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import type { InputError, ReadResult } from '@entente/extract';
import { readAll } from '../support/read.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'entente-bad-'));
});

/** What was read, split: articles, the inputs skipped, and the fields left out. */
async function readSplit(...paths: string[]) {
  const out = await readAll(...paths);
  return {
    articles: out.flatMap((r) => ('article' in r ? [r.article] : [])),
    errors: out.flatMap((r) => ('error' in r ? [r.error] : [])),
    warnings: out.flatMap((r) => ('article' in r ? r.warnings : [])),
  };
}

const short = (e: InputError) => [e.file.split('/').pop(), e.line, e.message];
const line = (fields: Record<string, unknown>) => JSON.stringify({ text: 'نص المقال عن العقوبات.', ...fields });

describe('files that are not regular files', () => {
  it('skips a named pipe called x.md, reporting it, instead of waiting on it forever', async () => {
    const folder = join(dir, 'pipe');
    await mkdir(folder);
    expect(spawnSync('mkfifo', [join(folder, 'x.md')]).status).toBe(0);
    await writeFile(join(folder, 'y.md'), 'نص سليم.\n');
    const { articles, errors } = await readSplit(folder);
    expect(errors.map(short)).toEqual([['x.md', undefined, expect.stringMatching(/not a regular file/)]]);
    expect(articles).toHaveLength(1);
    // Named directly, too.
    expect((await readSplit(join(folder, 'x.md'))).errors).toHaveLength(1);
  });

  it('follows a symbolic link back up the tree once, and says so', async () => {
    const folder = join(dir, 'loop');
    await mkdir(join(folder, 'sub'), { recursive: true });
    await writeFile(join(folder, 'sub', 'a.md'), 'نص أول.\n');
    await symlink('..', join(folder, 'sub', 'up.md'));
    await symlink('..', join(folder, 'sub', 'back'));
    await symlink('self.md', join(folder, 'self.md'));
    const { articles, errors } = await readSplit(folder);
    expect(articles).toHaveLength(1);
    expect(errors.map((e) => e.message)).toEqual(expect.arrayContaining([expect.stringMatching(/leads back to it/), expect.stringMatching(/leads back to itself/)]));
    expect(errors.length).toBeLessThanOrEqual(3);
  });

  it('reports an unreadable folder as one bad entry and reads the rest', async () => {
    const folder = join(dir, 'locked');
    await mkdir(join(folder, 'closed'), { recursive: true });
    await writeFile(join(folder, 'closed', 'a.md'), 'نص.\n');
    await writeFile(join(folder, 'open.md'), 'نص مفتوح.\n');
    await chmod(dir, 0o755);
    await chmod(join(folder, 'closed'), 0o000);
    try {
      // Root reads every folder: the reading runs as nobody then, as a user's would.
      const asUser = process.getuid?.() === 0 ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'] : [];
      const command = [...asUser, process.execPath, join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'tests/support/read-paths.ts'), folder];
      const run = spawnSync(command[0]!, command.slice(1), { cwd: ROOT, encoding: 'utf8' });
      expect(run.stderr).toBe('');
      const results = run.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as ReadResult);
      expect(results.flatMap((r) => ('error' in r ? [short(r.error)] : []))).toEqual([['closed', undefined, 'not readable (permission denied)']]);
      expect(results.filter((r) => 'article' in r)).toHaveLength(1);
    } finally {
      await chmod(join(folder, 'closed'), 0o755);
    }
  });
});

describe('JSON Lines', () => {
  it('reads a first line after a UTF-8 byte order mark', async () => {
    const file = join(dir, 'bom.jsonl');
    await writeFile(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${line({ id: 1 })}\n${line({ id: 2 })}\n`)]));
    const { articles, errors } = await readSplit(file);
    expect(errors).toEqual([]);
    expect(articles).toHaveLength(2);
  });

  it('refuses a line with bytes that are not UTF-8, naming the line, as a Markdown file would be', async () => {
    const file = join(dir, 'latin1.jsonl');
    const bad = Buffer.concat([Buffer.from('{"id": 2, "text": "caf'), Buffer.from([0xe9]), Buffer.from('"}')]);
    await writeFile(file, Buffer.concat([Buffer.from(`${line({ id: 1 })}\n`), bad, Buffer.from(`\n${line({ id: 3 })}\n`)]));
    const { articles, errors } = await readSplit(file);
    expect(errors.map(short)).toEqual([['latin1.jsonl', 2, 'not valid UTF-8 text']]);
    expect(articles).toHaveLength(2);
  });

  it('takes in an article with a field of the wrong type without the field, and says so with the line', async () => {
    const file = join(dir, 'types.jsonl');
    await writeFile(
      file,
      [
        line({ id: 1, lang: 42 }),
        line({ id: 2, title: ['a', 'b'] }),
        line({ id: 3, url: 42 }),
        line({ id: 4, source: { name: 'x' } }),
        line({ id: 5, text: 42 }),
        line({ id: 6 }),
      ].join('\n'),
    );
    const { articles, errors, warnings } = await readSplit(file);
    expect(warnings.map(short)).toEqual([
      ['types.jsonl', 1, '"lang" is a number, not text; left out'],
      ['types.jsonl', 2, '"title" is a list, not text; left out'],
      ['types.jsonl', 3, '"url" is a number, not text; left out'],
      ['types.jsonl', 4, '"source" is an object, not text; left out'],
    ]);
    expect(errors.map(short)).toEqual([['types.jsonl', 5, '"text" is a number, not text']]);
    expect(articles.map((a) => [a.lang, a.url, a.source])).toEqual(Array(5).fill(['ar', null, null]));
  });

  it.each([
    ['2018-02-30', 'does not exist'],
    ['2019-02-29', 'does not exist'],
    ['2018-13-01', 'does not exist'],
    ['2018-01-01T25:99:00Z', 'no such time of day'],
    ['yesterday', 'is not a YYYY-MM-DD date'],
    [20180101, 'is a number'],
  ])('leaves out the date %s and says it %s', async (date, why) => {
    const file = join(dir, `date-${String(date).replace(/\W/g, '')}.jsonl`);
    await writeFile(file, line({ id: 1, date }));
    const { articles, warnings } = await readSplit(file);
    expect(articles[0]!.date).toBeNull();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ line: 1, message: expect.stringContaining(why) });
  });

  it.each([
    ['2020-02-29', '2020-02-29'],
    ['2018-04-15T23:14:23+00:00', '2018-04-15'],
    ['2018-04-15 23:14', '2018-04-15'],
    ['2018-04-15T23:59:60Z', '2018-04-15'],
  ])('keeps the date %s as %s', async (date, kept) => {
    const file = join(dir, `ok-${date.replace(/\W/g, '')}.jsonl`);
    await writeFile(file, line({ id: 1, date }));
    const { articles, warnings } = await readSplit(file);
    expect(warnings).toEqual([]);
    expect(articles[0]!.date).toBe(kept);
  });

  it('stops keeping a 256 MB line from a small gzip once it passes the limit, and reads the next line', { timeout: 60_000 }, async () => {
    const file = join(dir, 'bomb.jsonl.gz');
    const chunk = Buffer.alloc(1024 * 1024, 0x61);
    async function* content() {
      yield Buffer.from(`${line({ id: 1 })}\n{"id": 2, "text": "`);
      for (let i = 0; i < 256; i++) yield chunk;
      yield Buffer.from(`"}\n${line({ id: 3 })}\n`);
    }
    await pipeline(Readable.from(content()), createGzip(), createWriteStream(file));
    const before = process.memoryUsage().rss;
    let peak = before;
    const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
    const { articles, errors } = await readSplit(file);
    clearInterval(timer);
    expect(errors.map(short)).toEqual([['bomb.jsonl.gz', 2, expect.stringMatching(/^line too large/)]]);
    expect(articles).toHaveLength(2);
    expect(peak - before).toBeLessThan(150 * 1024 * 1024);
  });
});

describe('Bidi controls', () => {
  it('are taken out of titles and text before extraction', async () => {
    const file = join(dir, 'bidi.jsonl');
    await writeFile(file, line({ id: 1, title: 'evil\u202Etxt.exe \u2066name\u2069', text: 'Russia\u202E sanctions\u202C Iran.' }));
    const { articles } = await readSplit(file);
    expect(articles[0]).toMatchObject({ title: 'eviltxt.exe name', text: 'Russia sanctions Iran.' });
  });
});

describe('npm run extract -- --json | a pipe', () => {
  it('writes every byte before it exits', { timeout: 120_000 }, async () => {
    const file = join(dir, 'many.jsonl');
    const text = 'فرضت الولايات المتحدة عقوبات على روسيا. وقال الرئيس الأمريكي إن واشنطن ستواصل الضغط على موسكو. ';
    await writeFile(file, Array.from({ length: 150 }, (_v, i) => line({ id: i, title: `مقال ${i}`, text: text.repeat(4) })).join('\n'));
    const child = spawn(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/cli/extract.ts', '--json', file], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const chunks: Buffer[] = [];
    // A slow reader, as jq over a pipe is: the writer must wait for it.
    child.stdout.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      child.stdout.pause();
      setTimeout(() => child.stdout.resume(), 2);
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    const output = Buffer.concat(chunks).toString('utf8');
    expect(code).toBe(0);
    expect(output.length).toBeGreaterThan(200_000);
    expect((JSON.parse(output) as { articles: unknown[] }).articles).toHaveLength(150);
  });
});
