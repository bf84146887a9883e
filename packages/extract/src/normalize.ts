import type { TrieNode } from './gazetteer.ts';
import type { TitleNode } from './introduce.ts';
import { readings, type WordReading } from './morphology.ts';
import type { ReferenceEntry } from './references.ts';
import type { WordInfo } from './relations.ts';

/**
 * Matching keys for Arabic and English text. Normalisation is for matching only: every token keeps
 * its span in the original text, so evidence and mentions always point at what the author wrote.
 */

const ARABIC_INDIC_ZERO = 0x0660;
const EXTENDED_ARABIC_INDIC_ZERO = 0x06f0;

/** Folds one word to its matching key (alef and hamza forms, ى, ة, diacritics, tatweel, digits, case). */
export function normalizeWord(word: string): string {
  let out = '';
  for (const ch of word) {
    const code = ch.codePointAt(0)!;
    if ((code >= 0x064b && code <= 0x0652) || code === 0x0670 || code === 0x0640 || (code >= 0x200b && code <= 0x200f)) continue;
    if (code >= ARABIC_INDIC_ZERO && code <= ARABIC_INDIC_ZERO + 9) out += String(code - ARABIC_INDIC_ZERO);
    else if (code >= EXTENDED_ARABIC_INDIC_ZERO && code <= EXTENDED_ARABIC_INDIC_ZERO + 9) out += String(code - EXTENDED_ARABIC_INDIC_ZERO);
    else if (ch === 'أ' || ch === 'إ' || ch === 'آ' || ch === 'ٱ') out += 'ا';
    else if (ch === 'ى') out += 'ي';
    else if (ch === 'ة') out += 'ه';
    else if (ch === 'ؤ') out += 'و';
    else if (ch === 'ئ') out += 'ي';
    else out += ch;
  }
  return out.toLowerCase();
}

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
  /** mentions.ts: whether the word starts a name of the trie `nameTrie` (tests build their own tries). */
  nameTrie: TrieNode | undefined = undefined;
  startsName = false;
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
    this.readings = this.norm ? readings(this.norm) : [];
  }
}

/**
 * One occurrence of a word. Its word's own properties are read through its facts rather than copied,
 * so that a token, made for every word of every article, is three fields.
 */
export class Token {
  constructor(
    readonly facts: WordFacts,
    readonly start: number,
    readonly end: number,
  ) {}

  /** The text as written. */
  get text(): string {
    return this.facts.text;
  }

  /** Its matching key. */
  get norm(): string {
    return this.facts.norm;
  }

  get readings(): WordReading[] {
    return this.facts.readings;
  }
}

/**
 * Every word seen so far, numbered in order of first sight, in an open-addressing table keyed by a
 * hash of its characters that the tokenizer computes while scanning them. A slot holds the hash and
 * the word's number side by side, and the words' characters lie one after another in a pool: finding
 * a known word reads one slot and a few characters, not its facts and their string, which lie far
 * apart in memory (a chain of three cache misses per token was the tokenizer's main cost). News
 * repeats its vocabulary, and its frequent words, seen first, sit together at the start of the pool.
 * Emptied when half full, as a cache may be, so that memory stays bounded on any corpus.
 */
const TABLE_BITS = 20;
const SLOT_MASK = (1 << TABLE_BITS) - 1;
const WORDS_LIMIT = 1 << (TABLE_BITS - 1);
/** Per slot: the word's hash, then its number + 1 (0 in an empty slot). */
const slots = new Int32Array(2 << TABLE_BITS);
/** By word number: its facts, or null for a word that folds to nothing (marks only), which makes no token. */
const wordFacts: (WordFacts | null)[] = [];
/** Word n's characters are pool[poolStarts[n], poolStarts[n + 1]). */
const poolStarts = new Int32Array(WORDS_LIMIT + 1);
let pool = new Uint16Array(1 << 20);
let wordCount = 0;

/** The facts of the word text[start, end), whose hash is `hash`; null if it folds to nothing. */
function factsAt(text: string, start: number, end: number, hash: number): WordFacts | null {
  let slot = firstSlot(hash);
  for (let number = slots[2 * slot + 1]!; number !== 0; number = slots[2 * slot + 1]!) {
    if (slots[2 * slot] === hash && spells(text, start, end, number - 1)) return wordFacts[number - 1]!;
    slot = (slot + 1) & SLOT_MASK;
  }
  if (wordCount === WORDS_LIMIT) {
    slots.fill(0);
    wordFacts.length = 0;
    wordCount = 0;
    slot = firstSlot(hash);
  }
  addToPool(text, start, end);
  const facts = new WordFacts(text.slice(start, end));
  const found = facts.norm ? facts : null;
  wordFacts.push(found);
  wordCount++;
  slots[2 * slot] = hash;
  slots[2 * slot + 1] = wordCount;
  return found;
}

/** Stores the characters of the next word number, text[start, end), growing the pool as needed. */
function addToPool(text: string, start: number, end: number): void {
  const from = poolStarts[wordCount]!;
  const to = from + (end - start);
  if (to > pool.length) {
    const larger = new Uint16Array(Math.max(2 * pool.length, to));
    larger.set(pool.subarray(0, from));
    pool = larger;
  }
  for (let k = start; k < end; k++) pool[from + k - start] = text.charCodeAt(k);
  poolStarts[wordCount + 1] = to;
}

/** Spreads similar hashes (words that differ in their last letter) over the whole table. */
function firstSlot(hash: number): number {
  return Math.imul(hash, 0x9e3779b1) >>> (32 - TABLE_BITS);
}

/** Whether text[start, end) is word number n. */
function spells(text: string, start: number, end: number, n: number): boolean {
  const from = poolStarts[n]!;
  if (poolStarts[n + 1]! - from !== end - start) return false;
  for (let k = 0; k < end - start; k++) if (pool[from + k] !== text.charCodeAt(start + k)) return false;
  return true;
}

// A word: letters, marks and digits of any script, with inner apostrophes (O'Brien). A hyphen
// separates words, so that "Jong-un", "جونغ-أون" and "Jong Un" are the same two words.

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
    while (i < length) {
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

  has(index: number): boolean {
    return this.marks[index] === 1;
  }

  /** Adds the positions [from, to). */
  addRange(from: number, to: number): void {
    this.marks.fill(1, from, to);
  }
}
