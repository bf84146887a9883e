/**
 * Scores extraction against a hand annotation (the format of tests/fixtures/seed-articles.gold.json).
 * Required gold items count; optional ones count neither way: finding one is not rewarded and not
 * counted as a false positive. Undirected relation types match in either direction.
 */
import { EVENT_RELATIONS, isEventRelationType } from '@entente/ontology';
import type { ExtractedArticle } from './extract.ts';
import { normalizeWord } from './normalize.ts';

export interface GoldRelation {
  type: string;
  source: string;
  target: string | null;
  required: boolean;
  evidence?: string;
}

export interface GoldArticle {
  file: string;
  actors: { id: string; required: boolean; mentions?: string[] }[];
  relations: GoldRelation[];
}

export interface Gold {
  articles: GoldArticle[];
}

export interface Score {
  articles: number;
  actors: { required: number; found: number; recall: number };
  relations: { predicted: number; counted: number; correct: number; required: number; found: number; precision: number; recall: number; f1: number };
  missed: { file: string; relation: GoldRelation }[];
  spurious: { file: string; relation: { type: string; source: string; target: string | null; evidence: string } }[];
}

function key(type: string, source: string, target: string | null): string {
  const undirected = isEventRelationType(type) && !EVENT_RELATIONS[type].directed;
  const [a, b] = undirected && target && target < source ? [target, source] : [source, target];
  return `${type}|${a}|${b ?? ''}`;
}

export function score(gold: Gold, extracted: Map<string, ExtractedArticle>): Score {
  const s: Score = {
    articles: 0,
    actors: { required: 0, found: 0, recall: 0 },
    relations: { predicted: 0, counted: 0, correct: 0, required: 0, found: 0, precision: 0, recall: 0, f1: 0 },
    missed: [],
    spurious: [],
  };
  for (const article of gold.articles) {
    const result = extracted.get(article.file);
    if (!result) throw new Error(`no extracted article for gold file ${article.file}`);
    s.articles++;
    const alias = alignActors(article, result);
    const actorIds = new Set(result.actors.map((a) => alias(a.id)));
    for (const actor of article.actors.filter((a) => a.required)) {
      s.actors.required++;
      if (actorIds.has(actor.id)) s.actors.found++;
    }
    const required = new Map(article.relations.filter((r) => r.required).map((r) => [key(r.type, r.source, r.target), r]));
    const optional = new Set(article.relations.filter((r) => !r.required).map((r) => key(r.type, r.source, r.target)));
    const predicted = new Map(result.relations.map((r) => [key(r.type, alias(r.source), r.target && alias(r.target)), r]));
    s.relations.required += required.size;
    for (const [k, r] of required) {
      if (predicted.has(k)) s.relations.found++;
      else s.missed.push({ file: article.file, relation: r });
    }
    for (const [k, r] of predicted) {
      s.relations.predicted++;
      if (required.has(k)) {
        s.relations.counted++;
        s.relations.correct++;
      } else if (!optional.has(k)) {
        s.relations.counted++;
        s.spurious.push({ file: article.file, relation: { type: r.type, source: r.source, target: r.target, evidence: r.evidence } });
      }
    }
  }
  const { relations: r, actors: a } = s;
  a.recall = a.required ? a.found / a.required : 1;
  r.precision = r.counted ? r.correct / r.counted : 1;
  r.recall = r.required ? r.found / r.required : 1;
  r.f1 = r.precision + r.recall ? (2 * r.precision * r.recall) / (r.precision + r.recall) : 0;
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
  for (const actor of article.actors) for (const m of actor.mentions ?? []) bySurface.set(normalizeSurface(m), actor.id);
  const aligned = new Map<string, string>();
  for (const actor of result.actors) {
    if (goldIds.has(actor.id)) continue;
    const match = actor.mentions.map((m) => bySurface.get(normalizeSurface(m.text))).find(Boolean);
    if (match) aligned.set(actor.id, match);
  }
  return (id) => aligned.get(id) ?? id;
}

function normalizeSurface(text: string): string {
  return text.split(/\s+/).map(normalizeWord).join(' ');
}

/** Which gold article an extracted one is: by file name, or by the corpus id after `#` for JSON Lines. */
export function goldFileOf(articleFile: string): string[] {
  const names = [articleFile.split('/').pop()!];
  const hash = articleFile.lastIndexOf('#');
  if (hash >= 0) names.push(articleFile.slice(hash + 1));
  return names;
}
