/**
 * Scores extraction against a hand annotation (the format of tests/fixtures/seed-articles.gold.json,
 * conventions of docs/ANNOTATION.md). Required gold items count; optional ones count neither way:
 * finding one is not rewarded and not counted as a false positive. Undirected relation types match in
 * either direction. A negated or denied relation matches only a negated or denied one: read as a
 * fact it is wrong. Planned and reported relations are drawn like facts (dashed or attributed), and
 * the sample gold counts an announced sanction as one, so they match asserted ones. CRITICIZES and
 * ACCUSES are scored as one type, as the conventions say. What the conventions do not annotate
 * (PART_OF, MEMBER_OF, offices other than leaders') is not judged when predicted.
 */
import { EVENT_RELATIONS, isEventRelationType, type Mode } from '@entente/ontology';
import type { ExtractedArticle } from './engine/pipeline.ts';
import { normalizeWord } from './engine/normalize.ts';

/** A hand-annotated relation (docs/ANNOTATION.md). */
export interface GoldRelation {
  type: string;
  source: string;
  target: string | null;
  required: boolean;
  evidence?: string;
  mode?: Mode;
}

/** The annotation of one article: its actors with their mentions, and its relations. */
export interface GoldArticle {
  file: string;
  actors: { id: string; kind?: string; required: boolean; mentions?: string[] }[];
  relations: GoldRelation[];
}

/** A file of annotated articles. */
export interface Gold {
  articles: GoldArticle[];
}

/** Counts of one slice of relations (all of them, events only, one type, one rule). */
export interface RelationCounts {
  /** Predictions that count: matched to a required gold relation, or to none at all. */
  counted: number;
  correct: number;
  required: number;
  found: number;
  precision: number;
  recall: number;
  f1: number;
}

/** The scores of one evaluation, with the misses and false positives behind them. */
export interface Score {
  articles: number;
  actors: { required: number; found: number; recall: number };
  actorsByKind: Record<string, { required: number; found: number; recall: number }>;
  /** Every relation type, structural ones included. */
  relations: RelationCounts & { predicted: number };
  /** Events only: offices and memberships looked up in a gazetteer say nothing about reading the text. */
  events: RelationCounts;
  byType: Record<string, RelationCounts>;
  /** Precision of each rule over the predictions it made that count. */
  byRule: Record<string, RelationCounts>;
  missed: { file: string; relation: GoldRelation }[];
  spurious: { file: string; relation: { type: string; source: string; target: string | null; evidence: string; mode: string; rule: string } }[];
}

const STRUCTURAL = new Set(['HOLDS_OFFICE', 'PART_OF', 'MEMBER_OF']);
/** ANNOTATION.md annotates no PART_OF or MEMBER_OF: a prediction of one that no gold item matches is not judged. */
const NOT_ANNOTATED = new Set(['PART_OF', 'MEMBER_OF']);
/** It annotates HOLDS_OFFICE for leaders only: a minister's office predicted is not judged either. */
const LEADER_TITLES = /president|prime minister|king|queen|emir|sultan|supreme leader|chancellor|secretary.general|leader|chief of staff|commander|crown prince/;
const judged = (r: { type: string; title?: string }) => !NOT_ANNOTATED.has(r.type) && (r.type !== 'HOLDS_OFFICE' || LEADER_TITLES.test(r.title ?? ''));

function modeClass(mode: Mode | undefined): string {
  return mode === 'negated' || mode === 'denied' ? 'not' : 'drawn';
}

/** ANNOTATION.md scores criticism and accusation together: the line between them is a reader's call. */
const SCORED_AS: Record<string, string> = { ACCUSES: 'CRITICIZES' };
const typeLabel = (type: string) => (type === 'ACCUSES' || type === 'CRITICIZES' ? 'CRITICIZES+ACCUSES' : type);

function key(written: string, source: string, target: string | null, mode: Mode | undefined): string {
  const type = SCORED_AS[written] ?? written;
  const undirected = isEventRelationType(type) && !EVENT_RELATIONS[type].directed;
  const [a, b] = undirected && target && target < source ? [target, source] : [source, target];
  return `${type}|${a}|${b ?? ''}|${modeClass(mode)}`;
}

const counts = (): RelationCounts => ({ counted: 0, correct: 0, required: 0, found: 0, precision: 0, recall: 0, f1: 0 });

function finish(c: RelationCounts): void {
  c.precision = c.counted ? c.correct / c.counted : 1;
  c.recall = c.required ? c.found / c.required : 1;
  c.f1 = c.precision + c.recall ? (2 * c.precision * c.recall) / (c.precision + c.recall) : 0;
}

/** Scores extracted articles (by gold file name) against their annotation. */
export function score(gold: Gold, extracted: Map<string, ExtractedArticle>): Score {
  const s: Score = {
    articles: 0,
    actors: { required: 0, found: 0, recall: 0 },
    actorsByKind: {},
    relations: { ...counts(), predicted: 0 },
    events: counts(),
    byType: {},
    byRule: {},
    missed: [],
    spurious: [],
  };
  // Each relation is tallied into every slice it belongs to.
  const slices = (type: string, rule?: string): RelationCounts[] => {
    const out = [s.relations, (s.byType[typeLabel(type)] ??= counts())];
    if (!STRUCTURAL.has(type)) out.push(s.events);
    if (rule) out.push((s.byRule[rule] ??= counts()));
    return out;
  };
  for (const article of gold.articles) {
    const result = extracted.get(article.file);
    if (!result) throw new Error(`no extracted article for gold file ${article.file}`);
    s.articles++;
    const alias = alignActors(article, result);
    const actorIds = new Set(result.actors.map((a) => alias(a.id)));
    for (const actor of article.actors.filter((a) => a.required)) {
      const kind = (s.actorsByKind[actor.kind ?? 'unknown'] ??= { required: 0, found: 0, recall: 0 });
      s.actors.required++;
      kind.required++;
      if (actorIds.has(actor.id)) {
        s.actors.found++;
        kind.found++;
      }
    }
    const required = new Map(article.relations.filter((r) => r.required).map((r) => [key(r.type, r.source, r.target, r.mode), r]));
    const optional = new Set(article.relations.filter((r) => !r.required).map((r) => key(r.type, r.source, r.target, r.mode)));
    const predicted = new Map<string, ExtractedArticle['relations'][number]>();
    for (const r of result.relations) {
      const k = key(r.type, alias(r.source), r.target && alias(r.target), r.mode);
      if (!predicted.has(k)) predicted.set(k, r);
    }
    for (const [k, r] of required) {
      const found = predicted.has(k);
      for (const c of slices(r.type)) {
        c.required++;
        if (found) c.found++;
      }
      if (!found) s.missed.push({ file: article.file, relation: r });
    }
    for (const [k, r] of predicted) {
      s.relations.predicted++;
      const correct = required.has(k);
      if (!correct && (optional.has(k) || !judged(r))) continue;
      for (const c of slices(r.type, r.rule)) {
        c.counted++;
        if (correct) c.correct++;
      }
      if (!correct) s.spurious.push({ file: article.file, relation: { type: r.type, source: r.source, target: r.target, evidence: r.evidence, mode: r.mode, rule: r.rule } });
    }
  }
  s.actors.recall = s.actors.required ? s.actors.found / s.actors.required : 1;
  for (const kind of Object.values(s.actorsByKind)) kind.recall = kind.required ? kind.found / kind.required : 1;
  for (const c of [s.relations, s.events, ...Object.values(s.byType), ...Object.values(s.byRule)]) finish(c);
  return s;
}

/**
 * People the extractor introduced from the text get ids spelled from the Arabic (samh-shkry); the
 * annotator wrote English ones (sameh-shoukry). An extracted actor whose mention is written as one
 * of a gold actor's mentions is that actor.
 */
function alignActors(article: GoldArticle, result: ExtractedArticle): (id: string) => string {
  const goldIds = new Set(article.actors.map((a) => a.id));
  const bySurface = new Map<string, string>();
  for (const actor of article.actors)
    for (const m of actor.mentions ?? []) {
      const surface = normalizeSurface(m);
      bySurface.set(surface, actor.id);
      // Gold mentions keep their clitics («بتحالف دعم الشرعية»); the extractor's mention starts after them.
      const bare = PROCLITICS.exec(surface)?.[2];
      if (bare && !bySurface.has(bare)) bySurface.set(bare, actor.id);
    }
  const aligned = new Map<string, string>();
  for (const actor of result.actors) {
    if (goldIds.has(actor.id)) continue;
    const match = actor.mentions.map((m) => bySurface.get(normalizeSurface(m.text))).find(Boolean);
    if (match) aligned.set(actor.id, match);
  }
  return (id) => aligned.get(id) ?? id;
}

/** Arabic proclitics written on a mention: و، ف، ب، ل، ك and their pairs, before at least three letters. */
const PROCLITICS = /^(و|ف|ب|ل|ك|وب|ول|فب|فل|وك)([\u0621-\u064a]{3,}.*)$/;

/** A mention's words as keys; a hashtag («#التحالف_العربي») is the words it joins. */
function normalizeSurface(text: string): string {
  return text
    .replace(/^#/, '')
    .split(/[\s_]+/)
    .map(normalizeWord)
    .join(' ');
}

/** Which gold article an extracted one is: by file name, or by the corpus id after `#` for JSON Lines. */
export function goldFileOf(articleFile: string): string[] {
  const names = [articleFile.split('/').pop()!];
  const hash = articleFile.lastIndexOf('#');
  if (hash >= 0) names.push(articleFile.slice(hash + 1));
  return names;
}
