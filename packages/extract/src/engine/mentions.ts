/** Finds actor mentions: one left-to-right pass over the tokens, walking the gazetteer trie. */
import type { Resolution } from '@entente/ontology';
import { everyLanguageTest, packOfScript } from '../lang/index.ts';
import type { Gazetteer, TrieNode } from '../knowledge/gazetteer.ts';
import type { WordReading } from './language.ts';
import type { Token } from './normalize.ts';
import { BLOCS, PLACE_PARTS } from '../knowledge/states.ts';

/** An actor named in the text: the name's span in the original text (a proclitic before it left out) and how it was resolved. */
export interface Mention {
  actorId: string;
  text: string;
  start: number;
  end: number;
  resolution: Resolution;
  /** The proclitic written before the name (وروسيا → و), which coordination reads. */
  proclitic: string;
  /** A city or region standing for its state's territory. */
  place?: boolean;
  /** Token range [first, last) in the article's token list. */
  firstToken: number;
  lastToken: number;
}

interface Candidate {
  place: boolean;
  length: number;
  /** Letters of proclitic before the name proper, left out of the mention's span. */
  prefix: number;
  cost: number;
  actorId: string;
  resolution: Resolution;
}

// Written as matching keys already; normalize.ts imports this module, so its normalizer is not ready here.
const PLACE_PART_KEYS = new Set(PLACE_PARTS);
const DIRECTIONAL = new Set(BLOCS.filter((bloc) => bloc.directional).map((bloc) => bloc.id));

/** Whether the word before `i` is a point of the compass or a part of a place, with or without a proclitic (وشمال). */
function afterPlacePart(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  return before !== undefined && before.readings.some((r) => PLACE_PART_KEYS.has(r.key));
}

const CAPITAL = /\p{Lu}/u;
/** Written in a script whose names are capitalised (English, not Arabic). */
const inCapitalisedScript = (word: string) => packOfScript(word)?.names.shape.capitalised === true;

/** Whether the word at `i` is capitalised, a proper noun: after a point of the compass ("western Iraq") it names the place. */
function beforeProperNoun(tokens: Token[], i: number): boolean {
  const next = tokens[i];
  return next !== undefined && CAPITAL.test(next.text[0] ?? '') && inCapitalisedScript(next.text);
}

/** Ends as an adjective of relation does (a nisba). */
const isAdjectiveShaped = everyLanguageTest((pack) => pack.grammar.adjectiveEnding);

/** Longest match wins; among equally long ones, the reading that changed the words least. */
export function findMentions(text: string, tokens: Token[], gazetteer: Gazetteer): Mention[] {
  const mentions: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const best = nameStarts(tokens[i]!, gazetteer.trie).length > 0 ? longestMatch(tokens, i, gazetteer.trie) : undefined;
    // «شمال غربي اليمن», «الجهة الغربية», "western Iraq": a direction.
    if (!best || (best.resolution === 'adjective' && DIRECTIONAL.has(best.actorId) && (afterPlacePart(tokens, i) || beforeProperNoun(tokens, i + best.length)))) {
      i++;
      continue;
    }
    const first = tokens[i]!;
    const last = tokens[i + best.length - 1]!;
    const start = first.start + originalLength(first.text, best.prefix);
    // "ripped us off", "a turkey": where names are capitalised, a state's one-word name written without a
    // capital is a word (an adjective is not: "western governments"; nor a body's alias: "the intelligence community").
    if (
      best.resolution !== 'adjective' &&
      best.length === 1 &&
      gazetteer.actors.get(best.actorId)?.kind === 'country' &&
      inCapitalisedScript(first.text) &&
      !CAPITAL.test(text.slice(start, last.end))
    ) {
      i += best.length;
      continue;
    }
    mentions.push({
      actorId: best.actorId,
      text: text.slice(start, last.end),
      start,
      end: last.end,
      resolution: best.resolution,
      proclitic: text.slice(first.start, start),
      ...(best.place ? { place: true } : {}),
      firstToken: i,
      lastToken: i + best.length,
    });
    i += best.length;
  }
  return mentions;
}

function longestMatch(tokens: Token[], start: number, root: TrieNode): Candidate | undefined {
  const search: Search = { tokens, start, best: undefined };
  const token = tokens[start]!;
  for (const { reading, node } of nameStarts(token, root)) step(search, token, reading, node, start, 0, 0, false);
  return search.best;
}

/** What most words start: no name. Shared, since a corpus has hundreds of thousands of them. */
export const NO_NAME_STARTS: NameStart[] = [];

/** A reading of a name's first word, and the trie node it leads to. */
export interface NameStart {
  reading: WordReading;
  node: TrieNode;
}

/**
 * The readings by which a word starts names of the trie, with their nodes. Most words start none:
 * the trie is asked once per distinct word, kept on its facts with the trie it was asked of (there
 * is one in use, but tests build their own), rather than at every occurrence of the word.
 */
function nameStarts(token: Token, root: TrieNode): NameStart[] {
  const facts = token.facts;
  if (facts.nameTrie !== root) {
    const starts: NameStart[] = [];
    for (const reading of facts.readings) {
      const node = root.children.get(reading.key);
      if (node) starts.push({ reading, node });
    }
    facts.nameStarts = starts.length > 0 ? starts : NO_NAME_STARTS;
    facts.nameTrie = root;
  }
  return facts.nameStarts;
}

interface Search {
  tokens: Token[];
  start: number;
  best: Candidate | undefined;
}

/** Tries the words from token `index` on, the name so far having reached `node`. */
function walk(search: Search, node: TrieNode, index: number, cost: number, prefix: number, inflected: boolean): void {
  const token = search.tokens[index];
  if (!token) return;
  for (const reading of token.readings) {
    // Only the first word of a name carries proclitics.
    if (reading.clitic) continue;
    const child = node.children.get(reading.key);
    if (child) step(search, token, reading, child, index, cost, prefix, inflected);
  }
}

/** The name read as far as token `index` by `reading` has reached `child`: keeps it if it names an actor, and reads on. */
function step(search: Search, token: Token, reading: WordReading, child: TrieNode, index: number, cost: number, prefix: number, inflected: boolean): void {
  const { start } = search;
  const usedPrefix = index === start ? reading.prefix : prefix;
  const usedClitic = usedPrefix > 0;
  // Any word of an adjective may be inflected.
  const usedInflection = inflected || reading.inflected;
  const stepCost = cost + (reading.key === token.norm ? 0 : 1);
  // A name ending like an adjective, written with the article it does not take, is the adjective:
  // «السورية» (Syrian) is not «سورية» (Syria). (Others take it at will: «البيرو».)
  const articleAdded = index === start && reading.definite && child.entry?.role !== 'adjective' && isAdjectiveShaped(reading.key);
  const entry = articleAdded ? undefined : child.entry;
  if (entry && (!usedInflection || entry.role === 'adjective')) {
    const length = index - start + 1;
    const best = search.best;
    if (!best || length > best.length || (length === best.length && stepCost < best.cost)) {
      const resolution: Resolution = usedClitic && (entry.role === 'exact' || entry.role === 'alias') ? 'clitic' : entry.role === 'place' ? 'metonymy' : entry.role;
      search.best = { length, prefix: usedPrefix, cost: stepCost, actorId: entry.actorId, resolution, place: entry.role === 'place' };
    }
  }
  if (child.children.size > 0) walk(search, child, index + 1, stepCost, usedPrefix, usedInflection);
}

/** Length in the original text of the first `letters` letters, counting the marks that follow them. */
export function originalLength(word: string, letters: number): number {
  let seen = 0;
  let i = 0;
  while (i < word.length && seen < letters) {
    i++;
    seen++;
    while (i < word.length && /[\u064b-\u0652\u0670\u0640]/.test(word[i]!)) i++;
  }
  return i;
}
