/**
 * Resolves the date expressions of a sentence against the article's publication date: a weekday is
 * the latest such day on or before it (the next one in future-tense sentences), "يونيو الماضي" the
 * latest June before the publication month, a bare month the latest on or before it.
 */
import type { DatePrecision } from '@entente/ontology';
import { everyLanguage, everyLanguageTable } from '../lang/index.ts';
import { normalizeWord, type Token } from './normalize.ts';

/** An event's date as `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (as `precision` says), or null when unknown. */
export interface ResolvedDate {
  date: string | null;
  precision: DatePrecision;
}

const DAY_MS = 86_400_000;
/** Maps, not plain objects: a word such as "constructor" must not find Object.prototype's members. */
const normalizedKeys = (table: Record<string, number>) => new Map(Object.entries(table).map(([k, v]) => [k.split(' ').map(normalizeWord).join(' '), v]));
const MONTH_KEYS = normalizedKeys(everyLanguageTable((pack) => pack.calendar.months));
const WEEKDAY_KEYS = normalizedKeys(everyLanguageTable((pack) => pack.calendar.weekdays));
const FIRST_OF_TWO_WORD_MONTHS = new Set([...MONTH_KEYS.keys()].filter((k) => k.includes(' ')).map((k) => k.split(' ')[0]!));
const PAST_KEYS = everyLanguage((pack) => pack.calendar.pastWords).map(normalizeWord);
const NEXT_KEYS = everyLanguage((pack) => pack.calendar.nextWords).map(normalizeWord);
const YEAR_WORD_KEYS = new Set(everyLanguage((pack) => pack.calendar.yearWords).map(normalizeWord));

/**
 * The date of the first date expression among a sentence's tokens (a month, a weekday or a year),
 * resolved against the `published` date; without one, the publication date itself. In a `future`
 * (future-tense) sentence, weekdays and bare months resolve forward.
 */
export function resolveDate(tokens: Token[], published: string | null, future: boolean): ResolvedDate {
  const base = published ? new Date(`${published}T00:00:00Z`) : null;
  for (let i = 0; i < tokens.length; i++) {
    const month = monthAt(tokens, i);
    if (month !== undefined) {
      const year = explicitYear(tokens, i);
      if (year) return { date: `${year}-${pad(month)}`, precision: 'month' };
      if (!base) return { date: null, precision: 'unknown' };
      const next = tokens.slice(i + 1, i + 4).some((t) => NEXT_KEYS.includes(t.norm));
      const past = tokens.slice(i + 1, i + 4).some((t) => PAST_KEYS.includes(t.norm));
      let y = base.getUTCFullYear();
      const publishedMonth = base.getUTCMonth() + 1;
      if (next || (future && !past)) {
        if (month <= publishedMonth) y++;
      } else if (past ? month >= publishedMonth : month > publishedMonth) y--;
      return { date: `${y}-${pad(month)}`, precision: 'month' };
    }
    const weekday = lookUp(WEEKDAY_KEYS, tokens[i]!);
    if (weekday !== undefined && base) {
      const offset = (base.getUTCDay() - weekday + 7) % 7;
      const day = future ? new Date(base.getTime() + ((weekday - base.getUTCDay() + 7) % 7 || 7) * DAY_MS) : new Date(base.getTime() - offset * DAY_MS);
      return { date: day.toISOString().slice(0, 10), precision: 'day' };
    }
    if (/^(19|20)\d\d$/.test(tokens[i]!.norm) && (i === 0 || YEAR_WORD_KEYS.has(tokens[i - 1]!.norm))) {
      return { date: tokens[i]!.norm, precision: 'year' };
    }
  }
  return published ? { date: published, precision: 'day' } : { date: null, precision: 'unknown' };
}

/** The month named at token i: two-word names (كانون الثاني) first, then one word. */
function monthAt(tokens: Token[], i: number): number | undefined {
  const next = tokens[i + 1];
  if (next) {
    for (const reading of tokens[i]!.readings) {
      if (!FIRST_OF_TWO_WORD_MONTHS.has(reading.key)) continue;
      const month = MONTH_KEYS.get(`${reading.key} ${next.norm}`);
      if (month !== undefined) return month;
    }
  }
  return lookUp(MONTH_KEYS, tokens[i]!);
}

/** The value of the first reading of a word that the table has. */
function lookUp(table: Map<string, number>, token: Token): number | undefined {
  for (const reading of token.readings) {
    const value = table.get(reading.key);
    if (value !== undefined) return value;
  }
  return undefined;
}

function explicitYear(tokens: Token[], monthIndex: number): string | undefined {
  return tokens
    .slice(monthIndex + 1, monthIndex + 3)
    .map((t) => t.norm)
    .find((n) => /^(19|20)\d\d$/.test(n));
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
