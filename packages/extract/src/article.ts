import type { LanguageCode } from './lang/index.ts';

/** An article as read from disk, before extraction. */
export interface Article {
  /** Stable id: a hash of the text, so the same article read twice is recognised. */
  id: string;
  /** Where it came from: the path, plus `:line` for JSON Lines and split raw files. */
  file: string;
  title: string;
  lang: LanguageCode;
  /** Publication date, `YYYY-MM-DD`, or null when the source gives none. */
  date: string | null;
  source: string | null;
  url: string | null;
  category: string | null;
  text: string;
}

/** A file (or one line of it) that could not be read; reported and skipped, never fatal. */
export interface InputError {
  file: string;
  line?: number;
  message: string;
}
