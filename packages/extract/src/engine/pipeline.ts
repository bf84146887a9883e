/** Article → actors and relations, each with its evidence. The one entry point of the engine. */
import { EVENT_RELATIONS, type ActorKind, type DatePrecision, type Mode, type RelationSpec, type Resolution, type RelationType } from '@entente/ontology';
import type { Article } from '../article.ts';
import { everyLanguage, languagePack } from '../lang/index.ts';
import { OFFICES_KNOWN_SINCE } from '../knowledge/people.ts';
import { resolveDate } from './dates.ts';
import { defaultGazetteer, leadersByFamilyName, officeHolder, officesOn, type Gazetteer, type KnownActor } from '../knowledge/gazetteer.ts';
import { findIntroducedPeople } from './introduce.ts';
import { findMentions, type Mention } from './mentions.ts';
import { normalizeWord, tokenize, type Token } from './normalize.ts';
import { actorItems, DiscourseContext } from './references.ts';
import { matchRelations, type ActorItem, type RelationMatch, type TextSpan } from './relations.ts';
import { splitSentences } from './sentences.ts';
import { withShortNames } from './short-names.ts';

/** An actor the article names, with every place it is named (spans in the original text). */
export interface ExtractedActor {
  id: string;
  kind: ActorKind;
  name_en: string;
  name_ar: string;
  iso2?: string;
  mentions: { text: string; start: number; end: number; resolution: Resolution }[];
}

/** One relation read from the article: an event with its evidence, or a structural fact. */
export interface ExtractedRelation {
  type: RelationType;
  source: string;
  target: string | null;
  mode: Mode;
  date: string | null;
  date_precision: DatePrecision;
  /** Index of the sentence in the text; TITLE_SENTENCE when read from the title, -1 for gazetteer facts. */
  sentence: number;
  start: number;
  end: number;
  evidence: string;
  confidence: number;
  /** What read it: a relation rule's id, or `text.office` / `gazetteer` for structural facts. */
  rule: string;
  /** Office title, for HOLDS_OFFICE. */
  title?: string;
  /** The actor the sentence attributes the relation to ("قال وزير الخارجية الفرنسي إن …"), if not its source. */
  attribution?: string;
  /** Where in `evidence` the rule read its trigger words and the two actors; absent for facts no rule read. */
  marks?: EvidenceMarks;
}

/**
 * UTF-16 spans [start, end) in a relation's `evidence` string: the words of the rule's pattern (the
 * trigger), and the words that named the source and the target, when the sentence names them (a
 * source may be the person the article is about, a target the accuser a denial answers).
 */
export interface EvidenceMarks {
  trigger: [number, number][];
  source?: [number, number];
  target?: [number, number];
}

/** What the extractor finds in one article. */
export interface ExtractedArticle {
  actors: ExtractedActor[];
  relations: ExtractedRelation[];
}

/**
 * A dateline: a place («بيروت», "Dubai, United Arab Emirates") and the outlet in brackets, then a
 * dash, or a comma-separated place and the outlet with or without one.
 */
const DATELINE = /^\s*(?:[^\n.()،,]{2,30}[،,][^\n.()]{2,40}\([^()\n]{1,25}\)\s*(?:-{1,2}|–|—|:)?|[^\n.()،,]{2,25}\([^()\n]{1,25}\)\s*(?:-{1,2}|–|—|:))/u;

/**
 * Reads one article: its actors (gazetteer names, people introduced by an office, offices named
 * without their holder) and the relations its sentences state, each with its rule, mode, date and
 * evidence. Deterministic: the same article and gazetteer give the same result.
 *
 * @param gazetteer the actors to recognise; the built-in knowledge base by default.
 * @example
 * const { actors, relations } = extractArticle({ id: 'a1', file: 'a1.md', title: '', lang: 'ar',
 *   date: '2018-06-01', source: null, url: null, category: null, text: 'فرضت الولايات المتحدة عقوبات على إيران.' });
 * // relations[0]: { type: 'SANCTIONS', source: 'US', target: 'IR', mode: 'asserted', rule: 'ar.sanctions.1', … }
 */
export function extractArticle(article: Article, gazetteer: Gazetteer = defaultGazetteer()): ExtractedArticle {
  const tokens = tokenize(article.text);
  const known = findMentions(article.text, tokens, gazetteer).filter((mention) => !namedBeforeTheirTime(mention, gazetteer, article.date));
  const introduced = findIntroducedPeople(article.text, tokens, known, gazetteer, article.lang, article.date);
  const local = new Map(introduced.map((p) => [p.actor.id, p.actor]));
  const actorInfo = (id: string) => local.get(id) ?? gazetteer.actors.get(id);
  // findMentions gives its mentions in text order; most articles introduce no one to merge with them.
  const named = introduced.length === 0 ? known : [...known, ...introduced.flatMap((p) => p.mentions)].sort((a, b) => a.start - b.start);
  const mentions = withShortNames(
    article.text,
    tokens,
    named,
    actorInfo,
    languagePack(article.lang).names.shape.leadersByFamilyName ? leadersByFamilyName(gazetteer, article.date) : undefined,
  );
  const actors = new Map<string, ExtractedActor>();
  for (const mention of mentions) {
    const actor = addActor(actors, actorInfo(mention.actorId)!);
    actor.mentions.push({ text: mention.text, start: mention.start, end: mention.end, resolution: mention.resolution });
  }

  const relations: ExtractedRelation[] = [];
  const seen = new Set<string>();
  const kindOf = (id: string) => actorInfo(id)?.kind;
  const context = new DiscourseContext(kindOf, new Set(mentions.map((m) => m.actorId)));
  const sentences = splitSentences(article.text);
  // «أتلانتا، الولايات المتحدة الأمريكية (CNN)--»: where and by whom the article was filed, no actor of what it says.
  const dateline = DATELINE.exec(article.text)?.[0].length ?? 0;
  let firstToken = 0;
  let firstMention = 0;
  for (const sentence of sentences) {
    // Sentences, tokens and mentions are all in text order: one forward walk slices them.
    while (firstToken < tokens.length && tokens[firstToken]!.start < sentence.start) firstToken++;
    let endToken = firstToken;
    while (endToken < tokens.length && tokens[endToken]!.end <= sentence.end) endToken++;
    if (endToken === firstToken) continue;
    const sentenceTokens = tokens.slice(firstToken, endToken);
    while (firstMention < mentions.length && mentions[firstMention]!.start < sentence.start) firstMention++;
    const sentenceMentions: Mention[] = [];
    for (let m = firstMention; m < mentions.length && mentions[m]!.end <= sentence.end; m++) {
      const mention = mentions[m]!;
      if (mention.end <= dateline) continue;
      sentenceMentions.push({ ...mention, firstToken: mention.firstToken - firstToken, lastToken: mention.lastToken - firstToken });
    }
    const items = actorItems(
      sentenceTokens,
      sentenceMentions,
      kindOf,
      context,
      (state, title) => officeHolder(gazetteer, state, title, article.date),
      (person) => stateOf(gazetteer, person, article.date),
    );
    for (let t = 1; t < sentenceTokens.length; t++) {
      sentenceTokens[t]!.commaBefore = listCommaBetween(article.text, sentenceTokens[t - 1]!.end, sentenceTokens[t]!.start);
    }
    // "the United States, Britain and France": a comma before an actor may list it with the one before.
    for (const item of items) if (item.firstToken > 0) item.listed = sentenceTokens[item.firstToken]!.commaBefore;
    const topic = context.topic;
    context.noteNamed(sentenceMentions.map((m) => m.actorId));
    for (const item of items) {
      if (!item.office && !item.reference) continue;
      const start = sentenceTokens[item.firstToken]!.start;
      const end = sentenceTokens[item.lastToken - 1]!.end;
      const resolution = item.office ? 'office' : 'reference';
      for (const id of item.actors) addActor(actors, actorInfo(id)!).mentions.push({ text: article.text.slice(start, end), start, end, resolution });
      // An office read as its holder names that person for what follows.
      if (item.office) context.noteNamed(item.actors);
    }
    if (items.length === 0) continue;
    for (const group of coordinatedGroups(items)) context.noteTogether(group);
    const read: RelationMatch[] = [];
    for (const match of matchRelations(article.lang, sentenceTokens, items, topic, kindOf)) {
      if (read.some((r) => weakerReading(match, r))) continue;
      context.noteTogether([...match.sources, ...match.targets]);
      const when = resolveDate(sentenceTokens, article.date, match.future);
      for (const [found, foundTarget] of argumentPairs(match)) {
        if (match.sourceKinds && !match.sourceKinds.includes(kindOf(found) ?? '')) continue;
        // People meet people: "نظيره الفرنسي" is whoever holds the speaker's office in France.
        let target = match.counterpart && foundTarget && kindOf(foundTarget) === 'country' ? counterpart(gazetteer, found, foundTarget, article.date) : foundTarget;
        // A rule that names the target's kinds needs a target: an unknown counterpart is no one met.
        if (match.targetKinds && !(target && match.targetKinds.includes(kindOf(target) ?? ''))) continue;
        const meaning: RelationSpec = EVENT_RELATIONS[match.type];
        let source = found;
        if (meaning.stateLevel) {
          source = stateOf(gazetteer, source, article.date) ?? source;
          target = target && (stateOf(gazetteer, target, article.date) ?? target);
        }
        // «اتهمت لندن المخابرات الروسية بتنفيذ الهجوم، وهو ما نفته موسكو»: the accuser is whom the denial answers.
        target ??= claimAnswered(relations, meaning.answers, source, sentence.index, gazetteer) ?? null;
        if (source === target || (target && (servesIn(gazetteer, source, target, article.date) || servesIn(gazetteer, target, source, article.date)))) continue;
        if (meaning.awayFromHome && target && homeStates(gazetteer, source).includes(target)) continue;
        if (meaning.notOnOwnSide && target && gazetteer.actors.get(source)?.fightsFor?.includes(target)) continue;
        if (
          meaning.armedGroupOverPlace &&
          target &&
          kindOf(target) === 'country' &&
          match.placeTargets.includes(target) &&
          (otherArmedGroupNamed(sentenceMentions, source, gazetteer) ||
            (!gazetteer.actors.get(source)?.armed && namesFighters(sentenceTokens)) ||
            namesPersonKilled(sentenceTokens, sentenceMentions, kindOf))
        )
          continue;
        const key = `${match.type}|${source}|${target}|${sentence.index}`;
        if (seen.has(key)) continue;
        seen.add(key);
        if (read.at(-1) !== match) read.push(match);
        relations.push({
          type: match.type,
          source,
          target,
          mode: match.mode,
          date: when.date,
          date_precision: when.precision,
          sentence: sentence.index,
          start: sentence.start,
          end: sentence.end,
          evidence: sentence.text,
          confidence: match.confidence,
          rule: match.rule,
          ...(match.attribution && match.attribution !== target ? { attribution: match.attribution } : {}),
          marks: evidenceMarks(match, found, foundTarget, sentence.start),
        });
      }
    }
  }
  relations.push(...structuralRelations([...actors.keys()], gazetteer, article));
  for (const person of introduced) {
    const { office } = person;
    if (!office?.of) continue;
    addActor(actors, gazetteer.actors.get(office.of)!);
    const sentence = sentences.find((s) => s.start <= office.start && office.end <= s.end);
    relations.push({
      type: 'HOLDS_OFFICE',
      source: person.actor.id,
      target: office.of,
      title: office.title,
      mode: 'asserted',
      date: article.date,
      date_precision: article.date ? 'day' : 'unknown',
      sentence: sentence?.index ?? -1,
      start: office.start,
      end: office.end,
      evidence: article.text.slice(office.start, office.end),
      confidence: 0.8,
      rule: 'text.office',
    });
  }
  relations.push(
    ...titleRelations(article, gazetteer, relations, (id) => {
      const info = actorInfo(id);
      if (info) addActor(actors, info);
      return info !== undefined;
    }),
  );
  return { actors: [...actors.values()], relations };
}

/** The sentence index of a relation read from the title, which is no sentence of the text. */
export const TITLE_SENTENCE = -2;

/**
 * Headlines state the main event, often in words the text does not repeat: the title is read as a
 * text of its own, and the events it adds (none the text already gave) come with the title as their
 * evidence. Their spans are empty: the evidence is not in the text.
 */
function titleRelations(article: Article, gazetteer: Gazetteer, found: ExtractedRelation[], useActor: (id: string) => boolean): ExtractedRelation[] {
  if (!article.title.trim()) return [];
  const known = new Set(found.map((r) => `${r.type}|${r.source}|${r.target}|${r.mode}`));
  const fromTitle = extractArticle({ ...article, title: '', text: article.title }, gazetteer).relations;
  const added: ExtractedRelation[] = [];
  for (const r of fromTitle) {
    const key = `${r.type}|${r.source}|${r.target}|${r.mode}`;
    // Someone the title alone introduces is not an actor of the article: their name is not in the text.
    if (r.sentence < 0 || known.has(key) || !useActor(r.source) || (r.target && !useActor(r.target))) continue;
    known.add(key);
    // The evidence is the whole title, the marks were read in one of its sentences.
    added.push({ ...r, sentence: TITLE_SENTENCE, start: 0, end: 0, evidence: article.title, ...(r.marks ? { marks: shiftMarks(r.marks, r.start) } : {}) });
  }
  return added;
}

/**
 * The match's marks for one source–target pair, relative to the sentence. The words that named an
 * actor mark it even when the relation is its state's (a leader signing a pact) or its counterpart's
 * («نظيره الفرنسي»); a target no words of the sentence bound (a denial's accuser) has none.
 */
function evidenceMarks(match: RelationMatch, source: string, target: string | null, offset: number): EvidenceMarks {
  const { trigger, sources, targets } = match.marks;
  // Undirected relations among coordinated sources ("بين كوريا الشمالية وروسيا") take their target from the sources.
  const sourceSpan = sources.get(source);
  const targetSpan = target === null ? undefined : (targets.get(target) ?? sources.get(target));
  const relative = ([start, end]: TextSpan): [number, number] => [start - offset, end - offset];
  return {
    trigger: trigger.map(relative),
    ...(sourceSpan ? { source: relative(sourceSpan) } : {}),
    ...(targetSpan ? { target: relative(targetSpan) } : {}),
  };
}

function shiftMarks(marks: EvidenceMarks, by: number): EvidenceMarks {
  const shift = ([start, end]: [number, number]): [number, number] => [start + by, end + by];
  return {
    trigger: marks.trigger.map(shift),
    ...(marks.source ? { source: shift(marks.source) } : {}),
    ...(marks.target ? { target: shift(marks.target) } : {}),
  };
}

function addActor(actors: Map<string, ExtractedActor>, known: KnownActor): ExtractedActor {
  let actor = actors.get(known.id);
  if (!actor) {
    actor = { id: known.id, kind: known.kind, name_en: known.name_en, name_ar: known.name_ar, ...(known.iso2 ? { iso2: known.iso2 } : {}), mentions: [] };
    actors.set(known.id, actor);
  }
  return actor;
}

/**
 * Rules run best first, so a later match is a weaker reading of words an earlier one read: the same
 * relation of the same source over overlapping words («شنها الحوثيون في اليمن ضد السعودية»: the
 * place is no target), or any relation of the same two actors inside the earlier one's words ("held
 * Putin responsible" accuses him; it detains no one).
 */
function weakerReading(match: RelationMatch, earlier: RelationMatch): boolean {
  const [first, last] = match.span;
  const [earlierFirst, earlierLast] = earlier.span;
  const sameSource = earlier.sources.some((s) => match.sources.includes(s));
  if (earlier.type === match.type) return sameSource && earlierFirst <= last && first <= earlierLast;
  const sameTarget = earlier.targets.some((t) => match.targets.includes(t));
  return sameSource && sameTarget && earlierFirst <= first && last <= earlierLast;
}

/** How many sentences back an accusation is still the one a denial answers ("X accused Y. Y denied it."). */
const ANSWER_REACH = 1;

/** Who last accused `source` (or a body of it) in this sentence or the one before, for a relation that answers accusations. */
function claimAnswered(relations: ExtractedRelation[], answered: readonly string[] | undefined, source: string, sentence: number, gazetteer: Gazetteer): string | undefined {
  if (!answered) return undefined;
  for (let r = relations.length - 1; r >= 0; r--) {
    const claim = relations[r]!;
    if (claim.sentence < sentence - ANSWER_REACH) break;
    const accused = claim.target;
    if (!answered.includes(claim.type) || !accused || claim.source === source) continue;
    if (accused === source || gazetteer.actors.get(accused)?.partOf === source) return claim.source;
  }
  return undefined;
}

/** How many years before their first office a person is already in the news by one word of their name. */
const ONE_WORD_NAME_LEAD_YEARS = 3;

/**
 * Whether a person is named by one word of their name ("فانس", "Vance") long before any office of
 * theirs: then it is someone else (a British worker named Graham Vance in 2018, not JD Vance). Only
 * from the day the knowledge base lists offices on: before it, an office may be missing.
 */
function namedBeforeTheirTime(mention: Mention, gazetteer: Gazetteer, date: string | null): boolean {
  if (!date || date < OFFICES_KNOWN_SINCE || mention.resolution !== 'alias' || mention.lastToken - mention.firstToken !== 1) return false;
  const offices = gazetteer.actors.get(mention.actorId)?.offices ?? [];
  if (offices.length === 0 || offices.some((office) => !office.from)) return false;
  const firstYear = Math.min(...offices.map((office) => Number(office.from!.slice(0, 4))));
  return firstYear - Number(date.slice(0, 4)) > ONE_WORD_NAME_LEAD_YEARS;
}

/**
 * Whether text[from, to), the gap between two words, is one comma with only spaces around it. Scanned
 * in place rather than sliced and matched: every gap between two words of the text is asked.
 */
function listCommaBetween(text: string, from: number, to: number): boolean {
  let commas = 0;
  for (let k = from; k < to; k++) {
    const code = text.charCodeAt(k);
    if (code === COMMA || code === ARABIC_COMMA) commas++;
    else if (code !== SPACE && !WHITE_SPACE.test(text[k]!)) return false;
  }
  return commas === 1;
}
const COMMA = 0x2c;
const ARABIC_COMMA = 0x060c;
const SPACE = 0x20;
const WHITE_SPACE = /\s/;

/** Words for fighters of an unnamed armed group, in every language (FunctionWords.fighters). */
const FIGHTER_KEYS = new Set(everyLanguage((pack) => pack.words.fighters).map(normalizeWord));

/** Whether the sentence says fighters were struck or killed («مقتل القيادي», «موقع للمتشددين»), though it names no group. */
function namesFighters(tokens: Token[]): boolean {
  return tokens.some((token) => FIGHTER_KEYS.has(token.norm) || token.readings.some((r) => FIGHTER_KEYS.has(r.key)));
}

const DEATH_KEYS = new Set(everyLanguage((pack) => pack.words.deathWords).map(normalizeWord));
/** How many words may stand between a word of death and the person killed (an office: «مقتل السفير الروسي أندريه كارلوف»). */
const DEATH_REACH = 3;

/** Whether the sentence says a named person was killed («مقتل السفير … إثر ضربة جوية أميركية في تركيا»): the target is the person. */
function namesPersonKilled(tokens: Token[], mentions: Mention[], kindOf: (id: string) => string | undefined): boolean {
  return tokens.some(
    (token, t) =>
      (DEATH_KEYS.has(token.norm) || token.readings.some((r) => DEATH_KEYS.has(r.key))) &&
      mentions.some((m) => m.firstToken > t && m.firstToken <= t + DEATH_REACH && kindOf(m.actorId) === 'person'),
  );
}

/** Whether the sentence names a non-state armed group other than `source`. */
function otherArmedGroupNamed(mentions: Mention[], source: string, gazetteer: Gazetteer): boolean {
  return mentions.some((m) => m.actorId !== source && gazetteer.actors.get(m.actorId)?.armed === true);
}

/** The states an actor belongs to: those whose offices a person has held at any date, or an organ's state. */
function homeStates(gazetteer: Gazetteer, id: string): string[] {
  const actor = gazetteer.actors.get(id);
  const states = (actor?.offices ?? []).map((o) => o.of).filter((of) => gazetteer.actors.get(of)?.kind === 'country');
  return actor?.partOf ? [...states, actor.partOf] : states;
}

/** The state a person serves on a date, for relations that only states have. */
function stateOf(gazetteer: Gazetteer, id: string, date: string | null): string | undefined {
  if (gazetteer.actors.get(id)?.kind !== 'person') return undefined;
  return officesOn(gazetteer, id, date)
    .map((o) => o.of)
    .find((of) => gazetteer.actors.get(of)?.kind === 'country');
}

/** An actor does not act on the body it serves: "نصرالله، الأمين العام لحزب الله" is an apposition, not a target. */
function servesIn(gazetteer: Gazetteer, source: string, target: string, date: string | null): boolean {
  return gazetteer.actors.get(source)?.partOf === target || officesOn(gazetteer, source, date).some((o) => o.of === target);
}

function counterpart(gazetteer: Gazetteer, person: string, state: string, date: string | null): string | null {
  for (const office of officesOn(gazetteer, person, date)) {
    const holder = officeHolder(gazetteer, state, office.title, date);
    if (holder) return holder;
  }
  return null;
}

/** Offices and PART_OF links of the actors an article names, from the gazetteer. */
function structuralRelations(actorIds: string[], gazetteer: Gazetteer, article: Article): ExtractedRelation[] {
  const named = new Set(actorIds);
  const out: ExtractedRelation[] = [];
  for (const id of actorIds) {
    const actor = gazetteer.actors.get(id);
    if (!actor) continue; // introduced in this article: its office comes from the text
    const fact = { mode: 'asserted' as const, date: null, date_precision: 'unknown' as const, sentence: -1, start: 0, end: 0, evidence: '', confidence: 1, rule: 'gazetteer' };
    if (actor.partOf && named.has(actor.partOf)) out.push({ ...fact, type: 'PART_OF', source: id, target: actor.partOf });
    for (const office of officesOn(gazetteer, id, article.date)) out.push({ ...fact, type: 'HOLDS_OFFICE', source: id, target: office.of, title: office.title });
  }
  return out;
}

/**
 * Source × target pairs of a match. Without a target, an undirected relation holds among its
 * coordinated sources ("بين كوريا الشمالية وروسيا"), and a verbal-conflict one (a denial) may stand alone.
 */
function argumentPairs(match: RelationMatch): [string, string | null][] {
  if (match.targets.length > 0) return match.sources.flatMap((s) => match.targets.map((t): [string, string] => [s, t]));
  if (!EVENT_RELATIONS[match.type].directed) {
    return match.sources.flatMap((s, i) => match.sources.slice(i + 1).map((t): [string, string] => [s, t]));
  }
  return EVENT_RELATIONS[match.type].quad === 'verbal-conflict' ? match.sources.map((s): [string, null] => [s, null]) : [];
}

/** Actors written one after another with و: "كوريا الشمالية وروسيا". */
function coordinatedGroups(items: ActorItem[]): string[][] {
  const groups: string[][] = [];
  for (const item of items) {
    const last = groups.at(-1);
    if (item.conjoined && last) last.push(...item.actors);
    else groups.push([...item.actors]);
  }
  return groups.filter((g) => g.length > 1);
}
