/**
 * Builds the actor items a sentence offers to the relation patterns: mentions, with an office
 * phrase folded into its person ("الرئيس الروسي فلاديمير بوتين" is Putin, not Russia), an office
 * named without its holder read as the holder on the article's date ("رئيس الوزراء الإسرائيلي",
 * "the French president"), and words that refer back to actors named earlier ("البلدين", "التكتل").
 */
import type { ActorKind } from '@entente/ontology';
import { everyLanguage, everyLanguageTest } from '../lang/index.ts';
import type { Mention } from './mentions.ts';
import type { WordReading } from './language.ts';
import { nameKeys, normalizeWord, TokenSet, type Token } from './normalize.ts';
import { FORMER_KEYS, PRESENT_KEYS, titleAt, titleReading } from './introduce.ts';
import { SAME_OFFICE } from './language.ts';
import type { ActorItem } from './relations.ts';

/** Written with a preposition on it: an oblique, never the subject. */
const isPrepositional = everyLanguageTest((pack) => pack.grammar.prepositionProclitics);
const COORDINATING_PROCLITICS = everyLanguage((pack) => (pack.grammar.coordinatingProclitic ? [pack.grammar.coordinatingProclitic] : []));
/** Written with a conjunction on it that joins a coordination. */
const isConjoined = (written: string) => COORDINATING_PROCLITICS.some((conjunction) => written.startsWith(conjunction));
const isDefiniteAdjective = everyLanguageTest((pack) => pack.grammar.definiteAdjective);
const isDefinite = everyLanguageTest((pack) => pack.grammar.definite);
const isPeopleNounShaped = everyLanguageTest((pack) => pack.grammar.peopleNoun);
const isBareAdjectiveShaped = everyLanguageTest((pack) => pack.grammar.bareAdjective);
const LOCATIVE_KEYS = new Set(everyLanguage((pack) => pack.words.locativePrepositions).map(normalizeWord));

/** A reference phrase as matching keys, and what it refers to: `pair`, `person`, `state of person`, an actor id or several (see lang/ar/references.ts). */
export interface ReferenceEntry {
  keys: string[];
  refersTo: string | readonly string[];
  whenNamed?: readonly string[];
}

/** Reference phrases by their first word, so that most words cost one lookup. */
const REFERENCES_BY_FIRST_KEY = new Map<string, ReferenceEntry[]>();
for (const reference of everyLanguage((pack) => pack.references.references)) {
  for (const word of reference.words) {
    const keys = nameKeys(word);
    REFERENCES_BY_FIRST_KEY.set(keys[0]!, [...(REFERENCES_BY_FIRST_KEY.get(keys[0]!) ?? []), { keys, refersTo: reference.refersTo, whenNamed: reference.whenNamed }]);
  }
}

const NO_REFERENCES: ReferenceEntry[] = [];

/** The reference phrases a word may start, through its first reading that starts any; asked once per distinct word. */
function referencesStartingWith(token: Token): ReferenceEntry[] {
  const facts = token.facts;
  facts.references ??= referencesOf(facts.readings);
  return facts.references;
}

function referencesOf(readings: WordReading[]): ReferenceEntry[] {
  for (const reading of readings) {
    const entries = REFERENCES_BY_FIRST_KEY.get(reading.key);
    if (entries) return entries;
  }
  return NO_REFERENCES;
}

/** What the article has said so far, for resolving references. */
export class DiscourseContext {
  private pair: [string, string] | null = null;
  private lastPerson: string | undefined;

  /**
   * `namedInArticle`: every actor the article names, anywhere in it. A reference to a body («التكتل»,
   * «التحالف») is to the one the article names, before or after it: a headline often says "the
   * coalition" and the body names it in full only later.
   */
  constructor(
    private readonly kindOf: (id: string) => ActorKind | undefined,
    private readonly namedInArticle: ReadonlySet<string>,
  ) {}

  /** Called with every coordinated group and every relation's arguments, in reading order. */
  noteTogether(actors: string[]): void {
    const states = [...new Set(actors)].filter((a) => this.kindOf(a) === 'country');
    if (states.length === 2) this.pair = [states[0]!, states[1]!];
  }

  /** Records actors the text has named, in reading order; the last person among them becomes the topic. */
  noteNamed(ids: string[]): void {
    for (const id of ids) if (this.kindOf(id) === 'person') this.lastPerson = id;
  }

  /** The person named last: the unsaid subject of "استقبل نظيره". */
  get topic(): string | undefined {
    return this.lastPerson;
  }

  /**
   * The actors a reference stands for (`pair`, `person`, an actor id or several), or undefined when the
   * article does not name them all, or, given `whenNamed`, names none of those.
   */
  resolve(refersTo: string | readonly string[], whenNamed?: readonly string[]): string[] | undefined {
    if (refersTo === 'pair') return this.pair ?? undefined;
    if (refersTo === 'person') return this.lastPerson ? [this.lastPerson] : undefined;
    const ids = typeof refersTo === 'string' ? [refersTo] : [...refersTo];
    const named = whenNamed ? whenNamed.some((id) => this.namedInArticle.has(id)) : ids.every((id) => this.namedInArticle.has(id));
    return named ? ids : undefined;
  }
}

/** Who holds an office (English title) of a state on the article's date, when the gazetteer knows exactly one. */
export type OfficeHolderOf = (state: string, title: string) => string | undefined;

/**
 * The actor items of one sentence, in token order: its mentions, with offices folded into their person
 * or read as their holder and organs into their state, and the reference words `context` resolves.
 * `holderOf` and `stateOfPerson` look offices up on the article's date; without them none is read as its holder.
 */
export function actorItems(
  tokens: Token[],
  mentions: Mention[],
  kindOf: (id: string) => ActorKind | undefined,
  context: DiscourseContext,
  holderOf: OfficeHolderOf = () => undefined,
  stateOfPerson: (person: string) => string | undefined = () => undefined,
): ActorItem[] {
  const items: ActorItem[] = [];
  for (let m = 0; m < mentions.length; m++) {
    const mention = mentions[m]!;
    const following = mentions[m + 1];
    if (isBareAdjective(mention) && !(following && following.firstToken === mention.lastToken)) continue;
    // «صحيفة واشنطن تايمز الأميركية»: a nationality adjective right after a body says whose it is; it names no other actor.
    const previous = mentions[m - 1];
    if (qualifiesBody(mention, previous, kindOf)) continue;
    const item: ActorItem = {
      actors: [mention.actorId],
      firstToken: mention.firstToken,
      lastToken: mention.lastToken,
      prepositional: isPrepositional(mention.proclitic),
      conjoined: isConjoined(mention.proclitic),
      nationals: mention.resolution === 'adjective' || adjectiveOfOrgan(mention, tokens, kindOf),
      place: mention.place === true,
      // «مقتل 12 فلسطينيا», "3 American soldiers": a nationality counted names people, never the state acting.
      people: isPeopleNoun(mention) || (mention.resolution === 'adjective' && NUMBER.test(tokens[mention.firstToken - 1]?.text ?? '')),
      possessive: POSSESSIVE.test(tokens[mention.lastToken - 1]?.text ?? ''),
    };
    const personNext = following && kindOf(following.actorId) === 'person';
    // "رئيس كوريا الجنوبية مون جاي إن": an office of a named state, then its holder's name.
    const officeOfState =
      personNext && following.firstToken === mention.lastToken && kindOf(mention.actorId) === 'country' && titleEndsAt(tokens, mention.firstToken, items.at(-1)?.lastToken ?? 0);
    // "Russian President Vladimir Putin": the adjective, an office, then its holder's name.
    const adjectiveOfOffice =
      mention.resolution === 'adjective' && personNext && following.firstToken > mention.lastToken && titleAt(tokens, mention.lastToken)?.[0] === following.firstToken;
    // "Iran's Foreign Minister Javad Zarif", "Trump campaign chairman Paul Manafort": a capitalised name
    // before a role says whose role it is, and the person named after it is who acts or is acted on.
    // (Arabic names a role's owner after it: «وزير خارجية إيران».)
    const qualifiesRole =
      personNext && mention.resolution !== 'adjective' && CAPITALISED.test(tokens[mention.firstToken]!.text) && roleBetween(tokens, mention.lastToken, following.firstToken);
    if (
      officeOfState ||
      adjectiveOfOffice ||
      qualifiesRole ||
      (mention.resolution === 'adjective' &&
        personNext &&
        onlyEpithetsBetween(tokens, mention.lastToken, following.firstToken) &&
        // «اعتقلت السلطات الباكستانية نواز شريف»: the adjective is the organ's, and the person its object
        // (an office's organ is the office's: «وزير الخارجية الروسي سيرغي لافروف»).
        !(adjectiveOfOrgan(mention, tokens, kindOf) && !titleEndsAt(tokens, mention.firstToken, items.at(-1)?.lastToken ?? 0)))
    ) {
      item.actors = [following.actorId];
      item.lastToken = following.lastToken;
      item.nationals = false;
      m++;
    } else if (item.nationals && kindOf(mention.actorId) === 'country') {
      const nextPerson = following && kindOf(following.actorId) === 'person' ? following.firstToken : undefined;
      foldOfficeHolder(item, tokens, items.at(-1)?.lastToken ?? 0, nextPerson, holderOf);
      if (item.nationals) foldOrgan(item, tokens, items.at(-1)?.lastToken ?? 0);
    } else if (kindOf(mention.actorId) === 'country' && mention.proclitic === '') {
      foldOrganInState(item, tokens, items.at(-1)?.lastToken ?? 0);
    } else if (kindOf(mention.actorId) === 'organization' && mention.proclitic === '') {
      foldOrgan(item, tokens, items.at(-1)?.lastToken ?? 0, true);
    }
    // "Russian forces", "Iran's foreign ministry", "Islamic State fighters": a body acts for its state, owner or group.
    if (item.nationals || kindOf(mention.actorId) === 'organization' || POSSESSIVE.test(tokens[item.lastToken - 1]?.text ?? ''))
      foldOrganAfter(item, tokens, following?.firstToken ?? tokens.length);
    if (QUALIFIED_KEYS.has(tokens[item.lastToken]?.norm ?? '') && !item.office) item.qualifier = true;
    // The office before a person belongs to the person's item: "والتقى [وزير الدفاع الروسي أندري بيلوسوف]".
    if (kindOf(item.actors[0]!) === 'person') {
      const previousEnd = items.at(-1)?.lastToken ?? 0;
      let office: string | undefined;
      for (let start = Math.max(previousEnd, item.firstToken - 5); start < item.firstToken; start++) {
        const title = titleAt(tokens, start);
        // "نظيره" stays outside: the patterns read it (التقى … بنظيره).
        if (!title || title[0] !== item.firstToken || title[1] === SAME_OFFICE) continue;
        // The proclitic is the one the title was read past: «ووزير» has و, «وزير» none (its و is a letter).
        const written = tokens[start]!.norm.slice(0, titleReading(tokens[start]!)?.prefix ?? 0);
        item.firstToken = start;
        office = title[1];
        item.prepositional = isPrepositional(written);
        item.conjoined = isConjoined(written);
        break;
      }
      // So does an honorific: "Herzog slammed [Mr. Netanyahu]".
      const honorific = item.firstToken - 1;
      if (honorific >= previousEnd && HONORIFIC_KEYS.has(tokens[honorific]!.norm)) item.firstToken = honorific;
      if (servesOfficeHolder(tokens[item.firstToken - 1], item.actors[0]!, office, stateOfPerson, holderOf)) continue;
    }
    if (kindOf(item.actors[0]!) === 'organization' && saidInMedium(tokens, item.firstToken, items.at(-1)?.lastToken ?? 0)) item.medium = true;
    items.push(item);
  }
  const taken = new TokenSet(tokens.length);
  for (const item of items) taken.addRange(item.firstToken, item.lastToken);
  for (let t = 0; t < tokens.length; t++) {
    if (taken.has(t)) continue;
    for (const entry of referencesStartingWith(tokens[t]!)) {
      if (!entry.keys.every((k, j) => j === 0 || (tokens[t + j]?.norm === k && !taken.has(t + j)))) continue;
      // «الاتحاد الاجتماعي المسيحي», «التحالف اليمني»: an adjective after the noun makes it another body.
      const after = tokens[t + entry.keys.length];
      if (after && isDefiniteAdjective(after.norm)) continue;
      const person = () => lastPersonBefore(items, t, kindOf) ?? context.resolve('person');
      const state = () => {
        const holder = person()?.[0];
        const of = holder && stateOfPerson(holder);
        return of ? [of] : undefined;
      };
      const actors = entry.refersTo === 'person' ? person() : entry.refersTo === 'state of person' ? state() : context.resolve(entry.refersTo, entry.whenNamed);
      if (!actors) continue;
      const proclitic = tokens[t]!.norm.slice(0, Math.max(0, tokens[t]!.norm.length - entry.keys[0]!.length));
      const item: ActorItem = {
        actors,
        firstToken: t,
        lastToken: t + entry.keys.length,
        prepositional: isPrepositional(proclitic),
        conjoined: isConjoined(proclitic),
        nationals: false,
        place: false,
        ...(entry.whenNamed ? { reference: true } : {}),
      };
      if (proclitic === '' && actors.every((id) => kindOf(id) === 'organization') && !taken.has(t - 1)) foldOrgan(item, tokens, 0, true);
      items.push(item);
      break;
    }
  }
  return items.sort((a, b) => a.firstToken - b.firstToken);
}

/**
 * An office and a nationality adjective with no name after them: the title before the adjective
 * (رئيس الوزراء الإسرائيلي) or after it (the French president). The item becomes the holder when
 * the gazetteer knows who held that office on the date; otherwise it stays the adjective it was.
 */
function foldOfficeHolder(item: ActorItem, tokens: Token[], previousEnd: number, nextPerson: number | undefined, holderOf: OfficeHolderOf): void {
  const state = item.actors[0]!;
  let office: { first: number; last: number; title: string } | undefined;
  for (let start = Math.max(previousEnd, item.firstToken - 4); start < item.firstToken && !office; start++) {
    const title = titleAt(tokens, start);
    if (title && title[0] === item.firstToken && title[1] !== SAME_OFFICE) office = { first: start, last: item.lastToken, title: title[1] };
  }
  const after = office || item.lastToken >= tokens.length ? undefined : titleAt(tokens, item.lastToken);
  if (after && after[1] !== SAME_OFFICE) office = { first: item.firstToken, last: after[0], title: after[1] };
  // A name right after the office is the holder itself ("French President Emmanuel Macron"): its own
  // item, or, when nobody knows the name, not the gazetteer's holder either.
  if (!office || office.last === nextPerson || CAPITALISED.test(tokens[office.last]?.text ?? '')) return;
  // «الرئيس الفرنسي السابق», "the former French president": an office described as past has no holder today.
  const around = [tokens[office.first - 1], tokens[office.last]];
  if (around.some((t) => t && FORMER_KEYS.has(t.norm))) return;
  const holder = holderOf(state, office.title);
  if (!holder) return;
  const proclitic = tokens[office.first]!.readings.find((r) => r.clitic);
  const written = proclitic ? tokens[office.first]!.norm.slice(0, proclitic.prefix) : '';
  Object.assign(item, {
    actors: [holder],
    firstToken: office.first,
    lastToken: office.last,
    nationals: false,
    office: true,
    prepositional: isPrepositional(written) || item.prepositional,
    conjoined: isConjoined(written) || item.conjoined,
  });
}

const ORGAN_KEYS = new Set(everyLanguage((pack) => pack.references.stateOrgans).map(normalizeWord));
const ORGAN_BY_FIELD_KEYS = new Set(everyLanguage((pack) => pack.references.organsByField).map(normalizeWord));
const ORGANS_AFTER_KEYS = everyLanguage((pack) => pack.references.organsAfter)
  .map((phrase) => phrase.split(' ').map(normalizeWord))
  .sort((a, b) => b.length - a.length);
const QUALIFIED_KEYS = new Set(everyLanguage((pack) => pack.references.qualifiedNouns).map(normalizeWord));
const POSSESSIVE = /\p{L}['’]s?$/u;
const POSSESSIVE_ENDING = /['’]s?$/u;

/**
 * "Russian forces", "Iran's foreign ministry", "Mueller's team", "ISIS militants": the body after the
 * adjective, the possessive or the group's name joins the item, which then acts as its state, owner or group.
 */
function foldOrganAfter(item: ActorItem, tokens: Token[], nextItem: number): void {
  // The organ's last word may be a possessive itself: "the Syrian government's claims".
  const wordIs = (token: Token | undefined, word: string, last: boolean) =>
    token !== undefined && (token.norm === word || (last && token.norm.replace(POSSESSIVE_ENDING, '') === word));
  const organ = ORGANS_AFTER_KEYS.find(
    (words) => item.lastToken + words.length <= nextItem && words.every((w, j) => wordIs(tokens[item.lastToken + j], w, j === words.length - 1)),
  );
  if (!organ) return;
  Object.assign(item, { lastToken: item.lastToken + organ.length, nationals: false, people: false });
}

/**
 * "الجيش الإسرائيلي", «قوات التحالف», «مدفعية الجيش الوطني»: the organ noun before a nationality
 * adjective or a body's name joins the item, which then acts.
 */
function foldOrgan(item: ActorItem, tokens: Token[], previousEnd: number, ofBody = false): void {
  const organAt = (at: number, keys: Set<string>) => (at >= Math.max(previousEnd, 0) ? tokens[at]!.readings.find((r) => keys.has(r.key)) : undefined);
  let organ = item.firstToken - 1;
  // «وزارة الخارجية الروسية», «قوات الجيش السوري», «وزارة الدفاع السعودية»: an organ of two words.
  if (organAt(organ, ORGAN_KEYS) ? organAt(organ - 1, ORGAN_KEYS) : organAt(organ - 1, ORGAN_BY_FIELD_KEYS)) organ--;
  const reading = organAt(organ, ORGAN_KEYS);
  if (!reading) return;
  const token = tokens[organ]!;
  const written = token.norm.slice(0, reading.prefix);
  // «غارات لطيران التحالف»: strikes by the coalition, whose name the reader takes as the one acting.
  if (ofBody && isPrepositional(written)) return;
  Object.assign(item, { firstToken: organ, nationals: false, prepositional: isPrepositional(written), conjoined: isConjoined(written) });
}

/** How many words an organ's name may have before في: «وزارة الدفاع في كوريا الجنوبية». */
const ORGAN_NAME_WORDS = 3;

/**
 * "وزارة الدفاع في كوريا الجنوبية", «السلطات في إيران»: an organ, في, then its state. The organ
 * joins the state's item, which then acts, rather than the state being read as a place after في.
 */
function foldOrganInState(item: ActorItem, tokens: Token[], previousEnd: number): void {
  const preposition = item.firstToken - 1;
  if (preposition <= previousEnd || !LOCATIVE_KEYS.has(tokens[preposition]!.norm)) return;
  for (let organ = preposition - 1; organ >= Math.max(previousEnd, preposition - ORGAN_NAME_WORDS); organ--) {
    const reading = tokens[organ]!.readings.find((r) => ORGAN_KEYS.has(r.key));
    if (!reading) continue;
    const written = tokens[organ]!.norm.slice(0, reading.prefix);
    Object.assign(item, { firstToken: organ, prepositional: isPrepositional(written), conjoined: isConjoined(written), place: false });
    return;
  }
}

/** The person of the sentence's items named last before token `t`, as a reference's reading. */
function lastPersonBefore(items: ActorItem[], t: number, kindOf: (id: string) => ActorKind | undefined): string[] | undefined {
  let found: string[] | undefined;
  for (const item of items) if (item.lastToken <= t && item.actors.length === 1 && kindOf(item.actors[0]!) === 'person') found = item.actors;
  return found;
}

const CAPITALISED = /^\p{Lu}/u;

/** Longest first: "son in law" before "son". */
const ROLE_PHRASES = [...everyLanguage((pack) => pack.names.notTheHolder), ...everyLanguage((pack) => pack.names.roles)]
  .map((phrase) => phrase.split(' ').map(normalizeWord))
  .sort((a, b) => b.length - a.length);
/** Parts of a person's name the gazetteer's alias may leave out before it ("Javad" of "Javad Zarif"). */
const NAME_PARTS_BEFORE_MENTION = 2;

/**
 * Whether tokens `from` to `to` name a role: an office title or a role ("adviser", "campaign
 * chairman"), then perhaps the first parts of the person's name; or, when they name nothing, whether
 * the mention at `to` begins with a title.
 */
function roleBetween(tokens: Token[], from: number, to: number): boolean {
  // A comma parts them ("Obama, Secretary of State John Kerry"): a list or an apposition, not a role.
  for (let t = from; t <= to && t < tokens.length; t++) if (t > 0 && tokens[t]!.start - tokens[t - 1]!.end > 1) return false;
  if (to === from) return titleAt(tokens, from) !== undefined;
  if (to < from) return false;
  const role = ROLE_PHRASES.find((words) => words.every((w, j) => tokens[from + j]?.norm === w));
  const end = titleAt(tokens, from)?.[0] ?? (role ? from + role.length : undefined);
  // "Foreign Minister Javad Zarif" where the gazetteer knows "Zarif": the given name is the person's too.
  return end !== undefined && end <= to && to - end <= NAME_PARTS_BEFORE_MENTION && tokens.slice(end, to).every((t) => CAPITALISED.test(t.text));
}

/** Whether an office title ends just before token `end` (and starts after `previousEnd`). */
function titleEndsAt(tokens: Token[], end: number, previousEnd: number): boolean {
  for (let start = Math.max(previousEnd, end - 4); start < end; start++) {
    const title = titleAt(tokens, start);
    if (title && title[0] === end && title[1] !== SAME_OFFICE) return true;
  }
  return false;
}

/**
 * A nisba with a dual or plural ending and no article (بريطانيان، فلسطينيين، إيرانيون) names people of
 * the state, not the state: "بريطانيان يقاتلان ضد داعش" are two Britons, not the United Kingdom. The
 * attributive forms (الجيش الإسرائيلي، قوات أمريكية) keep standing for their state.
 */
/**
 * «الحكومة السورية», «الخارجية السعودية»: a state's name written like its adjective (سورية with the
 * article, السعودية) right after an organ is the adjective, the organ's owner.
 */
function adjectiveOfOrgan(mention: Mention, tokens: Token[], kindOf: (id: string) => ActorKind | undefined): boolean {
  const organ = tokens[mention.firstToken - 1];
  return (
    mention.lastToken === mention.firstToken + 1 &&
    kindOf(mention.actorId) === 'country' &&
    isDefiniteAdjective(tokens[mention.firstToken]!.norm) &&
    organ !== undefined &&
    organ.readings.some((r) => ORGAN_KEYS.has(r.key))
  );
}

function isPeopleNoun(mention: Mention): boolean {
  return mention.resolution === 'adjective' && isPeopleNounShaped(mention.text);
}

const NUMBER = /^[\d\u0660-\u0669][\d\u0660-\u0669.,]*$/;
const HONORIFIC_KEYS = new Set(everyLanguage((pack) => pack.names.honorifics).map(normalizeWord));
const SERVING_KEYS = new Set(everyLanguage((pack) => pack.words.servingNouns).map(normalizeWord));

const MEDIUM_KEYS = new Set(everyLanguage((pack) => pack.words.mediumWords).map(normalizeWord));
/** How many words may stand between a word of speech in a medium and the medium («مقابلة مع "BBC"», «عبر موقع تويتر»); punctuation is not counted. */
const MEDIUM_REACH = 2;
const PUNCTUATION = /^\p{P}+$/u;

/** Whether a word of speech in a medium stands just before token `first`, after the item ending at `previousEnd` (FunctionWords.mediumWords). */
function saidInMedium(tokens: Token[], first: number, previousEnd: number): boolean {
  for (let t = first - 1, words = 0; t >= previousEnd && words < MEDIUM_REACH; t--) {
    const token = tokens[t]!;
    if (PUNCTUATION.test(token.text)) continue;
    if (MEDIUM_KEYS.has(token.norm) || token.readings.some((r) => MEDIUM_KEYS.has(r.key))) return true;
    words++;
  }
  return false;
}

/**
 * Whether `before` is a noun of someone serving `person` (FunctionWords.servingNouns), who holds the office
 * written before the name (or, with none written, some office): the person is then whom they serve.
 */
function servesOfficeHolder(
  before: Token | undefined,
  person: string,
  office: string | undefined,
  stateOfPerson: (person: string) => string | undefined,
  holderOf: OfficeHolderOf,
): boolean {
  if (!before || !(SERVING_KEYS.has(before.norm) || before.readings.some((r) => r.clitic && SERVING_KEYS.has(r.key)))) return false;
  const state = stateOfPerson(person);
  return state !== undefined && (office === undefined || holderOf(state, office) === person);
}

/** What may stand between an office's adjective and its holder's name: «الفرنسي السابق فرانسوا هولاند». */
const EPITHET_KEYS = [HONORIFIC_KEYS, FORMER_KEYS, PRESENT_KEYS];

function onlyEpithetsBetween(tokens: Token[], from: number, to: number): boolean {
  if (to - from > 2) return false;
  for (let t = from; t < to; t++) if (!EPITHET_KEYS.some((keys) => keys.has(tokens[t]!.norm))) return false;
  return true;
}

/**
 * A nisba in its bare form, without the article or an ending (تركي، هندي), is usually a given name
 * or qualifies a noun the pattern cannot see; it names an actor for the map, but fills no slot.
 */
function qualifiesBody(mention: Mention, previous: Mention | undefined, kindOf: (id: string) => ActorKind | undefined): boolean {
  return (
    mention.resolution === 'adjective' &&
    mention.proclitic === '' &&
    previous !== undefined &&
    previous.lastToken === mention.firstToken &&
    kindOf(previous.actorId) === 'organization' &&
    isDefinite(mention.text)
  );
}

function isBareAdjective(mention: Mention): boolean {
  return mention.resolution === 'adjective' && isBareAdjectiveShaped(mention.text);
}
