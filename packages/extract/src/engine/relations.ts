/** The small engine that runs every language's relation rules (lang/<code>/rules.ts) over one sentence. */
import type { EventRelationType, Mode } from '@entente/ontology';
import { everyLanguage, LANGUAGES, languagePack, packOfScript, type LanguageCode } from '../lang/index.ts';
import { PLACE_PARTS } from '../knowledge/states.ts';
import type { FunctionWords, LanguagePack, ModeWordKind, RelationRule, WordReading } from './language.ts';
import { normalizeWord, type Token } from './normalize.ts';

/** One actor slot filler: a mention, a title + adjective + person phrase, or a reference word. */
export interface ActorItem {
  actors: string[];
  firstToken: number;
  lastToken: number;
  /** Written with a preposition (للصين، بموسكو): an oblique, never the subject. */
  prepositional: boolean;
  /** Written with the conjunction و: joins a coordination. */
  conjoined: boolean;
  /** A comma stands right before it: in a list, if one ends with a conjunction ("X, Y and Z"). */
  listed?: boolean;
  /** A nationality adjective (فلسطينيين، قاربا فرنسيا): the people or things of a state. */
  nationals: boolean;
  /** A place inside a state (منبج، قطاع غزة): a target of deployments and strikes, never a subject. */
  place: boolean;
  /** People of a state written as a plural or dual noun (بريطانيان، فلسطينيين): never the state acting. */
  people?: boolean;
  /** An office named without its holder ("الرئيس الفرنسي"), read as whoever held it on the article's date. */
  office?: boolean;
  /** A word standing for an actor the article may not name itself («الجيش الوطني» for Yemen's army). */
  reference?: boolean;
  /** A name qualifying the noun after it ("the Iran deal", "Syria policy"): the thing, not the actor. */
  qualifier?: boolean;
  /** Written with a possessive ending ("Trump's"): the owner, and agent, of the noun after it. */
  possessive?: boolean;
  /** The medium something was said in («في مقابلة مع "BBC"»): never a source or a target. */
  medium?: boolean;
}

type Item = { actor: ActorItem; token?: undefined } | { token: Token; actor?: undefined };

type Element =
  /** `antecedent`: the pattern spells a relative pronoun next («S التي تدعم T»), whose clause the slot's actor heads. */
  | { kind: 'slot'; role: 'S' | 'T'; nationals: boolean; antecedent: boolean }
  | { kind: 'antecedent' }
  /** A nationality adjective the phrase passes through, bound to no role. */
  | { kind: 'adjective' }
  | { kind: 'topic' }
  /** A word of a lexicon (`lexicon`: its name), or a word the pattern spells out. */
  | { kind: 'words'; words: Set<string>; name: string; lexicon: boolean }
  | { kind: 'gap'; max: number; overActors: boolean }
  /** Any word with this ending ("-ing": a gerund, "denied working with"), when morphology says more than a list could. */
  | { kind: 'ending'; ending: string };

interface CompiledRule extends RelationRule {
  elements: Element[];
  /** The numbers of its trigger lexicons: the rule runs only in a sentence that has them all. */
  lexicons: number[];
}

/** A rule's match in one sentence: the relation, its sources and targets, and how it is stated. */
export interface RelationMatch {
  type: EventRelationType;
  /** The id of the rule that matched. */
  rule: string;
  /** Who the sentence says said it, when that is not the source itself. */
  attribution?: string;
  /** Kinds of actor the rule allows as source (the caller checks them); any when absent. */
  sourceKinds?: readonly string[];
  /** Kinds of actor the rule allows as target; when given, a target is required. */
  targetKinds?: readonly string[];
  /** The target is the source's counterpart in the state matched (نظيره الفرنسي), not the state. */
  counterpart?: boolean;
  sources: string[];
  targets: string[];
  /** Targets named by a place in a state or after a preposition of place («على إدلب», «في أفغانستان»): where it happened. */
  placeTargets: string[];
  mode: Mode;
  /** The match is in the future tense: its date resolves forward. */
  future: boolean;
  /** The rule's confidence, 0..1. */
  confidence: number;
  /** The first and last of the sentence's words and actors the match covers. */
  span: [first: number, last: number];
  /** Where the match read its words and actors, for showing them in the evidence. */
  marks: MatchMarks;
}

/** A character span in the article's text: [start, end). */
export type TextSpan = [start: number, end: number];

/**
 * The written words a match read: those its pattern spells out or draws from a lexicon (the trigger),
 * and, for each actor bound to a slot, the words of the item that named it. Whole written words,
 * proclitics included («وفرضت»): a joined Arabic word is one unit to the reader.
 */
export interface MatchMarks {
  trigger: TextSpan[];
  sources: Map<string, TextSpan>;
  targets: Map<string, TextSpan>;
}

const keysOf = (words: Iterable<string>) => new Set([...words].map(normalizeWord));
const wordKeys = (field: keyof FunctionWords) => keysOf(everyLanguage((pack) => pack.words[field]));
/** A lexicon's name across languages: each pack names its own («impose» in Arabic and in English). */
const lexiconName = (pack: LanguagePack, name: string) => `${pack.code}:${name}`;

// Lexicons are written as a reader would spell them (على, الموقعة) and compared as matching keys.
const LEXICON_SETS = new Map(LANGUAGES.flatMap((pack) => Object.entries(pack.lexicons).map(([name, words]) => [lexiconName(pack, name), keysOf(words)] as const)));
/** Lexicons by number: a sentence's lexicons are then a row of bits (LexiconFlags), and a rule's test a few reads of it. */
const LEXICON_NUMBERS = new Map([...LEXICON_SETS.keys()].map((name, n) => [name, n]));
/** Which lexicons each matching key belongs to: one lookup per word instead of one per lexicon. */
const LEXICONS_OF_KEY = new Map<string, string[]>();
for (const [name, set] of LEXICON_SETS) for (const key of set) LEXICONS_OF_KEY.set(key, [...(LEXICONS_OF_KEY.get(key) ?? []), name]);
const lexiconNumbers = (pick: (pack: LanguagePack) => readonly string[]) => LANGUAGES.flatMap((pack) => pick(pack).map((name) => LEXICON_NUMBERS.get(lexiconName(pack, name))!));
const MODE_KINDS = Object.keys(LANGUAGES[0].modes) as ModeWordKind[];
const MODE_KEYS = Object.fromEntries(MODE_KINDS.map((kind) => [kind, keysOf(everyLanguage((pack) => pack.modes[kind]))])) as Record<ModeWordKind, Set<string>>;
const OFF_TOPIC = lexiconNumbers((pack) => pack.offTopicLexicons);
const DENIALS = lexiconNumbers((pack) => pack.denialLexicons);
const RELATIVE_PRONOUN_KEYS = wordKeys('relativePronouns');
const RELATIVE_KEYS = new Set([...RELATIVE_PRONOUN_KEYS, ...wordKeys('clauseOpeners')]);
const COMPLEMENTIZER_KEYS = wordKeys('complementizers');
const PURPOSE_KEYS = wordKeys('purposeNouns');
const CAPITALISED = /^\p{Lu}/u;
const VERBAL_NOUN_KEYS = wordKeys('verbalNouns');
const verbSets = (pick: (verbs: NonNullable<LanguagePack['grammar']['verbs']>) => ReadonlySet<string>) =>
  keysOf(everyLanguage((pack) => (pack.grammar.verbs ? [...pick(pack.grammar.verbs)] : [])));
/** Bare past stems read through the article: a noun of the same letters, not the verb (الحذر). */
const STEMS_NOT_DEFINITE = new Set([...verbSets((verbs) => verbs.stems)].filter((key) => !VERBAL_NOUN_KEYS.has(key)));
const FUTURE_PREFIXES = everyLanguage((pack) => (pack.grammar.futurePrefix ? [pack.grammar.futurePrefix] : []));
const PROGRESSIVE_ENDINGS = everyLanguage((pack) => (pack.grammar.progressiveEnding ? [pack.grammar.progressiveEnding] : []));
const COORDINATORS = wordKeys('coordinating');
const CONJUNCTION_KEYS = new Set(everyLanguage((pack) => pack.words.conjunctionProclitics));
const LOCATIVE_KEYS = wordKeys('locativePrepositions');
const DETERMINER_KEYS = wordKeys('determiners');
const GENITIVE_KEYS = wordKeys('genitivePrepositions');
const ASIDE_ENDER_KEYS = wordKeys('asideEnders');
const COMPANION_WORDS = everyLanguage((pack) => pack.words.companions).map((phrase) => phrase.split(' ').map(normalizeWord));
const PLACE_PART_KEYS = new Set(PLACE_PARTS);
const WEEKDAY_KEYS = keysOf(everyLanguage((pack) => Object.keys(pack.calendar.weekdays)));
const DAY_PREPOSITION_KEYS = keysOf(everyLanguage((pack) => pack.calendar.dayPrepositions));

/** The longest aside stepped over after a subject. */
const ASIDE_MAX = 8;

/**
 * Where an aside opened by a comma at item `j` closes: the item after its second comma, or -1, in a
 * language whose grammar has such asides (Grammar.commaAsides). Not a list ("Iran, Syria and
 * Russia"), which coordination reads, nor a clause of saying.
 */
function asideEnd(items: Item[], j: number): number {
  const opening = items[j];
  const commaAt = (it: Item | undefined) => (it?.token ? it.token.commaBefore : it?.actor ? it.actor.listed === true : false);
  // An aside opens with a word ("a Republican", "who", "however"), not a name: "a Department of Justice
  // official, Bruce Ohr, had met" is Ohr's meeting.
  const asides = opening?.token && commaAt(opening) ? packOfScript(opening.token.text.charAt(0))?.grammar.commaAsides : undefined;
  if (!asides || (asides === 'relative' && !RELATIVE_PRONOUN_KEYS.has(opening!.token!.norm))) return -1;
  for (let k = j + 1; k <= j + ASIDE_MAX && k < items.length; k++) {
    const it = items[k]!;
    if (it.token && (ASIDE_ENDER_KEYS.has(it.token.norm) || COORDINATORS.has(it.token.norm))) return -1;
    if (commaAt(it)) return it.token ? k : -1;
  }
  return -1;
}

/** How many items at `j` name unnamed companions of the actor before them ("and its allies"); none: 0. */
function companionsAt(items: Item[], j: number): number {
  return COMPANION_WORDS.find((words) => words.every((word, k) => items[j + k]?.token?.norm === word))?.length ?? 0;
}
const SHORT_GAP = 5;
const LONG_GAP = 12;

function compile(rule: RelationRule, pack: LanguagePack): CompiledRule {
  const words = rule.pattern.split(/\s+/);
  const elements: Element[] = words.map((word, n): Element => {
    const antecedent = RELATIVE_PRONOUN_KEYS.has(normalizeWord(words[n + 1] ?? ''));
    if (word === 'S' || word === 'T') return { kind: 'slot', role: word, nationals: false, antecedent };
    if (word === 'N') return { kind: 'slot', role: 'T', nationals: true, antecedent };
    if (word === 'n') return { kind: 'adjective' };
    if (word === 'T<') return { kind: 'antecedent' };
    if (word === 'S<<') return { kind: 'topic' };
    if (word === '…') return { kind: 'gap', max: SHORT_GAP, overActors: false };
    if (word === '……') return { kind: 'gap', max: LONG_GAP, overActors: true };
    if (/^-\p{Ll}+$/u.test(word)) return { kind: 'ending', ending: word.slice(1) };
    if (word.startsWith(':')) {
      const name = lexiconName(pack, word.slice(1));
      const set = LEXICON_SETS.get(name);
      if (!set) throw new Error(`rule ${rule.id} "${rule.pattern}" names unknown lexicon ${word}`);
      return { kind: 'words', words: set, name, lexicon: true };
    }
    return { kind: 'words', words: new Set([normalizeWord(word)]), name: word, lexicon: false };
  });
  const lexicons = elements.flatMap((e) => (e.kind === 'words' && e.lexicon ? [LEXICON_NUMBERS.get(e.name)!] : []));
  // matchRelations runs no rule in a sentence without a trigger word.
  if (lexicons.length === 0) throw new Error(`rule "${rule.pattern}" names no trigger lexicon`);
  return { ...rule, elements, lexicons };
}

// A fallback reads what no other rule of its type read: it runs after them all.
const byFallback = (a: RelationRule, b: RelationRule) => Number(a.fallback ?? false) - Number(b.fallback ?? false);
const COMPILED = new Map(LANGUAGES.map((pack) => [pack.code, [...pack.rules].sort(byFallback).map((rule) => compile(rule, pack))]));

/** What the relation engine knows about a written word: the trigger lexicons it is in. Computed once per distinct word. */
export interface WordInfo {
  /** The lexicons that make a sentence worth matching: the word's, a reading's without an adjective ending, or its stem's after a future-tense س. */
  lexicons: Set<string>;
  /** Their numbers. */
  numbers: number[];
  /** The lexicons whose pattern words it fills: those, and those of any reading. */
  fills: Set<string>;
  /** The word carried the future prefix س (سيفرضون). */
  future: boolean;
}

/** What most words are: in no lexicon. Shared, since a corpus has hundreds of thousands of them. */
const NO_LEXICON: WordInfo = { lexicons: new Set(), numbers: [], fills: new Set(), future: false };

/**
 * Whether a word is written as a trigger of some relation: as it stands, or after a future-tense س
 * (سيلتقي), with no preposition or article read off it (للأسلحة is a noun phrase, not what happens).
 */
export function isWrittenTrigger(token: Token): boolean {
  return LEXICONS_OF_KEY.has(token.norm) || wordInfo(token).future;
}

/** The lexicons a word belongs to; asked once per distinct word. */
function wordInfo(token: Token): WordInfo {
  const facts = token.facts;
  facts.lexicons ??= lexiconsOf(facts.norm, facts.readings);
  return facts.lexicons;
}

/** The lexicons a word is in through any of its readings or a future-tense س. */
function lexiconsOf(norm: string, readings: WordReading[]): WordInfo {
  const lexicons = new Set<string>();
  let future = false;
  const add = (key: string) => {
    for (const name of LEXICONS_OF_KEY.get(key) ?? []) lexicons.add(name);
    // A future prefix: سيفرضون is يفرضون announced.
    for (const prefix of FUTURE_PREFIXES) {
      if (key.length <= prefix.length + 2 || !key.startsWith(prefix)) continue;
      const names = LEXICONS_OF_KEY.get(key.slice(prefix.length));
      if (names) {
        for (const name of names) lexicons.add(name);
        future = true;
      }
    }
  };
  add(norm);
  const readable = readings.filter((r) => !(r.definite && STEMS_NOT_DEFINITE.has(r.key)));
  for (const reading of readable) if (!reading.inflected) add(reading.key);
  const fills = new Set(lexicons);
  for (const reading of readable) for (const name of LEXICONS_OF_KEY.get(reading.key) ?? []) fills.add(name);
  if (fills.size === 0) return NO_LEXICON;
  return { lexicons, numbers: [...lexicons].map((name) => LEXICON_NUMBERS.get(name)!), fills, future };
}

/**
 * Runs every rule of the language over one sentence. `actors` are the sentence's actor items in
 * token order (token indices relative to `tokens`).
 */
export function matchRelations(lang: LanguageCode, tokens: Token[], actors: ActorItem[], topic?: string, kindOf: KindOf = () => undefined): RelationMatch[] {
  // A rule runs only in a sentence that has all its trigger lexicons, and most sentences have those
  // of none: that is known before the items are built.
  const present = sentenceLexicons(tokens, actors);
  const rules = COMPILED.get(lang)!;
  if (OFF_TOPIC.some((n) => present.has(n)) || !rules.some((rule) => present.hasAll(rule.lexicons))) return [];
  const items: Item[] = [];
  const info: WordInfo[] = [];
  let next = 0;
  for (let i = 0; i < tokens.length;) {
    const actor = actors[next];
    if (actor && actor.firstToken === i) {
      items.push({ actor });
      info.push(NO_LEXICON);
      i = actor.lastToken;
      next++;
    } else {
      items.push({ token: tokens[i]! });
      info.push(wordInfo(tokens[i]!));
      i++;
    }
  }
  const grammar = languagePack(lang).grammar;
  let reportWord: boolean | undefined;
  const results: RelationMatch[] = [];
  // matchAt copies bindings as it extends them, never changes them: all attempts can start from one.
  const unbound: Bindings = {
    S: [],
    T: [],
    future: false,
    first: -1,
    last: -1,
    topic,
    wholeTarget: false,
    directTarget: false,
    governedNouns: grammar.governedNouns,
    adjectives: grammar.adjectiveOrder,
    purpose: -1,
    words: undefined,
    SAt: [],
    TAt: [],
    kindOf,
    sourceKinds: undefined,
    targetKinds: undefined,
  };
  for (const rule of rules) {
    if (!present.hasAll(rule.lexicons)) continue;
    if (rule.fallback && results.some((r) => r.type === rule.type)) continue;
    // A counterpart's target is a state until it is read as the person holding the office there.
    const targetKinds = rule.counterpart ? undefined : rule.targetKinds;
    const start0 = { ...unbound, wholeTarget: rule.wholeTarget ?? false, directTarget: rule.directTarget ?? false, sourceKinds: rule.sourceKinds, targetKinds };
    const opening = rule.elements[0]!;
    for (let start = 0; start < items.length; start++) {
      // A match starts where the pattern's first slot or word can be read (matchAt skips nothing before it).
      if (opening.kind === 'slot' ? !items[start]!.actor : opening.kind === 'words' && !readsNext(opening, items[start], info[start])) continue;
      const match = matchAt(rule.elements, 0, items, info, start, start0);
      if (!match || match.S.length === 0 || subjectBefore(rule, items, tokens, match, lang)) continue;
      const spanStart = Math.max(0, match.first - 2);
      const span = items.slice(spanStart, match.last + 1);
      // A call the pattern reads as its trigger («طالب … روسيا بالكف عن») is what the relation says, not a mode over it.
      const read = readItems(match.words);
      if (
        governedBy(items, match.first, match.last, MODE_KEYS.unrealised, 0, read) ||
        rule.cancelledBy?.some((words) => governedBy(items, match.first, match.last, MODE_KEYS[words], CANCEL_AFTER_REACH[words] ?? 0, read))
      )
        continue;
      // «انتقدت فرنسا رفض إيطاليا»: a refusal the pattern reads as the act criticised negates nothing.
      const negated = span.some((it, n) => it.token && !read.has(spanStart + n) && hasModeWord(it.token, MODE_KEYS.negation));
      // A source named before the trigger (S<<) opens the clause the future tense is read in.
      const clauseStart = Math.min(match.first, ...match.SAt.filter((at) => at >= 0));
      const future = match.future || governedBy(items, clauseStart, match.last, MODE_KEYS.future) || followedBy(items, match.last, MODE_KEYS.timeToCome, TIME_TO_COME_REACH);
      // A denial governs what it precedes ("Bolton denied that the visit …"), not a clause before it
      // ("إيران، التي تساند الحوثيين، لكنها تنفي …"); a rule that reads the denial itself is not denied.
      const denied = !rule.lexicons.some((n) => DENIALS.includes(n)) && DENIALS.some((n) => present.has(n)) && deniedBefore(items, info, match.first, match.last);
      const sources = [...new Set(match.S)];
      const speaker = speakerBefore(items, match.first);
      const attribution = speaker && !sources.includes(speaker) ? speaker : undefined;
      const reported = attribution !== undefined || (reportWord ??= tokens.some((t) => MODE_KEYS.report.has(t.norm)));
      const mode: Mode = negated ? 'negated' : denied ? 'denied' : future ? 'announced' : reported ? 'reported' : 'asserted';
      results.push({
        type: rule.type,
        rule: rule.id,
        sourceKinds: rule.sourceKinds,
        targetKinds: rule.targetKinds,
        counterpart: rule.counterpart,
        sources,
        targets: [...new Set(match.T)],
        placeTargets: match.T.filter((_, n) => namesPlace(items, match.TAt[n]!)),
        mode,
        future,
        confidence: rule.confidence,
        span: [match.first, match.last],
        marks: matchMarks(items, tokens, match),
        ...(attribution ? { attribution } : {}),
      });
      // A sentence may state the same kind of event twice («زيارة لروسيا … كما زار الهند»): read on after this one.
      start = match.last;
    }
  }
  return results;
}

/** The trigger lexicons of a sentence's words outside its actors. */
function sentenceLexicons(tokens: Token[], actors: ActorItem[]): LexiconFlags {
  const present = new LexiconFlags();
  let next = 0;
  for (let i = 0; i < tokens.length;) {
    const actor = actors[next];
    if (actor && actor.firstToken === i) {
      i = actor.lastToken;
      next++;
    } else for (const n of wordInfo(tokens[i++]!).numbers) present.add(n);
  }
  return present;
}

const LEXICON_WORDS = Math.ceil(LEXICON_NUMBERS.size / 32);

/**
 * The lexicons a sentence has, as a row of bits: made for every sentence with a trigger word, and
 * small enough (under 64 bytes) that V8 keeps it on its heap, where a byte per lexicon took a buffer
 * of its own outside it.
 */
class LexiconFlags {
  private readonly bits = new Uint32Array(LEXICON_WORDS);

  add(n: number): void {
    this.bits[n >>> 5]! |= 1 << (n & 31);
  }

  has(n: number): boolean {
    return (this.bits[n >>> 5]! & (1 << (n & 31))) !== 0;
  }

  hasAll(lexicons: number[]): boolean {
    for (const n of lexicons) if (!this.has(n)) return false;
    return true;
  }
}

const VERB_FORM_KEYS = verbSets((verbs) => verbs.forms);
const OBJECT_PRONOUN_KEYS = verbSets((verbs) => verbs.withObjectPronoun);
const RESUMPTIVE_KEYS = wordKeys('resumptive');
const DENIAL_BOUNDARY_KEYS = wordKeys('denialBoundaries');

/**
 * «ترامب يتهم الصين», «مسلحون يهاجمون السفارة»: a verb-first pattern whose trigger has its subject
 * behind it reads the actor after it as the subject; that one is the object. The subject is behind a
 * verb that agrees with it (VERB_WITH_SUBJECT_SAID), and behind a verb of the form that follows its
 * subject (VERB_AFTER_SUBJECT) with an actor written right before it. An actor written in the
 * oblique case after a verb (OBLIQUE_PLURAL) is its object.
 */
function subjectBefore(rule: CompiledRule, items: Item[], tokens: Token[], match: Bindings, lang: LanguageCode): boolean {
  const trigger = items[match.first]!.token;
  if (rule.elements[0]!.kind !== 'words' || !trigger || match.SAt[0]! < match.first) return false;
  if (relativeHead(items, match.first) >= 0) return true;
  const grammar = languagePack(lang).grammar;
  if (grammar.verbWithSubjectSaid?.test(trigger.norm)) return true;
  const oblique = grammar.obliquePlural?.test(tokens[items[match.SAt[0]!]!.actor!.firstToken]!.norm);
  if (oblique && trigger.readings.some((r) => !r.definite && VERB_FORM_KEYS.has(r.key))) return true;
  if (!grammar.verbAfterSubject?.test(trigger.norm)) return false;
  const before = items[match.first - 1]?.actor;
  return before !== undefined && !before.prepositional && !afterPreposition(items, match.first - 1) && !before.place && !before.nationals;
}

/** Whether the pattern's next element is a word element that reads the word at this item. */
function readsNext(element: Element | undefined, item: Item | undefined, wordInfo: WordInfo | undefined): boolean {
  const token = item?.token;
  if (element?.kind !== 'words' || !token) return false;
  return element.lexicon ? wordInfo!.fills.has(element.name) : element.words.has(token.norm) || token.readings.some((r) => element.words.has(r.key));
}

/** How many items after a relative clause's verb its subject, then a pronoun pointing back to its head, are looked for. */
const SUBJECT_AFTER_VERB_REACH = 3;
const RESUMPTION_REACH = 8;

/**
 * «السعودية التي اتهمت مرارا إيران»: a verb right after a relative pronoun, with no object pronoun on
 * it, has the actor the pronoun stands for as its subject; the item of that actor, or -1. With an
 * object pronoun («روسيا التي تتهمها بريطانيا») the head is the object and the subject follows; so it
 * is when an actor after the verb comes with a pronoun pointing back («ألمانيا، التي تعتقل روسيا
 * ثلاثة من مواطنيها»).
 */
function relativeHead(items: Item[], trigger: number): number {
  const verb = items[trigger]?.token;
  const pronoun = items[trigger - 1]?.token;
  const head = items[trigger - 2]?.actor;
  // A place or a nationality adjective is seldom what the pronoun stands for («مدينة منبج السورية التي هددت تركيا»).
  if (!verb || !pronoun || !head || head.place || head.nationals || !RELATIVE_PRONOUN_KEYS.has(pronoun.norm)) return -1;
  const asVerb = verb.readings.filter((r) => !r.definite && VERB_FORM_KEYS.has(r.key));
  if (asVerb.length === 0 || asVerb.every((r) => OBJECT_PRONOUN_KEYS.has(r.key))) return -1;
  return resumed(items, trigger) ? -1 : trigger - 2;
}

/** Whether an actor follows the verb at `verb`, and near it a word with a pronoun pointing back (RESUMPTIVE_WORDS). */
function resumed(items: Item[], verb: number): boolean {
  let actorAfter = false;
  for (let j = verb + 1; j <= verb + SUBJECT_AFTER_VERB_REACH && j < items.length; j++) actorAfter ||= items[j]!.actor !== undefined;
  if (!actorAfter) return false;
  for (let j = verb + 1; j <= verb + RESUMPTION_REACH && j < items.length; j++) {
    const token = items[j]!.token;
    // A comma or another relative pronoun ends the clause («إيران، التي تساند الحوثيين، لكنها تنفي إرسال أسلحة إليهم»).
    if (token?.commaBefore || items[j]!.actor?.listed || (token && RELATIVE_PRONOUN_KEYS.has(token.norm))) return false;
    if (token && RESUMPTIVE_KEYS.has(token.norm)) return true;
  }
  return false;
}

/** The character span of an item: its token's written word, or an actor item's words from first to last. */
function itemSpan(item: Item, tokens: Token[]): TextSpan {
  if (item.token) return [item.token.start, item.token.end];
  return [tokens[item.actor.firstToken]!.start, tokens[item.actor.lastToken - 1]!.end];
}

function matchMarks(items: Item[], tokens: Token[], b: Bindings): MatchMarks {
  const trigger: TextSpan[] = [];
  for (let w = b.words; w; w = w.rest) trigger.unshift(itemSpan(items[w.item]!, tokens));
  const bound = (ids: string[], at: number[]) => {
    const spans = new Map<string, TextSpan>();
    ids.forEach((id, n) => {
      if (at[n]! >= 0 && !spans.has(id)) spans.set(id, itemSpan(items[at[n]!]!, tokens));
    });
    return spans;
  };
  return { trigger, sources: bound(b.S, b.SAt), targets: bound(b.T, b.TAt) };
}

/**
 * The speaker of the clause a match sits in: the actor just after a speech verb before it ("قال
 * وزير الخارجية … إن"، "according to Reuters") or just before one ("the Pentagon said that").
 */
function speakerBefore(items: Item[], first: number): string | undefined {
  for (let i = first - 1; i >= 0; i--) {
    const token = items[i]!.token;
    if (!token || !isSpeech(token)) continue;
    const after = items.slice(i + 1, Math.min(first, i + 3)).find((it) => it.actor && !it.actor.prepositional)?.actor;
    const before = items[i - 1]?.actor;
    return (after ?? before)?.actors[0];
  }
  return undefined;
}

/**
 * An actor right after a preposition written as a word ("ضد تنظيم داعش", "against Iran") is its
 * object, never a subject, unless the pattern itself reads the preposition ("criticised by S").
 */
function afterPreposition(items: Item[], i: number): boolean {
  let before = items[i - 1]?.token;
  // "to the International Criminal Court": the article between changes nothing, but after a genitive
  // it opens a phrase of its own.
  if (before && DETERMINER_KEYS.has(before.norm)) {
    before = items[i - 2]?.token;
    if (before && GENITIVE_KEYS.has(before.norm)) return false;
  }
  return before !== undefined && isPreposition(before);
}

/**
 * Whether the actor at `i` names where the clause happens: it follows a preposition of place
 * (LOCATIVE_PREPOSITIONS, a conjunction on it allowed) that follows an actor or a trigger («اتهمت
 * بريطانيا في مجلس الأمن روسيا»). After a noun the phrase belongs to the noun («الدول الأعضاء في
 * الناتو», «قيادي في ميليشيات الحوثي»).
 */
function placeOfClause(items: Item[], info: WordInfo[], i: number): boolean {
  if (!afterLocative(items, i)) return false;
  const head = items[i - 2];
  return head !== undefined && (head.actor !== undefined || info[i - 2]!.fills.size > 0);
}

/** Whether the actor item at `i` is a place in a state, or follows a preposition of place. */
function namesPlace(items: Item[], i: number): boolean {
  if (i < 0) return false;
  return items[i]!.actor?.place === true || afterLocative(items, i) || afterPlacePart(items, i);
}

/** Whether item `i` follows a part of a place or a point of the compass («جنوب ليبيا», «شمال سوريا»). */
function afterPlacePart(items: Item[], i: number): boolean {
  const before = items[i - 1]?.token;
  return before !== undefined && before.readings.some((r) => PLACE_PART_KEYS.has(r.key));
}

/** Whether item `i` follows a preposition of place (LOCATIVE_PREPOSITIONS), a conjunction on it allowed («وفي»). */
function afterLocative(items: Item[], i: number): boolean {
  const before = items[i - 1]?.token;
  return before !== undefined && (LOCATIVE_KEYS.has(before.norm) || (CONJUNCTION_KEYS.has(before.norm[0] ?? '') && LOCATIVE_KEYS.has(before.norm.slice(1))));
}

/** A preposition written as a word, with or without a conjunction on it («في», «وفي», "in"). */
function isPreposition(token: Token): boolean {
  if (MODE_KEYS.preposition.has(token.norm)) return true;
  const conjunction = token.norm[0];
  return conjunction !== undefined && CONJUNCTION_KEYS.has(conjunction) && MODE_KEYS.preposition.has(token.norm.slice(1));
}

/** The actor joined by a conjunction at item `j` ("وروسيا", "and Russia", "and the Philippines"), and the item after it. */
function conjoinedAt(items: Item[], j: number): { actors: string[]; next: number } | undefined {
  const following = items[j];
  if (following?.actor?.conjoined) return { actors: following.actor.actors, next: j + 1 };
  if (!following?.token || !COORDINATORS.has(following.token.norm)) return undefined;
  const determiner = items[j + 1]?.token && DETERMINER_KEYS.has(items[j + 1]!.token!.norm) ? 1 : 0;
  const actor = items[j + 1 + determiner]?.actor;
  return actor ? { actors: actor.actors, next: j + 2 + determiner } : undefined;
}

/** Whether the comma list going on at item `j` ends with a conjunction: "Britain, France and Germany", not "Iran, Syria's ally". */
function listEnds(items: Item[], j: number): boolean {
  let k = j;
  while (items[k]?.actor?.listed) k++;
  return conjoinedAt(items, k) !== undefined;
}

/**
 * An actor after a preposition, or after a preposition and one noun it governs («على مواقع حماس»),
 * is in a phrase of its own, never the subject. Not when that word opens a clause («إلى أن إسرائيل»)
 * or is a trigger whose owner the actor is («في حرب التحالف الدولي ضد داعش»).
 */
function inPrepositionalPhrase(items: Item[], info: WordInfo[], i: number, governedNouns: number): boolean {
  if (afterPreposition(items, i)) return true;
  if (governedNouns === 0) return false;
  // «جزء من مساعٍ بريطانية لممارسة مزيد من الضغط»: the actor right before a trigger is its agent, and acts.
  const next = items[i + 1]?.token;
  if (next && info[i + 1]!.numbers.length > 0 && !isPreposition(next)) return false;
  const noun = items[i - 1]?.token;
  // A capitalised word is a title of the name ("to Mr. Trump's criticism"), not a noun it depends on.
  return noun !== undefined && !CAPITALISED.test(noun.text) && !COMPLEMENTIZER_KEYS.has(noun.norm) && info[i - 1]!.numbers.length === 0 && afterPreposition(items, i - 1);
}

/** Whether the word is a verbal noun of purpose written with ل (للقاء: in order to meet). */
function statesPurpose(token: Token, words: Set<string>): boolean {
  const readAs = token.readings.filter((r) => words.has(r.key));
  return !words.has(token.norm) && readAs.length > 0 && readAs.every((r) => r.purpose && PURPOSE_KEYS.has(r.key));
}

/** How many words before an actor a relative pronoun makes it part of the relative clause. */
const RELATIVE_CLAUSE_REACH = 3;

/**
 * An actor a relative clause's verb governs («إيران، التي تساند الحوثيين، تنفي»: the Houthis) is not
 * the subject of the verb after the clause. One right after the pronoun, or after a title ("for which
 * Mr. Netanyahu blamed Iran"), is the clause's own subject.
 */
function inRelativeClause(items: Item[], i: number): boolean {
  let words = 0;
  for (let j = i - 1; j >= Math.max(0, i - RELATIVE_CLAUSE_REACH); j--) {
    const item = items[j]!;
    if (item.actor) return false;
    if (RELATIVE_PRONOUN_KEYS.has(item.token.norm)) return words > 0;
    if (!CAPITALISED.test(item.token.text)) words++;
  }
  return false;
}

/** Whether a denial word stands in the match or before it in the same clause (DENIAL_BOUNDARIES end one). */
function deniedBefore(items: Item[], info: WordInfo[], first: number, last: number): boolean {
  for (let i = last; i >= 0; i--) {
    if (info[i]!.numbers.some((n) => DENIALS.includes(n))) return true;
    if (i < first && opensClause(items[i]!.token)) return false;
  }
  return false;
}

/** A word opening another clause: a boundary word, or a verb with a conjunction on it («واتهم»). */
function opensClause(token: Token | undefined): boolean {
  if (!token) return false;
  if (DENIAL_BOUNDARY_KEYS.has(token.norm) || RELATIVE_PRONOUN_KEYS.has(token.norm)) return true;
  return CONJUNCTION_KEYS.has(token.norm[0] ?? '') && token.readings.some((r) => r.clitic && r.prefix === 1 && VERB_FORM_KEYS.has(r.key));
}

const NONE_READ: ReadonlySet<number> = new Set();

/** The items a match's pattern read as its words. */
function readItems(words: ItemList | undefined): ReadonlySet<number> {
  const read = new Set<number>();
  for (let w = words; w; w = w.rest) read.add(w.item);
  return read;
}

/** How many words before a match a mode word still governs it. */
const MODE_REACH = 4;
/** How many words after a match a time still to come makes it announced: «زيارة رسمية لإثيوبيا غدا», «… الأسبوع المقبل». */
const TIME_TO_COME_REACH = 3;

/**
 * A mode word governs the match: a call, a proposal or a condition (what the clause names has not
 * happened), or an expectation or a time to come (it is announced). The word may stand in the match
 * or a few words before it ("called on the United States to impose …", «يتوقع أن تصدره»), but not
 * across a relative pronoun, which opens a clause of its own ("ألمانيا، التي تعتقل روسيا …"). After it
 * only within `after` words: «بعد لقائه آبي لمناقشة القمة القادمة» met Abe; the summit to come is another event.
 * Words the pattern itself `read` are not modes over it.
 */
function governedBy(items: Item[], first: number, last: number, words: Set<string>, after = 0, read: ReadonlySet<number> = NONE_READ): boolean {
  for (let i = first; i <= last; i++) if (items[i]!.token && !read.has(i) && hasModeWord(items[i]!.token!, words)) return true;
  for (let i = first - 1; i >= Math.max(0, first - MODE_REACH); i--) {
    const token = items[i]!.token;
    if (!token) continue;
    if (RELATIVE_KEYS.has(token.norm)) break;
    if (hasModeWord(token, words)) return true;
  }
  return followedBy(items, last, words, after);
}

/** Whether one of `words` follows item `last` within `reach` words, in the same clause. */
function followedBy(items: Item[], last: number, words: Set<string>, reach: number): boolean {
  for (let i = last + 1; i <= Math.min(items.length - 1, last + reach); i++) {
    const token = items[i]!.token;
    if (!token || RELATIVE_KEYS.has(token.norm)) break;
    if (hasModeWord(token, words)) return true;
  }
  return false;
}

/**
 * How many words after a match a phone call still makes it no meeting: «بحث لافروف مع نظيره بومبيو،
 * في اتصال هاتفي». Lifting after sanctions is their history, not their end («عقوبات … كانت قد رفعت»).
 */
const CANCEL_AFTER_REACH: Partial<Record<keyof typeof MODE_KEYS, number>> = { phoneCall: 4 };

function hasModeWord(token: Token, words: Set<string>): boolean {
  return words.has(token.norm) || token.readings.some((r) => words.has(r.key));
}

function isSpeech(token: Token): boolean {
  return MODE_KEYS.speech.has(token.norm) || token.readings.some((r) => r.clitic && MODE_KEYS.speech.has(r.key));
}

interface Bindings {
  S: string[];
  T: string[];
  future: boolean;
  first: number;
  last: number;
  /** The person the discourse is about, for subjects the sentence leaves unsaid. */
  topic: string | undefined;
  /** The rule's wholeTarget: no place, and no name qualifying a noun, fills T. */
  wholeTarget: boolean;
  /** The rule's directTarget: no actor after a preposition written as a word fills T, unless the pattern spelled that preposition. */
  directTarget: boolean;
  /** The language's Grammar.governedNouns. */
  governedNouns: number;
  /** The language's Grammar.adjectiveOrder. */
  adjectives: { after: boolean; ending: RegExp };
  /** The item right after a trigger written with a preposition of purpose (للقاء), or -1. */
  purpose: number;
  /** The items that filled the pattern's word elements, last first: a list shared by every extension of it. */
  words: ItemList | undefined;
  /** The item each entry of S and T was bound from (-1: the discourse topic, named in no item). */
  SAt: number[];
  TAt: number[];
  /**
   * The rule's kinds of source and target, and how to tell an actor's kind: a slot is not filled by
   * an actor of another kind, so that the search goes on to the next one («التقى بوتين في موسكو
   * عباس»: Moscow is no one met, Abbas is).
   */
  kindOf: KindOf;
  sourceKinds: readonly string[] | undefined;
  targetKinds: readonly string[] | undefined;
}

/** The kind of an actor by id, when known. */
export type KindOf = (id: string) => string | undefined;

interface ItemList {
  item: number;
  rest: ItemList | undefined;
}

function matchAt(elements: Element[], e: number, items: Item[], info: WordInfo[], i: number, b: Bindings): Bindings | undefined {
  if (e === elements.length) return b;
  const element = elements[e]!;
  if (element.kind === 'gap') {
    for (let skip = 0; skip <= element.max; skip++) {
      const skipped = items[i + skip - 1];
      // A gap steps over words, and over an actor in a phrase of its own («بموسكو», "on Twitter"), never over a subject or object.
      const obliqueActor = skipped?.actor && (skipped.actor.prepositional || afterPreposition(items, i + skip - 1));
      // Nor over a relative pronoun or a coordinator written apart ("against the group, and U.S. President …"): each opens a clause of its own.
      if (
        skip > 0 &&
        (!skipped || (skipped.actor && !element.overActors && !obliqueActor) || (skipped.token && (RELATIVE_KEYS.has(skipped.token.norm) || COORDINATORS.has(skipped.token.norm))))
      )
        break;
      const found = matchAt(elements, e + 1, items, info, i + skip, b);
      if (found) return found;
    }
    return undefined;
  }
  if (element.kind === 'antecedent') {
    // "مواطنيها" (its citizens): the target is the actor named just before the match.
    for (let j = b.first - 1; j >= 0; j--) {
      const actor = items[j]!.actor;
      if (actor && !actor.actors.some((a) => b.S.includes(a))) {
        return matchAt(elements, e + 1, items, info, i, { ...b, T: [...b.T, ...actor.actors], TAt: [...b.TAt, ...actor.actors.map(() => j)] });
      }
    }
    return undefined;
  }
  if (element.kind === 'adjective') {
    return items[i]?.actor?.nationals ? matchAt(elements, e + 1, items, info, i + 1, b) : undefined;
  }
  if (element.kind === 'ending') {
    const token = items[i]?.token;
    // A stem before the ending: "working", not "king" or "sing".
    if (token && token.norm.length > element.ending.length + 2 && token.norm.endsWith(element.ending)) {
      return matchAt(elements, e + 1, items, info, i + 1, { ...b, first: b.first < 0 ? i : b.first, last: i });
    }
    return token && MODE_KEYS.transparent.has(token.norm) && e > 0 ? matchAt(elements, e, items, info, i + 1, b) : undefined;
  }
  if (element.kind === 'topic') {
    // "استقبل نظيره الفرنسي": whose counterpart is the person the sentence, or else the article, is
    // about: «الرئيس السوري قال "سوف أقوم بالزيارة"» is the Syrian president's visit, whoever was named before.
    // «ميركل، التي تزور بلاده», «طارق الذي زار فرنسا»: a trigger opening a relative clause has its head for subject.
    const pronoun = items[b.first - 1]?.token;
    if (pronoun && RELATIVE_PRONOUN_KEYS.has(pronoun.norm)) {
      const head = items[b.first - 2]?.actor?.actors.find((id) => b.kindOf(id) === 'person');
      return head ? matchAt(elements, e + 1, items, info, i, { ...b, S: [...b.S, head], SAt: [...b.SAt, b.first - 2] }) : undefined;
    }
    const named = personBefore(items, i, b.kindOf);
    if (named) return matchAt(elements, e + 1, items, info, i, { ...b, S: [...b.S, named.id], SAt: [...b.SAt, named.at] });
    return b.topic ? matchAt(elements, e + 1, items, info, i, { ...b, S: [...b.S, b.topic], SAt: [...b.SAt, -1] }) : undefined;
  }
  const found = matchHere(element, elements, e, items, info, i, b);
  if (found || e === 0) return found;
  // An auxiliary or adverb between two elements changes nothing: step over it and try again.
  const skipped = items[i]?.token;
  if (!skipped) return undefined;
  if (MODE_KEYS.transparent.has(skipped.norm) || continuousAuxiliary(skipped, items[i + 1]?.token)) return matchAt(elements, e, items, info, i + 1, b);
  if (MODE_KEYS.manner.has(skipped.norm) && items[i + 1]?.token) return matchAt(elements, e, items, info, i + 2, b);
  const day = dayAt(items, i);
  return day > 0 ? matchAt(elements, e, items, info, i + day, b) : undefined;
}

const CHARGES = LANGUAGES.flatMap((pack) => (pack.grammar.charge ? [{ nouns: keysOf(pack.grammar.charge.nouns), written: pack.grammar.charge.written }] : []));

/** Whether `noun` is a verbal noun of a charge and `next`, after the actor it is followed by, the charge: that actor is the one charged (Grammar.charge). */
function chargedObject(noun: Token | undefined, next: Token | undefined): boolean {
  return noun !== undefined && next !== undefined && CHARGES.some((charge) => charge.nouns.has(noun.norm) && charge.written.test(next.norm));
}

/** How many adjectives may stand between a nationality adjective and the noun it qualifies («أهداف عسكرية إيرانية»). */
const ADJECTIVES_BETWEEN = 2;
const PATIENT_KEYS = wordKeys('patientNouns');

/** Whether the nationality adjective at `i` qualifies a thing something happens to (PATIENT_NOUNS), not someone acting. */
function qualifiesPatient(items: Item[], i: number, adjectives: { after: boolean; ending: RegExp }): boolean {
  const step = adjectives.after ? -1 : 1;
  for (let j = i + step, between = 0; j >= 0 && j < items.length && between <= ADJECTIVES_BETWEEN; j += step, between++) {
    const token = items[j]!.token;
    if (!token) return false;
    if (token.readings.some((r) => PATIENT_KEYS.has(r.key)) || PATIENT_KEYS.has(token.norm)) return true;
    if (!adjectives.ending.test(token.norm)) return false;
  }
  return false;
}

/** The person named last before item `i` in the sentence, outside a prepositional phrase, and the item naming them. */
function personBefore(items: Item[], i: number, kindOf: KindOf): { id: string; at: number } | undefined {
  for (let j = i - 1; j >= 0; j--) {
    const actor = items[j]!.actor;
    if (!actor || actor.prepositional || afterPreposition(items, j)) continue;
    const id = actor.actors.find((a) => kindOf(a) === 'person');
    if (id) return { id, at: j };
  }
  return undefined;
}

/** Whether an actor item may fill a slot that takes `kinds` (any, when none are given): one of its actors is of one of them. */
function ofKinds(actors: readonly string[], kinds: readonly string[] | undefined, kindOf: KindOf): boolean {
  return (
    !kinds ||
    actors.some((id) => {
      const kind = kindOf(id);
      return kind === undefined || kinds.includes(kind);
    })
  );
}

/**
 * How many items at `i` say on which day, as transparent as an adverb: "Nadler on Sunday defended
 * Mueller", «التقى بوتين الخميس أردوغان». None: 0.
 */
function dayAt(items: Item[], i: number): number {
  const word = items[i]?.token?.norm;
  if (word && WEEKDAY_KEYS.has(word)) return 1;
  const next = items[i + 1]?.token?.norm;
  return word && next && DAY_PREPOSITION_KEYS.has(word) && WEEKDAY_KEYS.has(next) ? 2 : 0;
}

/** "was" before "lashing": an auxiliary of the continuous tense, as transparent as "has" (not before a participle, which makes a passive). */
function continuousAuxiliary(token: Token, next: Token | undefined): boolean {
  return MODE_KEYS.progressive.has(token.norm) && next !== undefined && PROGRESSIVE_ENDINGS.some((ending) => next.norm.endsWith(ending));
}

/** Matches a slot or a word element at item `i`, then the rest of the pattern. */
function matchHere(element: Element & { kind: 'slot' | 'words' }, elements: Element[], e: number, items: Item[], info: WordInfo[], i: number, b: Bindings): Bindings | undefined {
  // A verb-first pattern's subject is the head of the relative clause its verb opens, written before it.
  if (element.kind === 'slot' && element.role === 'S' && e === 1 && elements[0]!.kind === 'words') {
    const h = relativeHead(items, b.first);
    const head = h >= 0 ? items[h]!.actor! : undefined;
    if (head && ofKinds(head.actors, b.sourceKinds, b.kindOf))
      return matchAt(elements, e + 1, items, info, i, { ...b, S: [...b.S, ...head.actors], SAt: [...b.SAt, ...head.actors.map(() => h)] });
  }
  const item = items[i];
  if (!item) return undefined;
  const first = b.first < 0 ? i : b.first;
  if (element.kind === 'slot') {
    if (
      !item.actor ||
      item.actor.medium ||
      (element.role === 'S' &&
        (item.actor.place ||
          item.actor.people ||
          // The head of a relative clause is its verb's subject, wherever it stands itself: «بين السعودية التي تدعم الحكومة».
          (!element.antecedent &&
            (item.actor.prepositional ||
              // The owner of a noun the pattern reads right after it is its agent inside any phrase: "ahead of Trump's visit to the UK".
              (elements[e - 1]?.kind !== 'words' && !(item.actor.possessive && elements[e + 1]?.kind === 'words') && inPrepositionalPhrase(items, info, i, b.governedNouns)) ||
              (e === 0 && inRelativeClause(items, i)))))) ||
      // «وصل بومبيو للقاء الملك سلمان»: the one named after a verbal noun of purpose is its object.
      (element.role === 'S' && b.purpose === i && !item.actor.nationals) ||
      (element.role === 'S' && item.actor.nationals && qualifiesPatient(items, i, b.adjectives)) ||
      (element.role === 'T' && b.wholeTarget && (item.actor.place || item.actor.qualifier)) ||
      (element.role === 'T' && b.directTarget && b.words?.item !== i - 1 && afterPreposition(items, i)) ||
      (element.role === 'T' && elements[e - 1]?.kind === 'gap' && placeOfClause(items, info, i) && !item.actor.actors.some((id) => b.kindOf(id) === 'country')) ||
      !ofKinds(item.actor.actors, element.role === 'S' ? b.sourceKinds : b.targetKinds, b.kindOf) ||
      (element.nationals && !item.actor.nationals)
    )
      return undefined;
    const group = [...item.actor.actors];
    const groupAt = group.map(() => i);
    let j = i + 1;
    // Coordination: "كوريا الشمالية وروسيا", "China and Russia".
    for (;;) {
      const following = items[j];
      const joined = conjoinedAt(items, j);
      if (joined) {
        group.push(...joined.actors);
        groupAt.push(...joined.actors.map(() => joined.next - 1));
        j = joined.next;
      } else if (following?.actor?.listed && listEnds(items, j)) {
        group.push(...following.actor.actors);
        groupAt.push(...following.actor.actors.map(() => j));
        j++;
      } else break;
    }
    j += companionsAt(items, j);
    const at = element.role === 'S' ? 'SAt' : 'TAt';
    const bound = { ...b, [element.role]: [...b[element.role], ...group], [at]: [...b[at], ...groupAt], first, last: j - 1 };
    // «لحماية الصناعة الأميركية، تستنكر كندا»: a nationality adjective, then a comma and the trigger, ends the
    // phrase of the noun it qualifies; it is not the trigger's subject. (A name before a comma may be: «روسيا، حليف دمشق».)
    const cutOff =
      (element.role === 'S' && e === 0 && item.actor.nationals && elements[1]?.kind === 'words' && items[j]?.token?.commaBefore === true) ||
      (element.role === 'S' && e === 1 && chargedObject(items[i - 1]?.token, items[j]?.token));
    let found = cutOff ? undefined : matchAt(elements, e + 1, items, info, j, bound);
    // «طهران وحليفها حزب الله»: a conjunction the pattern reads next is its word, not a coordination.
    if (!found && !cutOff && j > i + 1 && readsNext(elements[e + 1], items[i + 1], info[i + 1])) {
      const alone = { ...b, [element.role]: [...b[element.role], ...item.actor.actors], [at]: [...b[at], ...item.actor.actors.map(() => i)], first, last: i };
      found = matchAt(elements, e + 1, items, info, i + 1, alone);
    }
    if (found || element.role !== 'S') return found;
    // "Sen. John McCain, a Republican, criticized Obama", "Putin, who arrived on Monday, met Trump": the
    // subject's aside, between commas, stands between it and its verb, or its object («واتهمت ألمانيا،
    // التي خصها ترامب بالهجوم، واشنطن»).
    const resumes = asideEnd(items, j);
    return resumes > 0 ? matchAt(elements, e + 1, items, info, resumes, bound) : undefined;
  }
  const token = item.token;
  if (!token || !(element.lexicon ? info[i]!.fills.has(element.name) : element.words.has(token.norm) || token.readings.some((r) => element.words.has(r.key)))) {
    return undefined;
  }
  const purpose = element.lexicon && statesPurpose(token, element.words) ? i + 1 : -1;
  return matchAt(elements, e + 1, items, info, i + 1, { ...b, future: b.future || info[i]!.future, first, last: i, purpose, words: { item: i, rest: b.words } });
}
