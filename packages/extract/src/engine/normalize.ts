import type { TrieNode } from '../knowledge/gazetteer.ts';
import type { TitleNode } from './introduce.ts';
import { packOfScript } from '../lang/index.ts';
import { addReading, type WordReading } from './language.ts';
import { NO_NAME_STARTS, type NameStart } from './mentions.ts';
import type { ReferenceEntry } from './references.ts';
import { normalizeWord } from './fold.ts';
import type { WordInfo } from './relations.ts';

/**
 * Matching keys for Arabic and English text. Normalisation is for matching only: every token keeps
 * its span in the original text, so evidence and mentions always point at what the author wrote.
 */

export { normalizeWord };

/**
 * What the engine knows about a written word, computed once per distinct word and shared by all its
 * tokens: news repeats its vocabulary, so most tokens cost one lookup. Each stage keeps its own
 * finding about the word in a field of its own here, computed the first time it asks (undefined
 * until then): reading it then costs no memory access beyond the facts that the token points at,
 * where an array of memos beside them cost one more cache miss per token.
 */
export class WordFacts {
  readonly norm: string;
  /** The forms a lexicon entry may match (see morphology.ts). */
  readonly readings: WordReading[];
  /** mentions.ts: the first steps into the trie `nameTrie` that the word's readings take, if any (tests build their own tries). */
  nameTrie: TrieNode | undefined = undefined;
  nameStarts: NameStart[] = NO_NAME_STARTS;
  /** introduce.ts: whether a reading of the word is `readingAsked`, the key last asked of it. */
  readingAsked: string | undefined = undefined;
  hasReadingAsked = false;
  /** introduce.ts: the office-title trie node the word starts, or null. */
  title: TitleNode | null | undefined = undefined;
  /** references.ts: the reference phrases the word starts. */
  references: ReferenceEntry[] | undefined = undefined;
  /** relations.ts: the trigger lexicons the word is in. */
  lexicons: WordInfo | undefined = undefined;

  constructor(
    /** The word as written. */
    readonly text: string,
  ) {
    this.norm = normalizeWord(text);
    this.readings = this.norm ? readingsOf(this.norm) : [];
  }
}

/**
 * One occurrence of a word. Its word's own properties are read through its facts rather than copied,
 * so that a token, made for every word of every article, is four fields.
 */
export class Token {
  constructor(
    readonly facts: WordFacts,
    readonly start: number,
    readonly end: number,
  ) {}

  /** A comma stands right before it (set by the extractor, which has the text): an aside may open there. */
  commaBefore = false;

  /** The text as written. */
  get text(): string {
    return this.facts.text;
  }

  /** Its matching key. */
  get norm(): string {
    return this.facts.norm;
  }

  /** Its readings (see morphology.ts). */
  get readings(): WordReading[] {
    return this.facts.readings;
  }
}

/**
 * Every word seen so far, numbered in order of first sight, in an open-addressing table keyed by a
 * hash of its characters that the tokenizer computes while scanning them. A slot holds the hash, the
 * word's number and length and its first characters, side by side in one 32-byte line: finding a
 * known word reads that slot alone, where a slot pointing to its characters elsewhere cost two more
 * dependent cache misses per token (the tokenizer's main cost). The characters of longer words past
 * the eighth lie one after another in a pool. Emptied when half full, as a cache may be, so that
 * memory stays bounded on any corpus.
 */
const TABLE_BITS = 19;
const SLOT_MASK = (1 << TABLE_BITS) - 1;
const WORDS_LIMIT = 1 << (TABLE_BITS - 1);
/** A slot's Int32s: its word's hash, number + 1 (0 in an empty slot), length, and pool offset of the characters past the inline ones. */
const SLOT_INTS = 8;
const HASH = 0;
const NUMBER = 1;
const LENGTH = 2;
const POOL_OFFSET = 3;
/** The word's first characters fill the slot's last four Int32s, as UTF-16 code units. */
const INLINE_FROM = 2 * 4;
const INLINE_CHARS = 2 * (SLOT_INTS - 4);
const table = new ArrayBuffer((4 * SLOT_INTS) << TABLE_BITS);
const slots = new Int32Array(table);
const slotChars = new Uint16Array(table);
/** By word number: its facts, or null for a word that folds to nothing (marks only), which makes no token. */
const wordFacts: (WordFacts | null)[] = [];
let pool = new Uint16Array(1 << 16);
let poolEnd = 0;
let wordCount = 0;

/** The facts of the word text[start, end), whose hash is `hash`; null if it folds to nothing. */
function factsAt(text: string, start: number, end: number, hash: number): WordFacts | null {
  let slot = firstSlot(hash);
  for (let number = slots[SLOT_INTS * slot + NUMBER]!; number !== 0; number = slots[SLOT_INTS * slot + NUMBER]!) {
    if (slots[SLOT_INTS * slot + HASH] === hash && spells(text, start, end, slot)) return wordFacts[number - 1]!;
    slot = (slot + 1) & SLOT_MASK;
  }
  if (wordCount === WORDS_LIMIT) {
    slots.fill(0);
    wordFacts.length = 0;
    wordCount = 0;
    poolEnd = 0;
    slot = firstSlot(hash);
  }
  const facts = new WordFacts(text.slice(start, end));
  const found = facts.norm ? facts : null;
  wordFacts.push(found);
  wordCount++;
  store(slot, text, start, end, hash);
  return found;
}

/** Fills an empty slot with the word text[start, end), numbered wordCount, growing the pool as needed. */
function store(slot: number, text: string, start: number, end: number, hash: number): void {
  const base = SLOT_INTS * slot;
  const length = end - start;
  slots[base + HASH] = hash;
  slots[base + NUMBER] = wordCount;
  slots[base + LENGTH] = length;
  slots[base + POOL_OFFSET] = poolEnd;
  const chars = 2 * base + INLINE_FROM;
  for (let k = 0; k < Math.min(length, INLINE_CHARS); k++) slotChars[chars + k] = text.charCodeAt(start + k);
  if (length <= INLINE_CHARS) return;
  const to = poolEnd + length - INLINE_CHARS;
  if (to > pool.length) {
    const larger = new Uint16Array(Math.max(2 * pool.length, to));
    larger.set(pool.subarray(0, poolEnd));
    pool = larger;
  }
  for (let k = INLINE_CHARS; k < length; k++) pool[poolEnd + k - INLINE_CHARS] = text.charCodeAt(start + k);
  poolEnd = to;
}

/** Spreads similar hashes (words that differ in their last letter) over the whole table. */
function firstSlot(hash: number): number {
  return Math.imul(hash, 0x9e3779b1) >>> (32 - TABLE_BITS);
}

/** Whether text[start, end) is the word in `slot`. */
function spells(text: string, start: number, end: number, slot: number): boolean {
  const base = SLOT_INTS * slot;
  const length = end - start;
  if (slots[base + LENGTH] !== length) return false;
  const chars = 2 * base + INLINE_FROM;
  const inline = Math.min(length, INLINE_CHARS);
  for (let k = 0; k < inline; k++) if (slotChars[chars + k] !== text.charCodeAt(start + k)) return false;
  const from = slots[base + POOL_OFFSET]! - INLINE_CHARS;
  for (let k = INLINE_CHARS; k < length; k++) if (pool[from + k] !== text.charCodeAt(start + k)) return false;
  return true;
}

// A word: letters, marks and digits of any script, with inner apostrophes (O'Brien). A hyphen
// separates words, so that "Jong-un", "جونغ-أون" and "Jong Un" are the same two words.

/** Splits text into word tokens, each with its span (plus `offset`) and its matching key and readings. */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  const length = text.length;
  let i = 0;
  while (i < length) {
    if (!isWordChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    // Hashed as scanned, for the word table (see factsAt).
    let hash = 0;
    // "U.S.", "U.N.": capitals each with its full stop are one word, stops included.
    const initials = initialismEnd(text, i);
    for (; i < initials; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
    while (i < length && initials < 0) {
      const code = text.charCodeAt(i);
      if (isWordChar(code)) i++;
      // An apostrophe inside a word (O'Brien), not at its edge.
      else if ((code === 0x27 || code === 0x2019) && i + 1 < length && isWordChar(text.charCodeAt(i + 1))) i += 2;
      else break;
      hash = (Math.imul(hash, 31) + code) | 0;
    }
    const facts = factsAt(text, start, i, hash);
    if (facts !== null) tokens.push(new Token(facts, offset + start, offset + i));
  }
  return tokens;
}

/** Where an initialism of two or more capitals with full stops (U.S., U.K., E.U.) starting at `i` ends, or -1. */
function initialismEnd(text: string, i: number): number {
  let end = i;
  while (isCapital(text.charCodeAt(end)) && text.charCodeAt(end + 1) === FULL_STOP) end += 2;
  return end - i >= 4 && !isWordChar(text.charCodeAt(end)) ? end : -1;
}
const FULL_STOP = 0x2e;
const isCapital = (code: number) => code >= 0x41 && code <= 0x5a;

const LETTER_OR_DIGIT = /[\p{L}\p{M}\p{N}]/u;

/** Letters, marks and digits of any script, tatweel included; the common ranges are tested first. */
function isWordChar(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
  if (code >= 0x0621 && code <= 0x065f) return true; // Arabic letters, tatweel and diacritics
  if (code >= 0x0660 && code <= 0x0669) return true; // Arabic-Indic digits
  if (code === 0x060c || code === 0x061b || code === 0x061f || code === 0x066a || code === 0x066b || code === 0x066c) return false;
  if (code >= 0xd800 && code <= 0xdfff) return true; // astral letters: rare, kept whole
  return isOtherWordChar(code);
}

/** The Unicode test's answers, by character, as met: news repeats its quotes, dashes and spaces (« — »). */
const OTHER_WORD_CHARS = new Uint8Array(0x10000);
const UNKNOWN = 0;
const WORD = 1;
const NOT_WORD = 2;

function isOtherWordChar(code: number): boolean {
  if (OTHER_WORD_CHARS[code] === UNKNOWN) OTHER_WORD_CHARS[code] = LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? WORD : NOT_WORD;
  return OTHER_WORD_CHARS[code] === WORD;
}

/** Normalises a multi-word name to the sequence of keys the matcher compares. */
export function nameKeys(name: string): string[] {
  return tokenize(name).map((t) => t.norm);
}

/** A set of token positions in one text: dense and short-lived, so a byte per token rather than a hash set. */
export class TokenSet {
  private readonly marks: Uint8Array;

  constructor(tokenCount: number) {
    this.marks = new Uint8Array(tokenCount);
  }

  /** Whether the position is in the set. */
  has(index: number): boolean {
    return this.marks[index] === 1;
  }

  /** Adds the positions [from, to). */
  addRange(from: number, to: number): void {
    this.marks.fill(1, from, to);
  }
}

/** A word's readings by its script's language pack; a word of no pack's script (a number) is read as itself. */
export function readingsOf(word: string): WordReading[] {
  const pack = packOfScript(word);
  if (pack) return pack.readings(word);
  const out: WordReading[] = [];
  addReading(out, word, 0);
  return out;
}
