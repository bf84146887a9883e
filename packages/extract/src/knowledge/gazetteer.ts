/**
 * The gazetteer: every actor Entente knows, and a token trie over the matching keys of their names.
 * Country names come from CLDR (Intl.DisplayNames) in both scripts; the rest from the files beside this one.
 */
import type { ActorKind, Resolution } from '@entente/ontology';
import { isCommonEnglishWord } from '../lang/en/compromise.ts';
import { nameKeys, normalizeWord } from '../engine/normalize.ts';
import { everyLanguage } from '../lang/index.ts';
import { nameSkeleton, nearFamilyName, sameGivenName } from '../engine/skeleton.ts';
import { ARMED_FORCES_NOUNS, NAMED_ARMIES, armyId } from './forces.ts';
import { BLOCS, STATES, type StateEntry } from './states.ts';
import { JOINED, MEMBERSHIPS, ORGANIZATIONS } from './organizations.ts';
import { FAMILY_NAME_FIRST, PEOPLE, type Office } from './people.ts';
import { WIKIDATA_PEOPLE } from './people.wikidata.ts';

/** An actor of the knowledge base: names in both scripts, kind, offices with their terms. */
export interface KnownActor {
  id: string;
  kind: ActorKind;
  name_en: string;
  name_ar: string;
  iso2?: string;
  partOf?: string;
  /** States whose government the body fights for (organizations.ts). */
  fightsFor?: string[];
  /** A non-state armed group (organizations.ts). */
  armed?: boolean;
  memberOf?: { body: string; since?: string }[];
  offices?: Office[];
}

/**
 * How a name in the trie relates to its actor; `adjective` names match inflected forms too. A `place`
 * (a city or region) stands for its state's territory: reported as metonymy, never a subject.
 */
export type NameRole = Extract<Resolution, 'exact' | 'alias' | 'adjective' | 'metonymy'> | 'place';

/** The actor a name of the trie names, and how the name relates to it. */
export interface TrieEntry {
  actorId: string;
  role: NameRole;
}

/** A node of the name trie: children by the matching key of the next word, and an `entry` where the words so far spell a name. */
export interface TrieNode {
  children: Map<string, TrieNode>;
  entry?: TrieEntry;
}

/** The knowledge base as the extractor reads it: actors by id, a trie of their names, office holders by office. */
export interface Gazetteer {
  actors: Map<string, KnownActor>;
  trie: TrieNode;
  /** Who held an office: key `${of}|${title}`. */
  officeHolders: Map<string, { person: string; from?: string; to?: string }[]>;
  /** Persons by the skeleton of their family name (skeleton.ts), with the skeleton of their given names. */
  personSkeletons: Map<string, { person: string; given: string }[]>;
}

/**
 * Offices whose holders the news names by family name alone, in any article of their term ("Obama
 * said"), highest first: when two holders share a family name, the higher office keeps it (Kim is Kim
 * Jong Un, the leader, not Kim Yong Nam, the nominal head of state).
 */
const NAMED_BY_FAMILY_NAME = ['supreme leader', 'leader', 'king', 'queen', 'emir', 'sultan', 'president', 'chancellor', 'prime minister', 'crown prince'];
/** A family name shorter than this is too often something else (Xi is also an 'xi' in a list). */
const MIN_FAMILY_LETTERS = 3;
const leaderCandidates = new WeakMap<Gazetteer, { person: string; family: string }[]>();
const leadersCache = new WeakMap<Gazetteer, Map<string, Map<string, string>>>();

/** Persons who ever held such an office, with the key of a family name fit to name them alone; found once per gazetteer. */
const ROMAN_NUMERAL = /^[IVX]+$/;

function candidatesOf(gazetteer: Gazetteer): { person: string; family: string }[] {
  let found = leaderCandidates.get(gazetteer);
  if (found) return found;
  found = [];
  for (const actor of gazetteer.actors.values()) {
    if (actor.kind !== 'person' || !actor.offices?.some((o) => NAMED_BY_FAMILY_NAME.includes(o.title))) continue;
    const words = actor.name_en.split(/\s+/);
    // "Abdullah of Saudi Arabia", "Elizabeth II": a monarch is named by a given name, not by "Arabia".
    if (words.includes('of') || ROMAN_NUMERAL.test(words.at(-1)!)) continue;
    const family = actor.offices.some((o) => FAMILY_NAME_FIRST.has(o.of)) ? words[0]! : words.at(-1)!;
    if (family.length < MIN_FAMILY_LETTERS || !/^\p{Lu}/u.test(family) || isCommonEnglishWord(family)) continue;
    found.push({ person: actor.id, family: normalizeWord(family) });
  }
  leaderCandidates.set(gazetteer, found);
  return found;
}

/**
 * English family names of the heads of state and government in office on a date, each naming its
 * holder from an article's first word on: those two leaders share, and those that are common words
 * ("May", "Brown"), are left out.
 */
export function leadersByFamilyName(gazetteer: Gazetteer, date: string | null): ReadonlyMap<string, string> {
  if (!date) return new Map();
  let byDate = leadersCache.get(gazetteer);
  if (!byDate) leadersCache.set(gazetteer, (byDate = new Map()));
  const cached = byDate.get(date);
  if (cached) return cached;
  // Family name → the holder of the highest office, or null when two hold offices as high.
  const owners = new Map<string, { person: string | null; rank: number }>();
  for (const { person, family } of candidatesOf(gazetteer)) {
    const ranks = officesOn(gazetteer, person, date)
      .map((o) => NAMED_BY_FAMILY_NAME.indexOf(o.title))
      .filter((r) => r >= 0);
    if (ranks.length === 0) continue;
    const rank = Math.min(...ranks);
    const owner = owners.get(family);
    if (!owner || rank < owner.rank) owners.set(family, { person, rank });
    else if (rank === owner.rank && owner.person !== person) owner.person = null;
  }
  const leaders = new Map([...owners].flatMap(([family, owner]) => (owner.person ? [[family, owner.person] as [string, string]] : [])));
  byDate.set(date, leaders);
  return leaders;
}

/**
 * The known person a name written in Arabic is, by skeleton («رودريغو دوتيرتي» is Rodrigo
 * Duterte): the family name alike and the given names at most a letter apart. When several match,
 * the one who held an office of `state` (or, without one, any office) on the date; none when that
 * leaves more than one.
 */
export function personBySkeleton(gazetteer: Gazetteer, name: string, state: string | null, date: string | null): string | undefined {
  // Within one script the names themselves are compared, by the trie: a skeleton would make William Barr Adama Barrow.
  if (!/[\u0600-\u06ff]/.test(name)) return undefined;
  const words = nameSkeleton(name);
  if (words.length < 2) return undefined;
  const given = words.slice(0, -1).join('');
  const family = words.at(-1)!;
  const exact = (gazetteer.personSkeletons.get(family) ?? []).filter((c) => sameGivenName(c.given, given));
  // «خالد بن سلطان» is not «خالد بن سلمان»: after a word of descent (بن) the last name is a father's, and one letter is another father.
  const patronymic = words.length > 2 && PATRONYMIC_KEYS.has(words.at(-2)!);
  const near = exact.length > 0 || patronymic ? [] : nearFamilies(gazetteer, family);
  const candidates = exact.length > 0 ? exact : near.flatMap((known) => gazetteer.personSkeletons.get(known)!.filter((c) => c.given === given));
  const found = [...new Set(candidates.map((c) => c.person))];
  const serving = found.length <= 1 ? found : found.filter((id) => officesOn(gazetteer, id, date).some((o) => !state || o.of === state));
  if (serving.length !== 1) return undefined;
  // A family name of two letters tells little: the given names must not differ in their first letter too
  // (Bruno Roger, brn rg, is not Mariano Rajoy, mrn rg); one may have a letter more before it (تشونغ tšng, Chung šng).
  const alike = (known: string) => family.length >= 3 || known[0] === given[0] || known.endsWith(given) || given.endsWith(known);
  return candidates.some((c) => c.person === serving[0] && alike(c.given)) ? serving[0] : undefined;
}

/** The skeletons of the words of descent that join names (بن، ابن، bin: NameShape links). */
const PATRONYMIC_KEYS = new Set(everyLanguage((pack) => pack.names.links).flatMap((link) => nameSkeleton(link)));
const familyVariants = new WeakMap<Gazetteer, Map<string, string[]>>();

/** Family skeletons a letter apart from `family` (nearFamilyName), found through the skeletons with one letter left out. */
function nearFamilies(gazetteer: Gazetteer, family: string): string[] {
  let variants = familyVariants.get(gazetteer);
  if (!variants) {
    variants = new Map();
    for (const known of gazetteer.personSkeletons.keys()) {
      for (const variant of withOneLetterLess(known)) variants.set(variant, [...(variants.get(variant) ?? []), known]);
    }
    familyVariants.set(gazetteer, variants);
  }
  const near = new Set(withOneLetterLess(family).flatMap((variant) => variants.get(variant) ?? []));
  return [...near].filter((known) => known !== family && nearFamilyName(known, family));
}

/** The word itself and every spelling of it with one letter left out. */
function withOneLetterLess(word: string): string[] {
  return [word, ...[...word].map((_, i) => word.slice(0, i) + word.slice(i + 1))];
}

function heldOn(office: { from?: string; to?: string }, date: string | null): boolean {
  return !date || ((!office.from || office.from <= date) && (!office.to || date <= office.to));
}

/** The offices a known person held on a date (all of them when the date is unknown). */
export function officesOn(gazetteer: Gazetteer, personId: string, date: string | null): Office[] {
  return (gazetteer.actors.get(personId)?.offices ?? []).filter((o) => heldOn(o, date));
}

/** Who held `title` in `of` on a date: "نظيره الفرنسي" is the French holder of the speaker's office. */
export function officeHolder(gazetteer: Gazetteer, of: string, title: string, date: string | null): string | undefined {
  const holders = (gazetteer.officeHolders.get(`${of}|${title}`) ?? []).filter((h) => heldOn(h, date));
  return holders.length === 1 ? holders[0]!.person : undefined;
}

// Codes CLDR names that are not states today: territories without a government of their own, groupings
// (EU and UN are ours as organisations), and states that no longer exist (East Germany, South Yemen…),
// whose names would otherwise capture اليمن or ألمانيا الغربية.
const NOT_STATES = new Set([
  'AC',
  'CP',
  'CQ',
  'DG',
  'EA',
  'EU',
  'EZ',
  'IC',
  'QO',
  'TA',
  'UN',
  'XA',
  'XB',
  'ZZ',
  'AQ',
  'AN',
  'BU',
  'CS',
  'DD',
  'DY',
  'FX',
  'HV',
  'NH',
  'NT',
  'QU',
  'RH',
  'SU',
  'TP',
  'UK',
  'VD',
  'YD',
  'YU',
  'ZR',
]);
/** Country names that are also everyday words (مالي "financial"), matched only through other names. */
const AMBIGUOUS_NAMES = new Set(['مالي', 'بنين', 'تشاد']);

/** Builds the gazetteer from the lexicon files (states, organisations, people, titles). */
export function buildGazetteer(): Gazetteer {
  const actors = new Map<string, KnownActor>();
  const trie: TrieNode = { children: new Map() };
  const officeHolders = new Map<string, { person: string; from?: string; to?: string }[]>();
  const add = (name: string, actorId: string, role: NameRole) => {
    for (const variant of spellingVariants(name)) addOne(variant, actorId, role);
  };
  const addOne = (name: string, actorId: string, role: NameRole) => {
    const keys = nameKeys(name);
    if (keys.length === 0 || (keys.length === 1 && AMBIGUOUS_NAMES.has(keys[0]!))) return;
    let node = trie;
    for (const key of keys) {
      let child = node.children.get(key);
      if (!child) node.children.set(key, (child = { children: new Map() }));
      node = child;
    }
    // The first name given for a key wins: canonical names are added before aliases.
    node.entry ??= { actorId, role };
  };

  const arabic = new Intl.DisplayNames(['ar'], { type: 'region', fallback: 'none' });
  const english = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const englishShort = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none', style: 'short' });
  for (const code of allRegionCodes()) {
    if (NOT_STATES.has(code)) continue;
    const name_en = english.of(code);
    const name_ar = arabic.of(code);
    if (!name_en || !name_ar || name_en === code) continue;
    actors.set(code, { id: code, kind: 'country', name_en: stripQualifier(name_en), name_ar: stripQualifier(name_ar), iso2: code });
    for (const name of [name_en, name_ar]) {
      add(stripQualifier(name), code, 'exact');
      for (const part of qualifierParts(name)) add(part, code, 'alias');
    }
    const short = englishShort.of(code);
    if (short) add(short, code, 'alias');
  }
  for (const [code, entry] of Object.entries(STATES)) {
    for (const alias of entry.aliases ?? []) add(alias, code, 'alias');
    for (const capital of entry.capitals ?? []) add(capital, code, 'metonymy');
    for (const place of entry.places ?? []) add(place, code, 'place');
    for (const demonym of entry.demonyms ?? []) add(demonym, code, 'adjective');
    const army = armedForces(code, entry, actors.get(code)?.name_en ?? code);
    if (army) {
      actors.set(army.actor.id, army.actor);
      for (const name of army.names) add(name, army.actor.id, 'alias');
    }
  }
  for (const org of ORGANIZATIONS) {
    actors.set(org.id, { id: org.id, kind: 'organization', name_en: org.name_en, name_ar: org.name_ar, partOf: org.partOf, fightsFor: org.fightsFor, armed: org.armed });
    add(org.name_ar, org.id, 'exact');
    add(org.name_en, org.id, 'exact');
    for (const name of org.names) add(name, org.id, 'alias');
    for (const adjective of org.adjectives ?? []) add(adjective, org.id, 'adjective');
  }
  for (const [orgId, members] of Object.entries(MEMBERSHIPS)) {
    for (const member of members) {
      const actor = actors.get(member);
      if (actor) actor.memberOf = [...(actor.memberOf ?? []), { body: orgId, since: JOINED[orgId]?.[member] }];
    }
  }
  for (const bloc of BLOCS) {
    actors.set(bloc.id, { id: bloc.id, kind: 'bloc', name_en: bloc.name_en, name_ar: bloc.name_ar });
    for (const name of bloc.names) add(name, bloc.id, name === bloc.name_ar || name === bloc.name_en ? 'exact' : 'alias');
    for (const demonym of bloc.demonyms ?? []) add(demonym, bloc.id, 'adjective');
  }
  for (const person of PEOPLE) {
    actors.set(person.id, { id: person.id, kind: 'person', name_en: person.name_en, name_ar: person.name_ar, offices: person.offices });
    add(person.name_ar, person.id, 'exact');
    add(person.name_en, person.id, 'exact');
    for (const name of person.names) add(name, person.id, 'alias');
    for (const office of person.offices) {
      const key = `${office.of}|${office.title}`;
      officeHolders.set(key, [...(officeHolders.get(key) ?? []), { person: person.id, from: office.from, to: office.to }]);
    }
  }
  // Leaders rebuilt from Wikidata are recognised by name and keep their offices (a leader signs for
  // the state), but an office named without a name («الرئيس الأمريكي») is resolved from the hand file only.
  for (const person of WIKIDATA_PEOPLE) {
    actors.set(person.id, { id: person.id, kind: 'person', name_en: person.name_en, name_ar: person.name_ar || person.name_en, offices: person.offices });
    add(person.name_en, person.id, 'exact');
    if (person.name_ar) add(person.name_ar, person.id, 'exact');
    for (const name of person.names) add(name, person.id, 'alias');
  }
  const personSkeletons = new Map<string, { person: string; given: string }[]>();
  for (const person of [...PEOPLE, ...WIKIDATA_PEOPLE]) {
    for (const name of [person.name_en, person.name_ar, ...person.names]) {
      const words = nameSkeleton(name);
      if (words.length < 2) continue;
      const family = words.at(-1)!;
      personSkeletons.set(family, [...(personSkeletons.get(family) ?? []), { person: person.id, given: words.slice(0, -1).join('') }]);
    }
  }
  return { actors, trie, officeHolders, personSkeletons };
}

const ARABIC_SCRIPT = /[\u0600-\u06ff]/;

/**
 * A state's armed forces, named by each armed-forces noun with each of its demonyms in agreement
 * (الجيش + يمني → «الجيش اليمني»; القوات المسلحة + يمني → «القوات المسلحة اليمنية»). Broken plurals
 * (أتراك) and English plurals (Turks) qualify no noun and are left out.
 */
function armedForces(code: string, entry: StateEntry, stateName: string): { actor: KnownActor; names: string[] } | undefined {
  const arabic = (entry.demonyms ?? []).filter((d) => ARABIC_SCRIPT.test(d) && d.split(' ').every((word) => word.endsWith('ي')));
  const english = (entry.demonyms ?? []).filter((d) => !ARABIC_SCRIPT.test(d) && !d.endsWith('s'));
  if (arabic.length === 0) return undefined;
  const defined = (demonym: string, feminine: boolean) =>
    demonym
      .split(' ')
      .map((word) => `ال${word}${feminine ? 'ة' : ''}`)
      .join(' ');
  const names = [
    ...ARMED_FORCES_NOUNS.ar.flatMap(({ noun, feminine }) => arabic.map((d) => `${noun} ${defined(d, feminine)}`)),
    ...ARMED_FORCES_NOUNS.en.flatMap((noun) => english.map((d) => `${d} ${noun}`)),
    ...(NAMED_ARMIES[code] ?? []),
  ];
  const name_en = english[0] ? `${english[0]} armed forces` : `Armed forces of ${stateName}`;
  return { actor: { id: armyId(code), kind: 'organization', name_en, name_ar: names[0]!, partOf: code }, names };
}

/**
 * Compound names are written joined or apart (عبد الفتاح / عبدالفتاح، نصر الله / نصرالله، أبو ظبي / أبوظبي):
 * both spellings of each such pair.
 */
function spellingVariants(name: string): string[] {
  const joined = name.replace(/(^|\s)(عبد|أبو|ابو) (?=\S)/g, '$1$2').replace(/ (الله|الدين)(?=\s|$)/g, '$1');
  const apart = name.replace(/(^|\s)(عبد|أبو)(?=ال)/g, '$1$2 ').replace(/(\S)(الله|الدين)(?=\s|$)/g, '$1 $2');
  return [...new Set([name, joined, apart])];
}

function* allRegionCodes(): Generator<string> {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (const a of letters) for (const b of letters) yield a + b;
}

/** "Myanmar (Burma)" → "Myanmar"; "Congo - Kinshasa" → "Congo - Kinshasa" stays, its parts are aliases. */
function stripQualifier(name: string): string {
  return name.replace(/\s*\(.*\)\s*$/, '').trim();
}

function qualifierParts(name: string): string[] {
  const inner = /\((.*)\)/.exec(name)?.[1];
  return inner ? [inner] : [];
}

let shared: Gazetteer | undefined;
/** Built once per process: the gazetteer is immutable and takes a few milliseconds to build. */
export function defaultGazetteer(): Gazetteer {
  return (shared ??= buildGazetteer());
}
