/**
 * Reading articles from disk: Markdown or text with optional YAML front matter, raw text holding
 * several articles, and JSON Lines (plain or gzipped). A bad file or line becomes an InputError
 * naming the file and line, and reading goes on with the rest.
 */
import { hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createGunzip } from 'node:zlib';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { Article, InputError } from './article.ts';
import { detectLanguage } from './lang.ts';

export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;
const TEXT_EXTENSIONS = ['.md', '.txt'];
const JSONL_EXTENSIONS = ['.jsonl', '.jsonl.gz'];

export type ReadResult = { article: Article } | { error: InputError };

class InputProblem extends Error {
  constructor(message: string, readonly line?: number) {
    super(message);
  }
}

export function isArticleFile(path: string): boolean {
  return [...TEXT_EXTENSIONS, ...JSONL_EXTENSIONS].some((ext) => path.toLowerCase().endsWith(ext));
}

/** Expands folders (recursively, in name order) into the article files they hold. */
export async function* listInputFiles(paths: string[]): AsyncGenerator<{ file: string } | { error: InputError }> {
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch {
      yield { error: { file: path, message: 'no such file or folder' } };
      continue;
    }
    if (info.isDirectory()) {
      const entries = (await readdir(path, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
      const children = entries
        .filter((e) => !e.name.startsWith('.') && (e.isDirectory() || isArticleFile(e.name)))
        .map((e) => join(path, e.name));
      yield* listInputFiles(children);
    } else if (isArticleFile(path)) {
      yield { file: path };
    } else {
      yield { error: { file: path, message: 'not an article file (expected .md, .txt, .jsonl or .jsonl.gz)' } };
    }
  }
}

/** How far reading has got, in bytes of the input files as stored (compressed ones too): for an ETA. */
export interface ReadProgress {
  bytesRead: number;
  totalBytes: number;
}

export async function* readArticles(paths: string[], progress?: ReadProgress): AsyncGenerator<ReadResult> {
  const entries: ({ file: string } | { error: InputError })[] = [];
  for await (const entry of listInputFiles(paths)) entries.push(entry);
  if (progress) {
    for (const entry of entries) if ('file' in entry) progress.totalBytes += (await stat(entry.file)).size;
  }
  for (const entry of entries) {
    if ('error' in entry) yield entry;
    else if (JSONL_EXTENSIONS.some((ext) => entry.file.toLowerCase().endsWith(ext))) yield* readJsonLines(entry.file, progress);
    else {
      yield* readTextFile(entry.file);
      if (progress) progress.bytesRead += (await stat(entry.file)).size;
    }
  }
}

/** One-shot hashing: a Hash object per article cost a quarter of the hashing time. */
export function articleId(text: string): string {
  return hash('sha256', text, 'hex').slice(0, 20);
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function decode(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new InputProblem('empty file');
  if (bytes.length > MAX_ARTICLE_BYTES) throw new InputProblem(`too large (${bytes.length} bytes; the limit is ${MAX_ARTICLE_BYTES})`);
  if (bytes.includes(0)) throw new InputProblem('binary file (contains NUL bytes)');
  try {
    return utf8.decode(bytes).replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  } catch {
    throw new InputProblem('not valid UTF-8 text');
  }
}

async function* readTextFile(file: string): AsyncGenerator<ReadResult> {
  try {
    const info = await stat(file);
    if (info.size > MAX_ARTICLE_BYTES) throw new InputProblem(`too large (${info.size} bytes; the limit is ${MAX_ARTICLE_BYTES})`);
    const text = decode(await readFile(file));
    const { meta, body, bodyLine } = splitFrontMatter(text);
    if (!body.trim()) throw new InputProblem('no article text', bodyLine);
    if (meta) {
      yield { article: makeArticle(resolve(file), body, meta) };
      return;
    }
    const parts = splitRawArticles(body);
    for (const [index, part] of parts.entries()) {
      const key = parts.length > 1 ? `${resolve(file)}#${index + 1}` : resolve(file);
      yield { article: makeArticle(key, part.body, { title: part.title }) };
    }
  } catch (err) {
    yield { error: toInputError(file, err) };
  }
}

/** Larger than Node's default 16–64 KiB: a corpus of tens of megabytes then costs far fewer stream callbacks. */
const STREAM_CHUNK_BYTES = 256 * 1024;

async function* readJsonLines(file: string, progress?: ReadProgress): AsyncGenerator<ReadResult> {
  const raw = createReadStream(file, { highWaterMark: STREAM_CHUNK_BYTES });
  if (progress) raw.on('data', (chunk) => (progress.bytesRead += chunk.length));
  let stream: NodeJS.ReadableStream = raw;
  if (file.toLowerCase().endsWith('.gz')) stream = stream.pipe(createGunzip({ chunkSize: STREAM_CHUNK_BYTES }));
  const key = resolve(file);
  let lineNumber = 0;
  let sawAny = false;
  try {
    for await (const bytes of linesOf(stream as AsyncIterable<Buffer>)) {
      lineNumber++;
      const line = bytes.toString('utf8');
      if (!line.trim()) continue;
      sawAny = true;
      try {
        yield { article: articleFromJson(key, line, bytes) };
      } catch (err) {
        yield { error: toInputError(file, err, lineNumber) };
      }
    }
    if (!sawAny) yield { error: { file, message: 'empty file' } };
  } catch (err) {
    yield { error: { file, line: lineNumber || undefined, message: `unreadable (${(err as Error).message})` } };
  }
}

const LF = 0x0a;
const CR = 0x0d;

/**
 * The lines of a byte stream, split as readline splits them: '\n', '\r\n' or a lone '\r' ends a
 * line, and a last line without an end is a line too. Split as bytes, not as decoded text, so that
 * each line is decoded once and its size in bytes is known without counting.
 */
async function* linesOf(stream: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  /** The start of a line that the previous chunks left unfinished. */
  let pieces: Buffer[] = [];
  /** The previous chunk ended with '\r': a '\n' opening this one belongs to it. */
  let endedWithCR = false;
  for await (const chunk of stream) {
    if (chunk.length === 0) continue;
    let from = endedWithCR && chunk[0] === LF ? 1 : 0;
    endedWithCR = false;
    for (let end = nextLineEnd(chunk, from); end >= 0; end = nextLineEnd(chunk, from)) {
      const tail = chunk.subarray(from, end);
      yield pieces.length === 0 ? tail : Buffer.concat([...pieces, tail]);
      pieces = [];
      from = end + 1;
      if (chunk[end] === CR) {
        if (from === chunk.length) endedWithCR = true;
        else if (chunk[from] === LF) from++;
      }
    }
    if (from < chunk.length) pieces.push(chunk.subarray(from));
  }
  if (pieces.length > 0) yield Buffer.concat(pieces);
}

/** The index of the first '\n' or '\r' of chunk at or after from, or -1. */
function nextLineEnd(chunk: Buffer, from: number): number {
  const lf = chunk.indexOf(LF, from);
  // A lone '\r' is rare: look for one only before the next '\n'.
  const cr = chunk.subarray(from, lf < 0 ? chunk.length : lf).indexOf(CR);
  return cr < 0 ? lf : from + cr;
}

/** `bytes` is the line as read, `line` as decoded: sizes and NUL bytes are cheaper to check on bytes. */
function articleFromJson(file: string, line: string, bytes: Buffer): Article {
  if (bytes.length > MAX_ARTICLE_BYTES) throw new InputProblem('line too large');
  if (bytes.includes(0)) throw new InputProblem('binary data');
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (err) {
    throw new InputProblem(`malformed JSON (${(err as Error).message})`);
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) throw new InputProblem('expected a JSON object');
  const fields = record as Record<string, unknown>;
  if (typeof fields.text !== 'string' || !fields.text.trim()) throw new InputProblem('no "text" field');
  // Without an id, the text itself identifies the article: an edited line then reads as a new one.
  const hasId = typeof fields.id === 'string' || typeof fields.id === 'number';
  const key = `${file}#${hasId ? String(fields.id) : articleId(fields.text)}`;
  return makeArticle(key, fields.text, fields);
}

interface FrontMatter {
  meta: Record<string, unknown> | null;
  body: string;
  bodyLine: number;
}

function splitFrontMatter(text: string): FrontMatter {
  if (!text.startsWith('---\n')) return { meta: null, body: text, bodyLine: 1 };
  const close = text.indexOf('\n---', 3);
  if (close < 0) throw new InputProblem('front matter opened with --- but never closed', 1);
  const yamlText = text.slice(4, close + 1);
  let meta: unknown;
  try {
    meta = parseYaml(yamlText);
  } catch (err) {
    const line = err instanceof YAMLParseError && err.linePos ? err.linePos[0].line + 1 : 1;
    throw new InputProblem(`malformed front matter (${(err as Error).message.split('\n')[0]})`, line);
  }
  if (meta !== null && (typeof meta !== 'object' || Array.isArray(meta))) throw new InputProblem('front matter is not a mapping', 2);
  const afterClose = text.indexOf('\n', close + 4);
  const body = afterClose < 0 ? '' : text.slice(afterClose + 1);
  return { meta: (meta ?? {}) as Record<string, unknown>, body, bodyLine: text.slice(0, afterClose + 1).split('\n').length };
}

/**
 * Scraped pages pasted one after another: a new article starts at a paragraph of exactly two short
 * headline-like lines (a photo caption and the title, no final full stop).
 */
export function splitRawArticles(text: string): { title: string; body: string }[] {
  const paragraphs = text.split(/\n\s*\n/);
  const articles: { title: string; paragraphs: string[] }[] = [];
  for (const paragraph of paragraphs) {
    const lines = paragraph.split('\n').map((l) => l.trim()).filter(Boolean);
    const isHeader = lines.length === 2 && lines.every((l) => l.length <= 150 && !/[.!?؟。]$/.test(l));
    const current = articles.at(-1);
    if (isHeader || !current) articles.push({ title: (isHeader ? lines[1] : lines[0]) ?? '', paragraphs: isHeader ? [] : [paragraph] });
    else current.paragraphs.push(paragraph);
  }
  return articles
    .map((a) => ({ title: a.title, body: a.paragraphs.join('\n\n').trim() }))
    .filter((a) => a.body.length > 0);
}

function makeArticle(file: string, text: string, meta: Record<string, unknown>): Article {
  const body = text.trim();
  const title = stringField(meta.title) ?? firstLine(body);
  const lang = stringField(meta.lang);
  if (lang !== undefined && lang !== 'ar' && lang !== 'en') throw new InputProblem(`unsupported lang "${lang}" (ar or en)`);
  return {
    id: articleId(`${title}\n${body}`),
    file,
    title,
    lang: lang ?? detectLanguage(body),
    date: parseDate(meta.date),
    source: stringField(meta.source) ?? null,
    url: stringField(meta.url) ?? null,
    category: stringField(meta.category) ?? null,
    text: body,
  };
}

function stringField(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

function firstLine(text: string): string {
  return (text.split('\n').find((l) => l.trim()) ?? '').trim().slice(0, 200);
}

/** Keeps the calendar date as the source wrote it (a publication date is local to the outlet). */
function parseDate(value: unknown): string | null {
  if (value === undefined || value === null || value === '') return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  const match = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim()) : null;
  if (!match) throw new InputProblem(`date "${String(value)}" is not a YYYY-MM-DD date`);
  const date = `${match[1]}-${match[2]}-${match[3]}`;
  if (Number.isNaN(Date.parse(date))) throw new InputProblem(`date "${date}" does not exist`);
  return date;
}

function toInputError(file: string, err: unknown, line?: number): InputError {
  if (err instanceof InputProblem) return { file, line: line ?? err.line, message: err.message };
  return { file, line, message: (err as Error).message };
}
