import { readings, type WordReading } from './morphology.ts';

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
 * tokens: news repeats its vocabulary, so most tokens cost one lookup. Each stage of the engine keeps
 * its own finding here (the lexicons a word is in, the office title it starts…) the first time it asks.
 */
export interface WordFacts {
  /** The word as written. */
  text: string;
  norm: string;
  /** The forms a lexicon entry may match (see morphology.ts). */
  readings: WordReading[];
  /** The stages' findings, each in the slot memoOnWord gave its stage (NOT_YET until asked). */
  memos: unknown[];
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

const NOT_YET = Symbol('not computed yet');
/** How many stages keep a memo: each word's facts hold that many slots (more for stages loaded later). */
let memoSlots = 0;

/**
 * Every word seen so far, in an open-addressing table keyed by a hash of its characters that the
 * tokenizer computes while scanning them: finding a known word takes no slice of the text and no
 * second pass over it, only a comparison with the word stored in its slot. Emptied when half full,
 * as a cache may be, so that memory stays bounded on any corpus.
 */
const TABLE_BITS = 20;
const WORDS_LIMIT = 1 << (TABLE_BITS - 1);
const slotHashes = new Int32Array(1 << TABLE_BITS);
const slotFacts: (WordFacts | undefined)[] = new Array(1 << TABLE_BITS).fill(undefined);
let wordCount = 0;

/** The facts of the word text[start, end), whose hash is `hash`. */
function factsAt(text: string, start: number, end: number, hash: number): WordFacts {
  let slot = firstSlot(hash);
  for (let facts = slotFacts[slot]; facts !== undefined; facts = slotFacts[slot]) {
    if (slotHashes[slot] === hash && spells(text, start, end, facts.text)) return facts;
    slot = (slot + 1) & (slotFacts.length - 1);
  }
  if (wordCount === WORDS_LIMIT) {
    slotFacts.fill(undefined);
    wordCount = 0;
    slot = firstSlot(hash);
  }
  const facts = newFacts(text.slice(start, end));
  slotHashes[slot] = hash;
  slotFacts[slot] = facts;
  wordCount++;
  return facts;
}

/** Spreads similar hashes (words that differ in their last letter) over the whole table. */
function firstSlot(hash: number): number {
  return Math.imul(hash, 0x9e3779b1) >>> (32 - TABLE_BITS);
}

/** Whether text[start, end) is `word`. */
function spells(text: string, start: number, end: number, word: string): boolean {
  if (word.length !== end - start) return false;
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

function newFacts(word: string): WordFacts {
  const norm = normalizeWord(word);
  return { text: word, norm, readings: norm ? readings(norm) : [], memos: new Array<unknown>(memoSlots).fill(NOT_YET) };
}

/**
 * A stage's memo on a word: computed on first use, then read from the shared facts. Each memo owns
 * a numbered slot, so that reading it is an array access, not a property lookup on objects of many shapes.
 */
export function memoOnWord<T>(compute: (token: Token) => T): (token: Token) => T {
  const slot = memoSlots++;
  return (token) => {
    const memos = token.facts.memos;
    if (slot < memos.length && memos[slot] !== NOT_YET) return memos[slot] as T;
    const value = compute(token);
    while (memos.length <= slot) memos.push(NOT_YET);
    memos[slot] = value;
    return value;
  };
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
    if (facts.norm) tokens.push(new Token(facts, offset + start, offset + i));
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
