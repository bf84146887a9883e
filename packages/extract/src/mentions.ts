/** Finds actor mentions: one left-to-right pass over the tokens, walking the gazetteer trie. */
import type { Resolution } from '@entente/ontology';
import type { Gazetteer, TrieNode } from './gazetteer.ts';
import type { Token } from './normalize.ts';

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

/** Longest match wins; among equally long ones, the reading that changed the words least. */
export function findMentions(text: string, tokens: Token[], gazetteer: Gazetteer): Mention[] {
  const mentions: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const best = startsAName(tokens[i]!, gazetteer.trie) ? longestMatch(tokens, i, gazetteer.trie) : undefined;
    if (!best) {
      i++;
      continue;
    }
    const first = tokens[i]!;
    const last = tokens[i + best.length - 1]!;
    const start = first.start + originalLength(first.text, best.prefix);
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
  walk(search, root, start, 0, 0, false);
  return search.best;
}

/**
 * Whether a word starts a name of the trie. Most words start none: the trie is asked once per
 * distinct word, kept on its facts with the trie it was asked of (there is one in use, but tests
 * build their own).
 */
function startsAName(token: Token, root: TrieNode): boolean {
  const facts = token.facts;
  if (facts.nameTrie !== root) {
    facts.startsName = facts.readings.some((r) => root.children.has(r.key));
    facts.nameTrie = root;
  }
  return facts.startsName;
}

interface Search {
  tokens: Token[];
  start: number;
  best: Candidate | undefined;
}

function walk(search: Search, node: TrieNode, index: number, cost: number, prefix: number, inflected: boolean): void {
  const token = search.tokens[index];
  if (!token) return;
  const { start } = search;
  // Only the first word of a name carries proclitics; any word of an adjective may be inflected.
  for (const reading of token.readings) {
    if (reading.clitic && index !== start) continue;
    const child = node.children.get(reading.key);
    if (!child) continue;
    const usedPrefix = index === start ? reading.prefix : prefix;
    const usedClitic = usedPrefix > 0;
    const usedInflection = inflected || reading.inflected;
    const stepCost = cost + (reading.key === token.norm ? 0 : 1);
    const entry = child.entry;
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
}

/** Length in the original text of the first `letters` letters, counting the marks that follow them. */
function originalLength(word: string, letters: number): number {
  let seen = 0;
  let i = 0;
  while (i < word.length && seen < letters) {
    i++;
    seen++;
    while (i < word.length && /[\u064b-\u0652\u0670\u0640]/.test(word[i]!)) i++;
  }
  return i;
}
