/**
 * People the gazetteer does not know become actors when the text introduces them with an office:
 * "وزير الخارجية جان نويل بارو", "الرئيس الأميركي جو بايدن", "the French foreign minister, Jean-Noël Barrot".
 * The office's state is the one the adjective names, or failing that the state the article last named.
 */
import { personBySkeleton, type Gazetteer, type KnownActor } from '../knowledge/gazetteer.ts';
import { everyLanguage, everyLanguageTable, languagePack, packOfScript, type LanguageCode } from '../lang/index.ts';
import { SAME_OFFICE, type NameShape, type WordReading } from './language.ts';
import type { Mention } from './mentions.ts';
import { nameKeys, normalizeWord, TokenSet, type Token } from './normalize.ts';
import { isWrittenTrigger } from './relations.ts';

/**
 * A person the gazetteer does not know, introduced by an office: the actor made for them and their
 * mentions. The office's `of` is null when its state is unknown or the person is not its present holder.
 */
export interface IntroducedPerson {
  actor: KnownActor;
  mentions: Mention[];
  /** The office as the text states it, with the span that states it; none for a name written without one. */
  office?: { title: string; of: string | null; start: number; end: number };
}

/** A node of the office-title trie: children by matching key, and the English `title` (or SAME_OFFICE, for "counterpart") where a title phrase ends. */
export interface TitleNode {
  children: Map<string, TitleNode>;
  title?: string;
}

const TITLE_TRIE: TitleNode = { children: new Map() };
for (const [phrase, title] of Object.entries(everyLanguageTable((pack) => pack.names.titles))) {
  let node = TITLE_TRIE;
  for (const key of nameKeys(phrase)) {
    let child = node.children.get(key);
    if (!child) node.children.set(key, (child = { children: new Map() }));
    node = child;
  }
  node.title = title;
}
const STOPS = new Set(everyLanguage((pack) => pack.names.stops).map(normalizeWord));
const LINKS = new Set(everyLanguage((pack) => pack.names.links).map(normalizeWord));
/** Words that say an office is past («السابق», "former") or present («الحالي»), as keys. */
export const FORMER_KEYS = new Set(everyLanguage((pack) => pack.names.officeDescriptors.former).map(normalizeWord));
export const PRESENT_KEYS = new Set(everyLanguage((pack) => pack.names.officeDescriptors.present).map(normalizeWord));
const NOT_THE_HOLDER_KEYS = new Set(everyLanguage((pack) => pack.names.notTheHolder).map(normalizeWord));
const OWNER_AFTER_TITLE_KEYS = new Set(everyLanguage((pack) => pack.names.shape.ownerAfterTitle).map(normalizeWord));
const CAPITAL = /^\p{Lu}/u;
/** The words names begin with, in the languages that list them (NameShape.nameStarts), as keys. */
const NAME_STARTS = new Set(everyLanguage((pack) => pack.names.shape.nameStarts ?? []).map(normalizeWord));
const MIN_NAME_WORDS = 2;
const MAX_NAME_WORDS = 4;
// A comma, colon, quote, bracket or slash between two words ends a name ("Kevin Lamarque/Pool Photo").
const NAME_BREAK = /[،,.:;"«»()[\]/؟?!\n]/;

/** The longest office title starting at token `start`, as [end token, English title]. */
export function titleAt(tokens: Token[], start: number): [number, string] | undefined {
  let node = firstTitleWord(tokens[start]!);
  let found: [number, string] | undefined;
  for (let i = start + 1; node; i++) {
    if (node.title) found = [i, node.title];
    const token = tokens[i];
    node = token && node.children.get(token.norm);
  }
  return found;
}

/** The title trie node for a first word, allowing its proclitics (ووزير، والرئيس); asked once per distinct word. */
function firstTitleWord(token: Token): TitleNode | undefined {
  const facts = token.facts;
  if (facts.title === undefined) facts.title = titleNodeOf(facts.readings) ?? null;
  return facts.title ?? undefined;
}

function titleNodeOf(readings: WordReading[]): TitleNode | undefined {
  const reading = firstTitleReading(readings);
  return reading && TITLE_TRIE.children.get(reading.key);
}

/** The reading by which a word starts a title, its proclitics read off (ووزير → وزير). */
export function titleReading(token: Token): WordReading | undefined {
  return firstTitleReading(token.facts.readings);
}

function firstTitleReading(readings: WordReading[]): WordReading | undefined {
  return readings.find((reading) => TITLE_TRIE.children.has(reading.key));
}

/**
 * The people the text introduces with an office ("وزير الخارجية جان نويل بارو") whom the gazetteer does
 * not know, each with every mention of their full name. `mentions` are the gazetteer's, in text order.
 */
export function findIntroducedPeople(text: string, tokens: Token[], mentions: Mention[], gazetteer: Gazetteer, lang: LanguageCode, date: string | null = null): IntroducedPerson[] {
  const shape = languagePack(lang).names.shape;
  const mentionAt = new Map(mentions.map((m) => [m.firstToken, m]));
  const mentionEndingAt = new Map(mentions.map((m) => [m.lastToken, m]));
  const inMention = new TokenSet(tokens.length);
  for (const m of mentions) inMention.addRange(m.firstToken, m.lastToken);
  const people = new Map<string, IntroducedPerson>();
  let lastOffice: string | undefined;
  for (let i = 0; i < tokens.length; i++) {
    if (inMention.has(i)) continue;
    const title = titleAt(tokens, i);
    if (!title) continue;
    let [next, office] = title;
    if (office === SAME_OFFICE) {
      if (!lastOffice) continue;
      office = lastOffice;
    }
    lastOffice = office;
    // Whose office: a state named right after the title (وزير الخارجية الروسي), or in English right
    // before it ("Russian Foreign Minister", "Russia's president").
    let state: string | null = null;
    const before = shape.ownerBeforeOffice ? mentionEndingAt.get(i) : undefined;
    if (before && !isPerson(gazetteer, before.actorId)) state = stateOf(gazetteer, before.actorId);
    const qualifier = mentionAt.get(next);
    if (qualifier && !isPerson(gazetteer, qualifier.actorId)) {
      state = stateOf(gazetteer, qualifier.actorId);
      next = qualifier.lastToken;
    } else if (OWNER_AFTER_TITLE_KEYS.has(tokens[next - 1]!.norm)) {
      continue; // a spokesperson of whom: an organisation we know, not a name
    }
    // "الرئيس المصري المعزول محمد مرسي", "former President X": the office is described, not held now.
    let former = shape.descriptorBeforeOffice && i > 0 && FORMER_KEYS.has(tokens[i - 1]!.norm);
    // "the wife of the prime minister, Sara …", "the deputy chancellor …": named, but not the holder.
    const notTheHolder = i > 0 && tokens[i - 1]!.readings.some((r) => NOT_THE_HOLDER_KEYS.has(r.key));
    while (next < tokens.length && !mentionAt.has(next) && (FORMER_KEYS.has(tokens[next]!.norm) || PRESENT_KEYS.has(tokens[next]!.norm))) {
      former ||= FORMER_KEYS.has(tokens[next]!.norm);
      next++;
    }
    if (mentionAt.has(next)) continue; // a person the gazetteer knows, or no name at all
    let nameEnd = nameSpan(text, tokens, next, inMention, shape);
    if (nameEnd - next < MIN_NAME_WORDS) continue;
    const first = tokens[next]!;
    // «رئيس الوزراء وسيرغي لافروف»: the conjunction is no part of the name, and joins someone else than the office's holder.
    const conjunction = shape.nameStarts && !NAME_STARTS.has(first.norm) && startsNames(first, shape) ? first.text.slice(0, 1) : '';
    const nameStart = first.start + conjunction.length;
    // A person the knowledge base knows under another spelling or script is that person, whose
    // offices come from the knowledge base, not from the title read here.
    const found = knownPersonIn(text, tokens, next, nameStart, nameEnd, { gazetteer, shape, state, date });
    const known = found?.[0];
    if (found) nameEnd = found[1];
    // Otherwise, where names have no capitals, the words are a name only if the first begins names.
    else if (shape.nameStarts && !startsNames(first, shape)) continue;
    const last = tokens[nameEnd - 1]!;
    const nameEndOffset = endWithoutPossessive(last, shape);
    const name = text.slice(nameStart, nameEndOffset);
    const id = known ?? personId(name);
    if (!known && gazetteer.actors.has(id)) continue;
    // Otherwise a state named shortly before, in the same stretch of text; never one named paragraphs
    // earlier ("President Barack Obama" is not Russia's because Russia came up before).
    state ??= lastStateBefore(gazetteer, mentions, tokens[i]!.start);
    let person = people.get(id);
    if (!person) {
      const name_en = shape.transliterate?.(name) ?? name;
      person = {
        actor: known ? gazetteer.actors.get(known)! : { id, kind: 'person', name_en, name_ar: shape.transliterate ? name : name_en },
        mentions: [],
        office: { title: office, of: known || former || notTheHolder || conjunction ? null : state, start: tokens[i]!.start, end: last.end },
      };
      people.set(id, person);
    }
    person.mentions.push({ actorId: id, text: name, start: nameStart, end: nameEndOffset, resolution: 'introduced', proclitic: conjunction, firstToken: next, lastToken: nameEnd });
    inMention.addRange(next, nameEnd);
  }
  if (shape.isGivenName) introduceNamedPeople(text, tokens, inMention, gazetteer, date, people, shape, shape.isGivenName);
  // Later mentions of the same full name, without the title, as it was written here.
  for (const person of people.values()) {
    const keys = nameKeys(person.mentions[0]!.text);
    for (let i = 0; i + keys.length <= tokens.length; i++) {
      if (inMention.has(i) || !readsAs(tokens, i, keys)) continue;
      const first = tokens[i]!;
      const last = tokens[i + keys.length - 1]!;
      person.mentions.push({
        actorId: person.actor.id,
        text: text.slice(first.start, last.end),
        start: first.start,
        end: last.end,
        resolution: 'introduced',
        proclitic: '',
        firstToken: i,
        lastToken: i + keys.length,
      });
      inMention.addRange(i, i + keys.length);
    }
    person.mentions.sort((a, b) => a.start - b.start);
  }
  return [...people.values()];
}

/**
 * A language that writes names with capitals needs no title before them ("Police arrested Daniel
 * Okafor"): a given name, then one to three capitalised words that end where the name clearly ends,
 * is a person. A capitalised word before the given name makes it part of something else ("Lake
 * Charles", "Fort William"), unless it is a title.
 */
function introduceNamedPeople(
  text: string,
  tokens: Token[],
  inMention: TokenSet,
  gazetteer: Gazetteer,
  date: string | null,
  people: Map<string, IntroducedPerson>,
  shape: NameShape,
  isGivenName: (word: string) => boolean,
): void {
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i]!;
    if (inMention.has(i) || !/^\p{Lu}\p{Ll}/u.test(first.text) || !isGivenName(first.text)) continue;
    const before = tokens[i - 1];
    if (before && CAPITAL.test(before.text) && !titleAt(tokens, i - 1) && /^\s+$/.test(text.slice(before.end, first.start)) && !isSentenceStart(text, tokens, i - 1)) continue;
    const nameEnd = nameSpan(text, tokens, i, inMention, shape);
    if (nameEnd - i < MIN_NAME_WORDS) continue;
    const last = tokens[nameEnd - 1]!;
    // "Leon E. Panetta" cut at the initial, "Recep Tayyip" before a known "Erdoğan": parts of a longer name.
    if (last.text.length < 2) continue;
    const next = tokens[nameEnd];
    if (next && inMention.has(nameEnd) && /^\s+$/.test(text.slice(last.end, next.start))) continue;
    const nameEndOffset = endWithoutPossessive(last, shape);
    const name = text.slice(first.start, nameEndOffset);
    const known = personBySkeleton(gazetteer, name, null, date) ?? knownWithoutInitials(gazetteer, name);
    const id = known ?? personId(name);
    if (!known && gazetteer.actors.has(id)) continue;
    let person = people.get(id);
    if (!person) {
      person = { actor: known ? gazetteer.actors.get(known)! : { id, kind: 'person', name_en: name, name_ar: name }, mentions: [] };
      people.set(id, person);
    }
    person.mentions.push({ actorId: id, text: name, start: first.start, end: nameEndOffset, resolution: 'introduced', proclitic: '', firstToken: i, lastToken: nameEnd });
    inMention.addRange(i, nameEnd);
    i = nameEnd - 1;
  }
}

/** Whether token `t` begins its sentence: the text before it ends one, or there is none. */
function isSentenceStart(text: string, tokens: Token[], t: number): boolean {
  const previous = tokens[t - 1];
  return !previous || /[.!?:"“”]\s*$/.test(text.slice(previous.start, tokens[t]!.start));
}

/**
 * Whether the words from token `start` on read as `keys`, through any of their readings. Plain loops
 * rather than every/some with closures made per token: this runs over every token, once per person.
 */
function readsAs(tokens: Token[], start: number, keys: string[]): boolean {
  for (let j = 0; j < keys.length; j++) {
    if (!hasReading(tokens[start + j]!, keys[j]!)) return false;
  }
  return true;
}

/**
 * Whether a reading of the word is `key`. A name's words are sought at every token, each word of the
 * article asked the same key in turn: the answer kept on the word's facts spares reading its readings
 * (objects scattered in memory) at each of its occurrences.
 */
function hasReading(token: Token, key: string): boolean {
  const facts = token.facts;
  if (facts.readingAsked !== key) {
    facts.readingAsked = key;
    facts.hasReadingAsked = facts.readings.some((r) => r.key === key);
  }
  return facts.hasReadingAsked;
}

/** Where a name's last word ends in the text, without a possessive ending ("President Barack Obama's plan"). */
function endWithoutPossessive(last: Token, shape: NameShape): number {
  return last.end - (shape.possessive?.exec(last.text)?.[0].length ?? 0);
}

/**
 * The end of the name that starts at `start`, or `start` when there is none. It must end where
 * something else clearly begins (punctuation, a function word, a known actor or an office), so that
 * "وزير الدفاع أفيغدور ليبرمان القناة" yields no name rather than a wrong one (NameShape says how a
 * language without capitals tells a name's words).
 */
function nameSpan(text: string, tokens: Token[], start: number, taken: TokenSet, shape: NameShape): number {
  let end = start;
  let best = start;
  while (end < tokens.length && end - start < MAX_NAME_WORDS) {
    const token = tokens[end]!;
    if (taken.has(end) || isStop(token) || /\d/.test(token.text) || (end > start && titleAt(tokens, end))) break;
    if (end > start && breaksName(text, tokens[end - 1]!, token)) break;
    if (shape.capitalised) {
      if (!CAPITAL.test(token.text) && !LINKS.has(token.norm)) break;
    } else {
      if (shape.wordStart && !shape.wordStart.test(token.text)) break;
      const article = shape.article?.test(token.norm) === true && !LINKS.has(token.norm) && !NAME_STARTS.has(token.norm);
      // The article marks a description (السابق، القناة), except on a family name (الحريري); إليزابيث
      // folds to look as if it had one.
      if (article && (end === start || !(shape.familyEnding !== undefined && token.norm.endsWith(shape.familyEnding)))) break;
      if (end === start && shape.conjunction?.test(token.norm) && STOPS.has(token.norm.slice(1))) break;
      // A word that is no part of a name, nor a word that says what happens; only after a name's
      // first word, so that a name that is also a word (دان كوتس) may still begin one.
      if (end > start && (isNotANameWord(token, shape) || (shape.triggerEndsName && isWrittenTrigger(token)))) break;
    }
    end++;
    if (end - start >= MIN_NAME_WORDS && !LINKS.has(tokens[end - 1]!.norm) && endsAtBoundary(text, tokens, end, taken, shape)) best = end;
    if (shape.article?.test(tokens[end - 1]!.norm) && !NAME_STARTS.has(tokens[end - 1]!.norm)) break;
  }
  return best;
}

/**
 * The known person the words from token `start` (text offset `nameStart`) up to token `end` name, with
 * the token their name ends at. Two words or more after a known name are the sentence going on
 * («نيكولا ساركوزي ساهم بحصول»), as is one with the article («جافين وليامسون الاثنين») or one after a
 * family name («فلاديمير بوتن مرسوما»); another single word may be the rest of someone else's name
 * («محمد باقر نوبخت» is not محمد باقر: باقر begins names, so a family name may follow it).
 */
function knownPersonIn(
  text: string,
  tokens: Token[],
  start: number,
  nameStart: number,
  end: number,
  { gazetteer, shape, state, date }: { gazetteer: Gazetteer; shape: NameShape; state: string | null; date: string | null },
): [string, number] | undefined {
  const lastHasTheArticle = shape.article?.test(tokens[end - 1]!.norm) === true;
  const afterFamilyName = shape.nameStarts !== undefined && end - 1 - start >= MIN_NAME_WORDS && !NAME_STARTS.has(tokens[end - 2]!.norm);
  for (let stop = end; stop - start >= MIN_NAME_WORDS; stop -= stop === end && !lastHasTheArticle && !afterFamilyName ? 2 : 1) {
    const words = text.slice(nameStart, endWithoutPossessive(tokens[stop - 1]!, shape));
    const known = personBySkeleton(gazetteer, words, state, date) ?? knownWithoutInitials(gazetteer, words);
    if (known) return [known, stop];
  }
  return undefined;
}

/** The known person a name with middle initials is without them: "Leon E. Panetta" is Leon Panetta. */
function knownWithoutInitials(gazetteer: Gazetteer, name: string): string | undefined {
  const bare = name.replace(MIDDLE_INITIALS, ' ');
  if (bare === name) return undefined;
  const id = personId(bare);
  return gazetteer.actors.get(id)?.kind === 'person' && !gazetteer.actors.has(personId(name)) ? id : undefined;
}
const MIDDLE_INITIALS = /\s(?:\p{Lu}\.)+\s/gu;

/** Whether what is written between two words ends a name: punctuation, but not the full stop of a middle initial ("George W. Bush"). */
function breaksName(text: string, previous: Token, next: Token): boolean {
  const between = text.slice(previous.end, next.start);
  if (INITIAL.test(previous.text) && /^\.\s+$/.test(between)) return false;
  return NAME_BREAK.test(between);
}
const INITIAL = /^\p{Lu}$/u;

function isStop(token: Token): boolean {
  return STOPS.has(token.norm) || token.readings.some((r) => r.clitic && STOPS.has(r.key));
}

function endsAtBoundary(text: string, tokens: Token[], end: number, taken: TokenSet, shape: NameShape): boolean {
  const next = tokens[end];
  if (!next) return true;
  // Written with capitals, a name ends before a word in lower case.
  if (shape.capitalised && !CAPITAL.test(next.text)) return true;
  if (breaksName(text, tokens[end - 1]!, next)) return true;
  return taken.has(end) || isStop(next) || titleAt(tokens, end) !== undefined || isNotANameWord(next, shape) || (shape.triggerEndsName && isWrittenTrigger(next));
}

/**
 * Whether a word begins names (NameShape.nameStarts), itself or after a conjunction («وفيليب»); not a
 * short one after a conjunction («ولي» is a guardian, not «و» and لي).
 */
function startsNames(token: Token, shape: NameShape): boolean {
  const norm = token.norm;
  return NAME_STARTS.has(norm) || (norm.length > 3 && shape.conjunction?.test(norm) === true && NAME_STARTS.has(norm.slice(1)));
}

/**
 * Whether a word is no part of a name (NameShape.notANameWord), unless it begins names itself: also
 * a name with a proclitic on it, which is someone else («هاري وميغان», «وليام لعباس»).
 */
function isNotANameWord(token: Token, shape: NameShape): boolean {
  if (NAME_STARTS.has(token.norm)) return false;
  return shape.notANameWord?.test(token.text) === true || token.readings.some((r) => r.clitic && NAME_STARTS.has(r.key));
}

function isPerson(gazetteer: Gazetteer, id: string): boolean {
  return gazetteer.actors.get(id)?.kind === 'person';
}

/** The state an actor stands for: itself, or the state an organ is part of. */
function stateOf(gazetteer: Gazetteer, id: string): string | null {
  const actor = gazetteer.actors.get(id);
  if (!actor) return null;
  if (actor.kind === 'country') return actor.id;
  return actor.partOf && gazetteer.actors.get(actor.partOf)?.kind === 'country' ? actor.partOf : actor.kind === 'organization' ? actor.id : null;
}

/** How far before a title a state may be named and still be the one whose office it is, in characters. */
const OFFICE_STATE_REACH = 40;

function lastStateBefore(gazetteer: Gazetteer, mentions: Mention[], offset: number): string | null {
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (m.end <= offset - OFFICE_STATE_REACH) return null;
    if (m.start < offset && gazetteer.actors.get(m.actorId)?.kind === 'country') return m.actorId;
  }
  return null;
}

/** Kebab-case ids, as the ontology's convention for persons. */
export function personId(name: string): string {
  const latin = packOfScript(name)?.names.shape.transliterate?.(name) ?? name;
  return latin
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
