/** Arabic: Modern Standard Arabic as the press writes it, in every regional calendar. */
import type { LanguagePack } from '../../engine/language.ts';
import { CALENDAR } from './calendar.ts';
import { LEXICONS } from './lexicons.ts';
import { readings } from './morphology.ts';
import { REFERENCES } from './references.ts';
import { RULE_EXAMPLES } from './rule-examples.ts';
import { RULES } from './rules.ts';
import { NAMES } from './titles.ts';
import { GRAMMAR, MODE_WORDS, WORDS } from './words.ts';

export const arabic = {
  code: 'ar',
  script: /[\u0600-\u06ff]/,
  readings,
  lexicons: LEXICONS,
  rules: RULES,
  examples: RULE_EXAMPLES,
  denialLexicons: ['deny', 'calledFalse'],
  offTopicLexicons: ['sport'],
  words: WORDS,
  modes: MODE_WORDS,
  grammar: GRAMMAR,
  calendar: CALENDAR,
  names: NAMES,
  references: REFERENCES,
} as const satisfies LanguagePack;
