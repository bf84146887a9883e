/** The small engine that runs the pattern table of lexicon/relations.ts over one sentence. */
import type { EventRelationType, Mode } from '@entente/ontology';
import { LEXICONS, MODE_WORDS, RULES, type RelationRule } from './lexicon/relations.ts';
import type { Mention } from './mentions.ts';
import { readings } from './morphology.ts';
import { normalizeWord, type Token } from './normalize.ts';

type Item = { actor: Mention; token?: undefined } | { token: Token; actor?: undefined };

type Element =
  | { kind: 'slot'; role: 'S' | 'T' }
  | { kind: 'words'; words: Set<string>; name: string }
  | { kind: 'gap'; max: number };

interface CompiledRule extends RelationRule {
  elements: Element[];
  lexicons: string[];
}

export interface RelationMatch {
  type: EventRelationType;
  sources: string[];
  targets: string[];
  mode: Mode;
  future: boolean;
  confidence: number;
}

// Lexicons are written as a reader would spell them (على, الموقعة) and compared as matching keys.
const LEXICON_SETS = new Map(Object.entries(LEXICONS).map(([name, words]) => [name, new Set(words.map(normalizeWord))]));
const MODE_KEYS = {
  negation: new Set(MODE_WORDS.negation.map(normalizeWord)),
  future: new Set(MODE_WORDS.future.map(normalizeWord)),
  report: MODE_WORDS.report.map(normalizeWord),
};
const COORDINATORS = new Set(['و', 'and', '،', ',']);
const GAP = 5;

function compile(rule: RelationRule): CompiledRule {
  const elements: Element[] = rule.pattern.split(/\s+/).map((word): Element => {
    if (word === 'S' || word === 'T') return { kind: 'slot', role: word };
    if (word === '…') return { kind: 'gap', max: GAP };
    if (word.startsWith(':')) {
      const set = LEXICON_SETS.get(word.slice(1));
      if (!set) throw new Error(`rule "${rule.pattern}" names unknown lexicon ${word}`);
      return { kind: 'words', words: set, name: word.slice(1) };
    }
    return { kind: 'words', words: new Set([normalizeWord(word)]), name: word };
  });
  const lexicons = elements.flatMap((e) => (e.kind === 'words' ? [e.name] : []));
  return { ...rule, elements, lexicons };
}

const COMPILED = { ar: RULES.filter((r) => r.lang === 'ar').map(compile), en: RULES.filter((r) => r.lang === 'en').map(compile) };

/** The lexicons a word belongs to, through any of its readings or a future-tense س. */
function wordLexicons(token: Token): { names: Set<string>; future: boolean } {
  const names = new Set<string>();
  let future = false;
  const keys = readings(token.norm).map((r) => r.key);
  keys.push(token.norm);
  for (const key of keys) {
    for (const [name, set] of LEXICON_SETS) {
      if (set.has(key)) names.add(name);
      else if (key.startsWith('س') && set.has(key.slice(1))) {
        names.add(name);
        future = true;
      }
    }
  }
  return { names, future };
}

export function matchRelations(lang: 'ar' | 'en', tokens: Token[], mentions: Mention[]): RelationMatch[] {
  const items: Item[] = [];
  const lexiconsAt: { names: Set<string>; future: boolean }[] = [];
  let m = 0;
  for (let i = 0; i < tokens.length; ) {
    const mention = mentions[m];
    if (mention && mention.firstToken === i) {
      items.push({ actor: mention });
      lexiconsAt.push({ names: new Set(), future: false });
      i = mention.lastToken;
      m++;
    } else {
      items.push({ token: tokens[i]! });
      lexiconsAt.push(wordLexicons(tokens[i]!));
      i++;
    }
  }
  const present = new Set(lexiconsAt.flatMap((l) => [...l.names]));
  const words = new Set(tokens.map((t) => t.norm));
  const results: RelationMatch[] = [];
  for (const rule of COMPILED[lang]) {
    if (!rule.lexicons.every((name) => present.has(name) || LEXICON_SETS.get(name) === undefined)) continue;
    for (let start = 0; start < items.length; start++) {
      const match = matchAt(rule.elements, 0, items, lexiconsAt, start, { S: [], T: [], future: false, first: -1, last: -1 });
      if (!match) continue;
      const sources = [...new Set(match.S)];
      const targets = [...new Set(match.T)];
      const negated = items.slice(Math.max(0, match.first - 2), match.last + 1).some((it) => it.token && MODE_KEYS.negation.has(it.token.norm));
      const future = match.future || items.slice(Math.max(0, match.first - 2), match.last + 1).some((it) => it.token && MODE_KEYS.future.has(it.token.norm));
      const denied = rule.type !== 'DENIES' && present.has('deny');
      const reported = MODE_KEYS.report.some((w) => words.has(w));
      const mode: Mode = negated ? 'negated' : denied ? 'denied' : future ? 'announced' : reported ? 'reported' : 'asserted';
      results.push({ type: rule.type, sources, targets, mode, future, confidence: rule.confidence });
      break;
    }
  }
  return results;
}

interface Bindings {
  S: string[];
  T: string[];
  future: boolean;
  first: number;
  last: number;
}

function matchAt(elements: Element[], e: number, items: Item[], lex: { names: Set<string>; future: boolean }[], i: number, b: Bindings): Bindings | undefined {
  if (e === elements.length) return b;
  const element = elements[e]!;
  if (element.kind === 'gap') {
    for (let skip = 0; skip <= element.max; skip++) {
      if (skip > 0 && (!items[i + skip - 1] || items[i + skip - 1]!.actor)) break;
      const found = matchAt(elements, e + 1, items, lex, i + skip, b);
      if (found) return found;
    }
    return undefined;
  }
  const item = items[i];
  if (!item) return undefined;
  const first = b.first < 0 ? i : b.first;
  if (element.kind === 'slot') {
    if (!item.actor) return undefined;
    const group = [item.actor.actorId];
    let j = i + 1;
    // Coordination: "كوريا الشمالية وروسيا", "China and Russia".
    while (true) {
      const next = items[j];
      if (next?.actor && next.actor.proclitic.startsWith('و')) {
        group.push(next.actor.actorId);
        j++;
        continue;
      }
      if (next?.token && COORDINATORS.has(next.token.norm) && items[j + 1]?.actor) {
        group.push(items[j + 1]!.actor!.actorId);
        j += 2;
        continue;
      }
      break;
    }
    return matchAt(elements, e + 1, items, lex, j, { ...b, [element.role]: [...b[element.role], ...group], first, last: j - 1 });
  }
  if (!item.token || !lex[i]!.names.has(element.name) && !element.words.has(item.token.norm)) return undefined;
  return matchAt(elements, e + 1, items, lex, i + 1, { ...b, future: b.future || lex[i]!.future, first, last: i });
}
