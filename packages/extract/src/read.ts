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
import { detectLanguage, isLanguageCode, LANGUAGES } from './lang/index.ts';

/** The largest article file, or JSON Lines line, that is read, in bytes; larger ones are reported and skipped. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;
const TEXT_EXTENSIONS = ['.md', '.txt'];
const JSONL_EXTENSIONS = ['.jsonl', '.jsonl.gz'];

/**
 * An article read, with what was wrong in fields it could do without (reported, the field left out),
 * or an input that could not be read at all.
 */
export type ReadResult = { article: Article; warnings: InputError[] } | { error: InputError };

class InputProblem extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(message);
  }
}

/** Whether the path has an extension read as articles: .md, .txt, .jsonl or .jsonl.gz, in any case. */
export function isArticleFile(path: string): boolean {
  return [...TEXT_EXTENSIONS, ...JSONL_EXTENSIONS].some((ext) => path.toLowerCase().endsWith(ext));
}

/** What a failed file-system call means to the user, without a stack or the call's name. */
function fileProblem(err: unknown): string {
  switch ((err as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'not readable (permission denied)';
    case 'ELOOP':
      return 'a symbolic link that leads back to itself';
    case 'EISDIR':
      return 'a folder where a file was expected';
    default:
      return `not readable (${(err as Error).message.split('\n')[0]})`;
  }
}

/**
 * Expands folders (recursively, in name order) into the article files they hold. Only regular files
 * are read: a named pipe would block forever. Symbolic links are followed, each folder once, so a
 * link back up the tree is one reported entry and not forty levels of the same files.
 */
export async function* listInputFiles(paths: string[], visited = new Set<string>(), givenByUser = true): AsyncGenerator<{ file: string } | { error: InputError }> {
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch (err) {
      yield { error: { file: path, message: fileProblem(err) } };
      continue;
    }
    if (info.isDirectory()) {
      const identity = `${info.dev}:${info.ino}`;
      if (visited.has(identity)) {
        yield { error: { file: path, message: 'a folder already read (a symbolic link leads back to it); skipped' } };
        continue;
      }
      visited.add(identity);
      let entries;
      try {
        entries = await readdir(path, { withFileTypes: true });
      } catch (err) {
        yield { error: { file: path, message: fileProblem(err) } };
        continue;
      }
      const children = entries
        .sort((a, b) => a.name.localeCompare(b.name))
        .filter((e) => !e.name.startsWith('.') && (e.isDirectory() || e.isSymbolicLink() || isArticleFile(e.name)))
        .map((e) => join(path, e.name));
      yield* listInputFiles(children, visited, false);
    } else if (!isArticleFile(path)) {
      // A link found in a folder is looked at in case it leads to a folder; one to another kind of file is left alone.
      if (givenByUser) yield { error: { file: path, message: 'not an article file (expected .md, .txt, .jsonl or .jsonl.gz)' } };
    } else if (!info.isFile()) {
      yield { error: { file: path, message: 'not a regular file (a named pipe, socket or device); skipped' } };
    } else {
      yield { file: path };
    }
  }
}

/** How far reading has got, in bytes of the input files as stored (compressed ones too): for an ETA. */
export interface ReadProgress {
  bytesRead: number;
  totalBytes: number;
}

/**
 * Every article in the given files and folders, in order, or an error for each input that could not be
 * read. `progress`, when given, is updated in place: `totalBytes` first, then `bytesRead` as files are read.
 */
export async function* readArticles(paths: string[], progress?: ReadProgress): AsyncGenerator<ReadResult> {
  const entries: ({ file: string } | { error: InputError })[] = [];
  for await (const entry of listInputFiles(paths)) entries.push(entry);
  if (progress) {
    for (const entry of entries) if ('file' in entry) progress.totalBytes += await sizeOf(entry.file);
  }
  for (const entry of entries) {
    if ('error' in entry) yield entry;
    else if (JSONL_EXTENSIONS.some((ext) => entry.file.toLowerCase().endsWith(ext))) yield* readJsonLines(entry.file, progress);
    else {
      yield* readTextFile(entry.file);
      if (progress) progress.bytesRead += await sizeOf(entry.file);
    }
  }
}

/** A file's size for progress; one that went away meanwhile counts nothing (reading it reports it). */
async function sizeOf(file: string): Promise<number> {
  return stat(file).then(
    (info) => info.size,
    () => 0,
  );
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
    return utf8
      .decode(bytes)
      .replace(/^\uFEFF/, '')
      .replace(/\r\n?/g, '\n');
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
      const fields = new Fields(file, 1);
      yield { article: makeArticle(resolve(file), body, meta, fields), warnings: fields.warnings };
      return;
    }
    const parts = splitRawArticles(body);
    for (const [index, part] of parts.entries()) {
      const key = parts.length > 1 ? `${resolve(file)}#${index + 1}` : resolve(file);
      const fields = new Fields(file);
      yield { article: makeArticle(key, part.body, { title: part.title }, fields), warnings: fields.warnings };
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
    for await (const bytes of linesOf(stream as AsyncIterable<Buffer>, MAX_ARTICLE_BYTES)) {
      lineNumber++;
      if (bytes === LINE_TOO_LONG) {
        sawAny = true;
        yield { error: { file, line: lineNumber, message: `line too large (over ${MAX_ARTICLE_BYTES} bytes); skipped` } };
        continue;
      }
      // A byte order mark opens the file, not its first article.
      const content = lineNumber === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
      try {
        if (content.includes(0)) throw new InputProblem('binary data');
        const line = decodeLine(content);
        if (!line.trim()) continue;
        sawAny = true;
        const fields = new Fields(file, lineNumber);
        yield { article: articleFromJson(key, line, fields), warnings: fields.warnings };
      } catch (err) {
        sawAny = true;
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

/** Stands for a line longer than the limit, whose bytes were dropped as they came. */
const LINE_TOO_LONG = Symbol('line too long');

/**
 * The lines of a byte stream, split as readline splits them: '\n', '\r\n' or a lone '\r' ends a
 * line, and a last line without an end is a line too. Split as bytes, not as decoded text, so that
 * each line is decoded once and its size in bytes is known without counting. A line longer than
 * `maxBytes` is not kept while it lasts (a small gzip may inflate to one line of gigabytes).
 */
async function* linesOf(stream: AsyncIterable<Buffer>, maxBytes: number): AsyncGenerator<Buffer | typeof LINE_TOO_LONG> {
  /** The start of a line that the previous chunks left unfinished. */
  let pieces: Buffer[] = [];
  let pending = 0;
  let tooLong = false;
  /** The previous chunk ended with '\r': a '\n' opening this one belongs to it. */
  let endedWithCR = false;
  for await (const chunk of stream) {
    if (chunk.length === 0) continue;
    let from = endedWithCR && chunk[0] === LF ? 1 : 0;
    endedWithCR = false;
    for (let end = nextLineEnd(chunk, from); end >= 0; end = nextLineEnd(chunk, from)) {
      const tail = chunk.subarray(from, end);
      if (tooLong || pending + tail.length > maxBytes) yield LINE_TOO_LONG;
      else yield pieces.length === 0 ? tail : Buffer.concat([...pieces, tail]);
      pieces = [];
      pending = 0;
      tooLong = false;
      from = end + 1;
      if (chunk[end] === CR) {
        if (from === chunk.length) endedWithCR = true;
        else if (chunk[from] === LF) from++;
      }
    }
    if (from < chunk.length && !tooLong) {
      pieces.push(chunk.subarray(from));
      pending += chunk.length - from;
      if (pending > maxBytes) {
        pieces = [];
        tooLong = true;
      }
    }
  }
  if (tooLong) yield LINE_TOO_LONG;
  else if (pieces.length > 0) yield Buffer.concat(pieces);
}

/** The index of the first '\n' or '\r' of chunk at or after from, or -1. */
function nextLineEnd(chunk: Buffer, from: number): number {
  const lf = chunk.indexOf(LF, from);
  // A lone '\r' is rare: look for one only before the next '\n'.
  const cr = chunk.subarray(from, lf < 0 ? chunk.length : lf).indexOf(CR);
  return cr < 0 ? lf : from + cr;
}

/** A line's text; bytes that are not UTF-8 are refused, as they are in a Markdown file. */
function decodeLine(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw new InputProblem('not valid UTF-8 text');
  }
}

function articleFromJson(file: string, line: string, fields: Fields): Article {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (err) {
    throw new InputProblem(`malformed JSON (${(err as Error).message})`);
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) throw new InputProblem('expected a JSON object');
  const values = record as Record<string, unknown>;
  if (values.text === undefined || values.text === null) throw new InputProblem('no "text" field');
  if (typeof values.text !== 'string') throw new InputProblem(`"text" is ${typeName(values.text)}, not text`);
  if (!values.text.trim()) throw new InputProblem('"text" is empty');
  // Without an id, the text itself identifies the article: an edited line then reads as a new one.
  const id = typeof values.id === 'string' || typeof values.id === 'number' ? String(values.id) : undefined;
  if (id === undefined && values.id !== undefined && values.id !== null) fields.warn(`"id" is ${typeName(values.id)}, not text or a number; the article is identified by its text`);
  const key = `${file}#${id ?? articleId(values.text)}`;
  return makeArticle(key, values.text, values, fields);
}

const typeName = (value: unknown) => (Array.isArray(value) ? 'a list' : value === null ? 'null' : typeof value === 'object' ? 'an object' : `a ${typeof value}`);

/** The fields of one article as read, and what was wrong with those it can do without. */
class Fields {
  readonly warnings: InputError[] = [];

  constructor(
    private readonly file: string,
    private readonly line?: number,
  ) {}

  warn(message: string): void {
    this.warnings.push({ file: this.file, ...(this.line !== undefined ? { line: this.line } : {}), message });
  }

  /** A text field, or undefined (told) when it holds something else. */
  text(values: Record<string, unknown>, name: string): string | undefined {
    const value = values[name];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string') {
      this.warn(`"${name}" is ${typeName(value)}, not text; left out`);
      return undefined;
    }
    return value.trim() || undefined;
  }
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
    const lines = paragraph
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    const isHeader = lines.length === 2 && lines.every((l) => l.length <= 150 && !/[.!?؟。]$/.test(l));
    const current = articles.at(-1);
    if (isHeader || !current) articles.push({ title: (isHeader ? lines[1] : lines[0]) ?? '', paragraphs: isHeader ? [] : [paragraph] });
    else current.paragraphs.push(paragraph);
  }
  return articles.map((a) => ({ title: a.title, body: a.paragraphs.join('\n\n').trim() })).filter((a) => a.body.length > 0);
}

function makeArticle(file: string, text: string, meta: Record<string, unknown>, fields: Fields): Article {
  const body = withoutBidiControls(text.trim());
  const title = withoutBidiControls(fields.text(meta, 'title') ?? firstLine(body));
  const lang = fields.text(meta, 'lang');
  if (lang !== undefined && !isLanguageCode(lang)) throw new InputProblem(`unsupported lang "${lang}" (${LANGUAGES.map((pack) => pack.code).join(' or ')})`);
  return {
    id: articleId(`${title}\n${body}`),
    file,
    title,
    lang: lang ?? detectLanguage(body),
    date: articleDate(meta.date, fields),
    source: fields.text(meta, 'source') ?? null,
    url: fields.text(meta, 'url') ?? null,
    category: fields.text(meta, 'category') ?? null,
    text: body,
  };
}

/**
 * Embedding, override and isolate controls (U+202A–202E, U+2066–2069) carry no meaning in news
 * text, and a stray override makes the names and titles drawn after it read backwards. Removed
 * before extraction, so that every offset into the text stays true.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
/** The text without its bidirectional embedding, override and isolate controls (see above). */
export function withoutBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

function firstLine(text: string): string {
  return (text.split('\n').find((l) => l.trim()) ?? '').trim().slice(0, 200);
}

/** YYYY-MM-DD, optionally with a time of day and a zone: 2018-04-15T23:14:23+00:00. */
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Keeps the calendar date as the source wrote it (a publication date is local to the outlet). A
 * date that is not one (2018-02-30, 25:99 o'clock, "yesterday") is left out, and the user told.
 */
function articleDate(value: unknown, fields: Fields): string | null {
  if (value === undefined || value === null || value === '') return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  const problem = (why: string) => {
    fields.warn(`"date" ${why}; left out`);
    return null;
  };
  if (typeof value !== 'string') return problem(`is ${typeName(value)}, not a YYYY-MM-DD date`);
  const match = DATE_TIME.exec(value.trim());
  if (!match) return problem(`"${value}" is not a YYYY-MM-DD date`);
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => (part === undefined ? 0 : Number(part))) as number[];
  const daysInMonth = new Date(Date.UTC(year!, month!, 0)).getUTCDate();
  if (month! < 1 || month! > 12 || day! < 1 || day! > daysInMonth) return problem(`"${value}" does not exist`);
  if (hour! > 23 || minute! > 59 || second! > 60) return problem(`"${value}" has no such time of day`);
  return `${match[1]}-${match[2]}-${match[3]}`;
}

function toInputError(file: string, err: unknown, line?: number): InputError {
  if (err instanceof InputProblem) return { file, line: line ?? err.line, message: err.message };
  if ((err as NodeJS.ErrnoException).code) return { file, line, message: fileProblem(err) };
  return { file, line, message: (err as Error).message };
}
