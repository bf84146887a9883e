/**
 * The languages Entente reads. Each is one folder here holding its pack (the contract:
 * engine/language.ts) and one line in LANGUAGES; the engine reads languages only through this module.
 */
import type { LanguagePack } from '../engine/language.ts';
import { arabic } from './ar/index.ts';
import { english } from './en/index.ts';

export const LANGUAGES = [arabic, english] as const satisfies readonly LanguagePack[];

export type LanguageCode = (typeof LANGUAGES)[number]['code'];

const BY_CODE = new Map<string, LanguagePack>(LANGUAGES.map((pack) => [pack.code, pack]));

export function isLanguageCode(code: string): code is LanguageCode {
  return BY_CODE.has(code);
}

export function languagePack(code: LanguageCode): LanguagePack {
  return BY_CODE.get(code)!;
}

/** The pack whose script the text is written in (the first registered, for a text of several), if any. */
export function packOfScript(text: string): LanguagePack | undefined {
  return LANGUAGES.find((pack) => pack.script.test(text));
}

/**
 * One kind of word from every language at once. A token of one script never spells a word of
 * another, so the engine can look a word up in all languages' lists without knowing the article's.
 */
export function everyLanguage<T>(pick: (pack: LanguagePack) => readonly T[]): T[] {
  return LANGUAGES.flatMap((pack) => [...pick(pack)]);
}

/** One table from every language at once (as everyLanguage: no key is spelled alike in two). */
export function everyLanguageTable<V>(pick: (pack: LanguagePack) => Record<string, V>): Record<string, V> {
  return Object.assign({}, ...LANGUAGES.map(pick)) as Record<string, V>;
}

/**
 * The pack (by its index in LANGUAGES) whose script each UTF-16 code unit is a letter of, or -1: built
 * on the first detection (some 14 ms, which a process that is told its articles' language never
 * spends), then read per character.
 */
let scriptOfUnit: Int8Array | undefined;
function scriptTable(): Int8Array {
  if (scriptOfUnit) return scriptOfUnit;
  const table = new Int8Array(0x10000).fill(-1);
  for (let code = 0; code < table.length; code++) {
    const unit = String.fromCharCode(code);
    table[code] = LANGUAGES.findIndex((pack) => pack.script.test(unit));
  }
  return (scriptOfUnit = table);
}
/** How much of a text is enough to tell its language. */
const DETECTION_SAMPLE = 4000;

/** The language whose script has the most letters at the start of the text; the first registered wins a tie. */
export function detectLanguage(text: string): LanguageCode {
  const table = scriptTable();
  const counts = LANGUAGES.map(() => 0);
  const end = Math.min(text.length, DETECTION_SAMPLE);
  for (let i = 0; i < end; i++) {
    const pack = table[text.charCodeAt(i)]!;
    if (pack >= 0) counts[pack]!++;
  }
  let best = 0;
  for (let n = 1; n < counts.length; n++) if (counts[n]! > counts[best]!) best = n;
  return LANGUAGES[best]!.code;
}

/** Whether a text is of a shape any language describes (a pack without one takes no part). */
export function everyLanguageTest(pick: (pack: LanguagePack) => RegExp | undefined): (text: string) => boolean {
  const patterns = LANGUAGES.flatMap((pack) => pick(pack) ?? []);
  return (text) => patterns.some((pattern) => pattern.test(text));
}
