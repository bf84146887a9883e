/** Splits an article into sentences, keeping their spans in the original text. */
import { everyLanguage } from '../lang/index.ts';

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
}

// A sentence ends at . ! ? ؟ followed by a space, or at a line break. A full stop inside a number
// (3.5) is followed by a digit, so it never ends one; after a year it does ("… in 2018. Then …").
// After a single Latin capital (U.S.) it does not, nor after an abbreviation of a language
// (NameWords.abbreviations: "Sen. Lindsey Graham").
const ABBREVIATIONS = everyLanguage((pack) => pack.names.abbreviations);
const BOUNDARY = new RegExp(`(?<!\\b[A-Z])(?<!\\b(?:${ABBREVIATIONS.join('|')}))[.!?؟]+["»”']?(?=\\s|$)|\\n+`, 'g');

/** The sentences of `text` in order, each trimmed, with its span in `text`; empty ones are dropped. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) sentences.push({ index: sentences.length, start: start + lead, end: start + lead + trimmed.length, text: trimmed });
  };
  for (const match of text.matchAll(BOUNDARY)) {
    const end = match.index + (match[0].startsWith('\n') ? 0 : match[0].length);
    push(end);
    start = match.index + match[0].length;
  }
  push(text.length);
  return sentences;
}
