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
