/**
 * A person named in full is named again by one word of the name: «كيم جونغ أون … وقال كيم»,
 * "Theresa May … May said". Once a person's mention of two or more words has been read, a later
 * word that is the family name of that mention (proclitics allowed: وكيم، لماي) and is in no other
 * mention is that person, unless the word is also a part of another person's name in the article,
 * a month or weekday (ماي is also May in Moroccan dates), or a word that joins names (بن، أبو).
 */
import type { KnownActor } from '../knowledge/gazetteer.ts';
import { FAMILY_NAME_FIRST } from '../knowledge/people.ts';
import { everyLanguage, LANGUAGES, packOfScript } from '../lang/index.ts';
import { originalLength, type Mention } from './mentions.ts';
import { normalizeWord, TokenSet, type Token } from './normalize.ts';

/** Words that may stand capitalised right before a family name: the last words of titles and honorifics, where names have capitals. */
const TITLE_WORDS = new Set(
  LANGUAGES.filter((pack) => pack.names.shape.capitalised)
    .flatMap((pack) => [...Object.keys(pack.names.titles), ...pack.names.honorifics])
    .map((t) => normalizeWord(t.split(/\s+/).at(-1)!)),
);

const NOT_A_NAME = new Set(
  [
    ...everyLanguage((pack) => Object.keys(pack.calendar.months)),
    ...everyLanguage((pack) => Object.keys(pack.calendar.weekdays)),
    ...everyLanguage((pack) => pack.names.links),
    ...everyLanguage((pack) => pack.names.stops),
  ].map(normalizeWord),
);

const CAPITALISED = /^\p{Lu}/u;
const POSSESSIVES = everyLanguage((pack) => (pack.names.shape.possessive ? [pack.names.shape.possessive] : []));
/** Written in a script with capitals (or in none: a number), where a name must be capitalised. */
const inCapitalisedScript = (text: string) => packOfScript(text)?.names.shape.capitalised !== false;

/** A family name is a word of at least three letters. */
const MIN_LETTERS = 3;

function familyNameOf(words: string[], actor: KnownActor | undefined): string | undefined {
  const familyFirst = actor?.offices?.some((office) => FAMILY_NAME_FIRST.has(office.of)) ?? false;
  // "Robert Mueller’s testimony": the family name is written without its possessive.
  let word = familyFirst ? words[0] : words.at(-1);
  for (const possessive of POSSESSIVES) word = word?.replace(possessive, '');
  return word && word.length >= MIN_LETTERS && !NOT_A_NAME.has(word) ? word : undefined;
}

/**
 * The article's mentions with the family-name mentions added, in text order. `leaders` are family
 * names that name a person from the article's first word on (English news writes "Obama said" with
 * no full name before it): see leadersByFamilyName.
 */
export function withShortNames(
  text: string,
  tokens: Token[],
  mentions: Mention[],
  actorOf: (id: string) => KnownActor | undefined,
  leaders: ReadonlyMap<string, string> = new Map(),
): Mention[] {
  // Family name → the person it names from its first full mention on; null once two people share it.
  const owners = new Map<string, { actorId: string; from: number } | null>();
  for (const [family, actorId] of leaders) owners.set(family, { actorId, from: 0 });
  for (const mention of mentions) {
    const actor = actorOf(mention.actorId);
    if (actor?.kind !== 'person' || mention.lastToken - mention.firstToken < 2) continue;
    const words = tokens.slice(mention.firstToken, mention.lastToken).map((t) => t.norm);
    const family = familyNameOf(words, actor);
    if (!family) continue;
    const owner = owners.get(family);
    if (owner === undefined) owners.set(family, { actorId: mention.actorId, from: mention.lastToken });
    // A leader in office keeps the family name ("Kim" is Kim Jong Un beside his aide Kim Chang Son).
    else if (owner && owner.actorId !== mention.actorId && leaders.get(family) !== owner.actorId) owners.set(family, null);
  }
  if (owners.size === 0) return mentions;
  // A word that is part of another person's name (بن سلمان's سلمان is also King Salman) stays unread.
  for (const mention of mentions) {
    if (actorOf(mention.actorId)?.kind !== 'person') continue;
    for (let t = mention.firstToken; t < mention.lastToken; t++) {
      const owner = owners.get(tokens[t]!.norm);
      if (owner && owner.actorId !== mention.actorId && leaders.get(tokens[t]!.norm) !== owner.actorId) owners.set(tokens[t]!.norm, null);
    }
  }
  const taken = new TokenSet(tokens.length);
  for (const mention of mentions) taken.addRange(mention.firstToken, mention.lastToken);
  const added: Mention[] = [];
  for (let t = 0; t < tokens.length; t++) {
    if (taken.has(t)) continue;
    const token = tokens[t]!;
    for (const reading of token.readings) {
      const owner = owners.get(reading.key);
      if (!owner || t < owner.from || reading.inflected) continue;
      // Names are written capitalised where a script has capitals: "may" is a verb, "May" may be the prime minister.
      if (inCapitalisedScript(token.text) && !CAPITALISED.test(token.text)) break;
      // "Michelle Obama", "Obama Asue": a family name inside a longer unknown name is someone else's.
      if (partOfLongerName(text, tokens, t)) break;
      const start = token.start + originalLength(token.text, reading.prefix);
      added.push({
        actorId: owner.actorId,
        text: text.slice(start, token.end),
        start,
        end: token.end,
        resolution: 'alias',
        proclitic: text.slice(token.start, start),
        firstToken: t,
        lastToken: t + 1,
      });
      break;
    }
  }
  return added.length === 0 ? mentions : [...mentions, ...added].sort((a, b) => a.start - b.start);
}

/**
 * Whether an English word is written as part of a longer name: a capitalised word right before it
 * that is neither a title nor a common word, or a capitalised word right after it.
 */
function partOfLongerName(text: string, tokens: Token[], t: number): boolean {
  const joined = (a: Token, b: Token) => /^\s+$/.test(text.slice(a.end, b.start)) || a.end === b.start;
  const capital = (token: Token | undefined) => token !== undefined && CAPITALISED.test(token.text) && inCapitalisedScript(token.text);
  const before = tokens[t - 1];
  const after = tokens[t + 1];
  // The first word of a sentence is capitalised whatever it is ("When Obama met …"): a common word is no given name.
  if (capital(before) && joined(before!, tokens[t]!) && !TITLE_WORDS.has(before!.norm) && !packOfScript(before!.text)?.names.shape.isCommonWord?.(before!.text)) return true;
  return capital(after) && joined(tokens[t]!, after!) && !/^['’]/.test(after!.text);
}
