/**
 * Writing extracted articles to Neo4j, one transaction per batch: an article is in whole or not at
 * all. Queries use UNWIND over parameter rows and MERGE on constrained keys only; the labels and
 * relationship types they set dynamically are the ontology's, checked before they are sent.
 */
import { createHash } from 'node:crypto';
import {
  ACTOR_KINDS,
  DRAWN_MODES,
  EVENT_RELATION_TYPES,
  canonicalPair,
  isDrawnMode,
  isEventRelationType,
  type ActorKind,
  type DrawnMode,
  type EventRelationType,
} from '@entente/ontology';
import { EXTRACTOR_VERSION, type Article, type ExtractedArticle, type Gazetteer, type KnownActor } from '@entente/extract';
import type { ManagedTransaction } from 'neo4j-driver';
import { activeMerges, applyCurations, redirectActors } from './curation.ts';
import { packMarks } from './marks.ts';
import { touchGraph } from './version.ts';

/** An article and what the extractor read in it, as writeBatch takes them. */
export interface ExtractedBatchItem {
  article: Article;
  extracted: ExtractedArticle;
}

/** How writeBatch treats articles already stored. */
export interface BatchOptions {
  /** Replace them even when read by this extractor version: curation reads articles again so. */
  reread?: boolean;
}

/** How many of a batch's articles were new, already stored as they are, or replaced earlier ones (see IngestSummary). */
export interface BatchOutcome {
  created: number;
  unchanged: number;
  updated: number;
}

/**
 * Whether event `e` stands behind its line: in a drawn mode (`$modes`, the ontology's DRAWN_MODES) and not
 * rejected by an analyst (see curation.ts). Every query that counts events asks this.
 */
export const drawnEvent = (e: string) => `(${e}.mode IN $modes AND coalesce(${e}.curation, '') <> 'rejected')`;

function hash(...parts: (string | number | null)[]): string {
  return createHash('sha256').update(parts.map(String).join('\u0000')).digest('hex').slice(0, 24);
}

/** Stable across runs: the same reported fact gets the same id, whichever article reports it. */
export function eventId(type: string, source: string, target: string | null, date: string | null, mode: string): string {
  const [a, b] = target && isEventRelationType(type) ? canonicalPair(type, source, target) : [source, target];
  return hash(type, a, b, date, mode);
}

/**
 * The ingest's statements keep the plan they were first given. Neo4j replans a cached query whenever
 * the graph's statistics drift, which during an ingest from empty is every few seconds, and planning
 * costs more than running one on a batch. Their plans cannot go stale: each starts from parameter rows
 * and reaches nodes through unique constraints (or the index its hint names), whatever the graph's size.
 */
function keepPlan(statement: string): string {
  const kept = `CYPHER replan=skip ${statement}`;
  KEPT_PLAN_STATEMENTS.push(kept);
  return kept;
}

/** The statements that keep their first plan, for a test that plans them on an empty graph. */
export const KEPT_PLAN_STATEMENTS: string[] = [];

// Labels and relationship types come from the ontology's constants (checked in writeBatch), never from input.
const MERGE_ACTORS = keepPlan(`
  UNWIND $actors AS a
  MERGE (x:Actor {id: a.id})
  ON CREATE SET x.kind = a.kind, x.name_en = a.name_en, x.name_ar = a.name_ar, x.iso2 = a.iso2, x:$(a.label)
  WITH x, [s IN a.aliases WHERE NOT s IN coalesce(x.aliases, [])] AS added
  // Most batches name actors by forms already known: rewriting them would reindex every name in full text.
  WHERE size(added) > 0
  WITH x, coalesce(x.aliases, []) + added AS aliases
  SET x.aliases = aliases, x.aliases_text = reduce(t = '', s IN aliases | t + ' ' + s)`);

/**
 * Re-derives the direct relationship of each (type, source, target) from the events behind it: how
 * many, in how many articles, their summed confidence (`weight`), their dates, and how many of them
 * are in each drawn mode (`asserted`, `reported`, `announced`), so that the map tells a line of
 * facts from one of plans without reading its events.
 */
const DERIVE = `
  UNWIND $pairs AS p
  MATCH (s:Actor {id: p.source}), (t:Actor {id: p.target})
  OPTIONAL MATCH (s)-[:ACTOR]->(e:Event {type: p.type})-[:RECIPIENT]->(t) WHERE ${drawnEvent('e')}
  OPTIONAL MATCH (e)<-[:EVIDENCES]-(:Mention)-[:IN]->(a:Article)
  WITH p, s, t, collect(DISTINCT e) AS events, count(DISTINCT a) AS articles
  OPTIONAL MATCH (s)-[old:$(p.type)]->(t)
  FOREACH (_ IN CASE WHEN size(events) = 0 AND old IS NOT NULL THEN [1] ELSE [] END | DELETE old)
  WITH p, s, t, events, articles WHERE size(events) > 0
  MERGE (s)-[r:$(p.type)]->(t)
  ON CREATE SET r.added = $now
  SET r.events = size(events), r.articles = articles,
      r.weight = reduce(w = 0.0, e IN events | w + e.confidence),
      ${DRAWN_MODES.map((mode) => `r.${mode} = size([e IN events WHERE e.mode = '${mode}'])`).join(', ')},
      r.first_date = reduce(d = null, e IN events | CASE WHEN e.date IS NOT NULL AND (d IS NULL OR e.date < d) THEN e.date ELSE d END),
      r.last_date = reduce(d = null, e IN events | CASE WHEN e.date IS NOT NULL AND (d IS NULL OR e.date > d) THEN e.date ELSE d END)`;

/**
 * New articles only add to an edge: its counts grow by what the batch brings. (A full re-derivation
 * inside the batch's transaction would read through all its uncommitted changes, which is slow.)
 * One statement per relation type, the type written into it: MERGE on a dynamic type cannot use the
 * type to expand from an actor and reads every relationship of a busy one (or, planned on a small
 * graph, every relationship in the graph).
 */
const ADD_TO_DERIVED = new Map<EventRelationType, string>(
  EVENT_RELATION_TYPES.map((type) => [
    type,
    keepPlan(`
  UNWIND $additions AS d
  MATCH (s:Actor {id: d.source}), (t:Actor {id: d.target})
  MERGE (s)-[r:${type}]->(t)
  ON CREATE SET r.added = $now
  SET r.events = coalesce(r.events, 0) + d.events, r.articles = coalesce(r.articles, 0) + d.articles,
      r.weight = coalesce(r.weight, 0.0) + d.weight,
      ${DRAWN_MODES.map((mode) => `r.${mode} = coalesce(r.${mode}, 0) + d.modes.${mode}`).join(', ')},
      r.first_date = CASE WHEN d.first_date IS NOT NULL AND (r.first_date IS NULL OR d.first_date < r.first_date) THEN d.first_date ELSE r.first_date END,
      r.last_date = CASE WHEN d.last_date IS NOT NULL AND (r.last_date IS NULL OR d.last_date > r.last_date) THEN d.last_date ELSE r.last_date END`),
  ]),
);

/** Deletes articles with everything only they support; returns the actor pairs whose edges must be re-derived. */
const DELETE_ARTICLES = `
  UNWIND $ids AS id
  MATCH (a:Article {id: id})
  OPTIONAL MATCH (m:Mention)-[:IN]->(a)
  OPTIONAL MATCH (m)-[:EVIDENCES]->(e:Event)
  WITH a, collect(DISTINCT m) AS mentions, collect(DISTINCT e) AS events
  FOREACH (m IN mentions | DETACH DELETE m)
  DETACH DELETE a
  WITH events UNWIND events AS e
  WITH DISTINCT e
  MATCH (s:Actor)-[:ACTOR]->(e)
  OPTIONAL MATCH (e)-[:RECIPIENT]->(t:Actor)
  WITH e, s, t, e.type AS type, EXISTS { (e)<-[:EVIDENCES]-(:Mention) } AS supported
  FOREACH (_ IN CASE WHEN supported THEN [] ELSE [1] END | DETACH DELETE e)
  RETURN DISTINCT type, s.id AS source, t.id AS target`;

// The articles written here are new (an older version was deleted first), so their nodes and the
// relationships that hang from them are created, not merged.
const CREATE_ARTICLES = keepPlan(`
  UNWIND $articles AS a
  CREATE (x:Article {id: a.id, extractor: $version, file: a.file, title: a.title, lang: a.lang, date: a.date, url: a.url,
                     source: a.source, category: a.category, text: a.text})
  WITH x, a
  UNWIND a.mentioned AS m
  MATCH (actor:Actor {id: m.actor})
  CREATE (x)-[:MENTIONS {starts: m.starts, ends: m.ends, resolutions: m.resolutions, absorbed: m.absorbed}]->(actor)`);

const MERGE_EVENTS = keepPlan(`
  UNWIND $events AS e
  MERGE (ev:Event {id: e.id})
  ON CREATE SET ev.type = e.type, ev.mode = e.mode, ev.date = e.date, ev.date_precision = e.date_precision
  SET ev.confidence = CASE WHEN ev.confidence IS NULL OR e.confidence > ev.confidence THEN e.confidence ELSE ev.confidence END
  WITH ev, e
  MATCH (s:Actor {id: e.source})
  MERGE (s)-[:ACTOR]->(ev)
  WITH ev, e WHERE e.target IS NOT NULL
  MATCH (t:Actor {id: e.target})
  MERGE (ev)-[:RECIPIENT]->(t)`);

const CREATE_MENTIONS = keepPlan(`
  UNWIND $mentions AS m
  MATCH (a:Article {id: m.article}), (e:Event {id: m.event})
  CREATE (x:Mention {id: m.id, sentence: m.sentence, start: m.start, end: m.end, text: m.text, attribution: m.attribution, rule: m.rule, marks: m.marks})
  CREATE (x)-[:IN]->(a)
  CREATE (x)-[:EVIDENCES]->(e)`);

const MERGE_OFFICES = keepPlan(`
  UNWIND $offices AS o
  MATCH (p:Actor {id: o.person}), (x:Actor {id: o.of})
  MERGE (p)-[r:HOLDS_OFFICE {title: o.title}]->(x)
  SET r.from = o.from, r.to = o.to`);

const MERGE_PART_OF = keepPlan(`
  UNWIND $links AS l
  MATCH (a:Actor {id: l.source}), (b:Actor {id: l.target})
  MERGE (a)-[:PART_OF]->(b)`);

const MERGE_MEMBER_OF = keepPlan(`
  UNWIND $links AS l
  MATCH (a:Actor {id: l.source}), (b:Actor {id: l.target})
  MERGE (a)-[r:MEMBER_OF]->(b)
  SET r.since = l.since`);

/**
 * For each incoming article: whether it is stored, with which extractor version, and the other
 * articles stored from its file.
 */
const CLASSIFY = keepPlan(`
  UNWIND $rows AS r
  OPTIONAL MATCH (same:Article {id: r.id})
  OPTIONAL MATCH (other:Article {file: r.file}) USING INDEX other:Article(file) WHERE other.id <> r.id
  RETURN r.id AS id, same IS NOT NULL AS stored, same.extractor AS extractor, collect(other.id) AS others`);

/** The batch's events already in the graph, with the confidence they have there. */
const KNOWN_EVENTS = keepPlan(`UNWIND $ids AS id MATCH (e:Event {id: id}) RETURN e.id AS id, e.confidence AS confidence`);

/**
 * Writes one batch in the given transaction; the gazetteer gives facts about actors an article does not name.
 * Statements that do not need an earlier one's answer are sent together and run in order on the
 * server: a batch waits for Neo4j a few times, not once per statement.
 */
export async function writeBatch(tx: ManagedTransaction, items: ExtractedBatchItem[], gazetteer: Gazetteer, options: BatchOptions = {}): Promise<BatchOutcome> {
  // Actors an analyst merged are written as the actor they were merged into, whatever read them.
  const merges = await activeMerges(tx);
  const absorbed = new Map<string, Map<string, string[]>>();
  const unique = dedupeById(items).map((item) => {
    const redirected = redirectActors(item.extracted, merges);
    absorbed.set(item.article.id, redirected.absorbed);
    return { ...item, extracted: redirected.extracted };
  });
  const stored = await tx.run(CLASSIFY, { rows: unique.map((i) => ({ id: i.article.id, file: i.article.file })) });
  const state = new Map(
    stored.records.map((r) => [r.get('id') as string, { stored: r.get('stored') as boolean, extractor: r.get('extractor'), others: r.get('others') as string[] }]),
  );
  // An article is replaced when its file now holds other text, or when the extractor has changed since.
  const fresh = options.reread ? unique : unique.filter((i) => state.get(i.article.id)?.extractor !== EXTRACTOR_VERSION);
  const replaced = new Set<string>();
  const updatedFiles = new Set<string>();
  for (const { article } of fresh) {
    const { stored, others } = state.get(article.id)!;
    const olds = stored ? [...others, article.id] : others;
    for (const id of olds) replaced.add(id);
    if (olds.length > 0) updatedFiles.add(article.file);
  }
  // Edges that lost events are derived again in full, after the batch's own events are in.
  const rederive = replaced.size > 0 ? await deleteArticles(tx, [...replaced]) : new Map<string, DerivedPair>();
  if (fresh.length > 0) await writeFresh(tx, fresh, gazetteer, rederive, absorbed);
  // The version token goes with the last statement: nothing waits on its answer.
  const changed = fresh.length > 0 || replaced.size > 0;
  await derive(tx, [...rederive.values()]);
  // What was written again carries no curation yet: the analysts' word goes back on it.
  await Promise.all([changed && applyCurations(tx, merges), changed && touchGraph(tx)]);
  const updated = fresh.filter((i) => updatedFiles.has(i.article.file)).length;
  return { created: fresh.length - updated, updated, unchanged: items.length - fresh.length };
}

type DerivedPair = { type: EventRelationType; source: string; target: string };

/** Deletes the articles and what only they support; returns the drawn pairs that lost events, by key. */
async function deleteArticles(tx: ManagedTransaction, ids: string[]): Promise<Map<string, DerivedPair>> {
  const pairs = new Map<string, DerivedPair>();
  const removed = await tx.run(DELETE_ARTICLES, { ids });
  for (const r of removed.records) {
    const type = r.get('type') as string;
    const source = r.get('source') as string;
    const target = r.get('target') as string | null;
    if (target && isEventRelationType(type)) pairs.set(`${type}|${source}|${target}`, { type, source, target });
  }
  return pairs;
}

type EventRow = { id: string; type: EventRelationType; source: string; target: string | null; mode: string; date: string | null; date_precision: string; confidence: number };
type MentionRow = {
  id: string;
  article: string;
  event: string;
  sentence: number;
  start: number;
  end: number;
  text: string;
  attribution: string | null;
  rule: string;
  marks: number[] | null;
};

/** Writes articles that are not in the graph (any older version already deleted), and what they say. */
async function writeFresh(
  tx: ManagedTransaction,
  fresh: ExtractedBatchItem[],
  gazetteer: Gazetteer,
  rederive: Map<string, DerivedPair>,
  absorbed: Map<string, Map<string, string[]>>,
): Promise<void> {
  const lookup = (id: string) => gazetteer.actors.get(id);
  const actors = new Map<string, { id: string; kind: ActorKind; name_en: string; name_ar: string; iso2: string | null; aliases: string[] }>();
  const addActor = (a: { id: string; kind: ActorKind; name_en: string; name_ar: string; iso2?: string }, aliases: string[] = []) => {
    const row = actors.get(a.id) ?? { id: a.id, kind: a.kind, name_en: a.name_en, name_ar: a.name_ar, iso2: a.iso2 ?? null, aliases: [] };
    for (const alias of aliases) if (!row.aliases.includes(alias)) row.aliases.push(alias);
    actors.set(a.id, row);
  };
  const articles = [];
  const events = new Map<string, EventRow>();
  const mentions = new Map<string, MentionRow>();
  // The same office or part is named by many articles of a batch: one row each.
  const offices = new Map<string, { person: string; of: string; title: string | null; from: string | null; to: string | null }>();
  const partOf = new Map<string, { source: string; target: string }>();
  for (const { article, extracted } of fresh) {
    for (const actor of extracted.actors)
      addActor(
        actor,
        actor.mentions.map((m) => m.text),
      );
    articles.push({
      id: article.id,
      file: article.file,
      title: article.title,
      lang: article.lang,
      date: article.date,
      url: article.url,
      source: article.source,
      category: article.category,
      text: article.text,
      mentioned: extracted.actors.map((a) => ({
        actor: a.id,
        starts: a.mentions.map((m) => m.start),
        ends: a.mentions.map((m) => m.end),
        resolutions: a.mentions.map((m) => m.resolution),
        absorbed: absorbed.get(article.id)?.get(a.id) ?? [],
      })),
    });
    for (const rel of extracted.relations) {
      const target = rel.target ? lookup(rel.target) : undefined;
      if (rel.target && !extracted.actors.some((a) => a.id === rel.target) && target) addActor(target);
      if (rel.type === 'HOLDS_OFFICE' && rel.target) {
        const title = rel.title ?? null;
        const held = lookup(rel.source)?.offices?.find((o) => o.of === rel.target && o.title === title);
        offices.set(`${rel.source}|${rel.target}|${title}`, { person: rel.source, of: rel.target, title, from: held?.from ?? null, to: held?.to ?? null });
      } else if (rel.type === 'PART_OF' && rel.target) partOf.set(`${rel.source}|${rel.target}`, { source: rel.source, target: rel.target });
      else if (isEventRelationType(rel.type)) {
        const [source, target] = rel.target ? canonicalPair(rel.type, rel.source, rel.target) : [rel.source, null];
        const id = eventId(rel.type, source, target, rel.date, rel.mode);
        // An event reported more than once is as certain as its most certain report, as MERGE_EVENTS keeps it.
        const confidence = Math.max(rel.confidence, events.get(id)?.confidence ?? -Infinity);
        events.set(id, { id, type: rel.type, source, target, mode: rel.mode, date: rel.date, date_precision: rel.date_precision, confidence });
        const mentionId = hash(article.id, id, rel.sentence);
        mentions.set(mentionId, {
          id: mentionId,
          article: article.id,
          event: id,
          sentence: rel.sentence,
          start: rel.start,
          end: rel.end,
          text: rel.evidence,
          attribution: rel.attribution ?? null,
          rule: rel.rule,
          marks: packMarks(rel.marks, source !== rel.source),
        });
      }
    }
  }
  // Memberships are facts about actors, not read from articles: linked once both ends are in the graph.
  const memberOf = membershipsTouching([...actors.keys()], gazetteer);
  const sent = [
    tx.run(MERGE_ACTORS, { actors: [...actors.values()].map((a) => ({ ...a, label: ACTOR_KINDS[a.kind].neo4jLabel })) }),
    tx.run(CREATE_ARTICLES, { articles, version: EXTRACTOR_VERSION }),
  ];
  const known = tx.run(KNOWN_EVENTS, { ids: [...events.keys()] });
  sent.push(tx.run(MERGE_EVENTS, { events: [...events.values()] }), tx.run(CREATE_MENTIONS, { mentions: [...mentions.values()] }));
  if (offices.size > 0) sent.push(tx.run(MERGE_OFFICES, { offices: [...offices.values()] }));
  if (partOf.size > 0) sent.push(tx.run(MERGE_PART_OF, { links: [...partOf.values()] }));
  if (memberOf.length > 0) sent.push(tx.run(MERGE_MEMBER_OF, { links: memberOf }));
  const [knownResult] = await Promise.all([known, ...sent]);
  const before = new Map(knownResult.records.map((r) => [r.get('id') as string, r.get('confidence') as number]));
  const additions = edgeAdditions(events, [...mentions.values()], before, rederive);
  const now = new Date().toISOString();
  await Promise.all(EVENT_RELATION_TYPES.filter((type) => additions.has(type)).map((type) => tx.run(ADD_TO_DERIVED.get(type)!, { additions: additions.get(type), now })));
}

/** The gazetteer's memberships with one end among `ids`: a body's members, and a member's bodies. */
function membershipsTouching(ids: string[], gazetteer: Gazetteer): { source: string; target: string; since: string | null }[] {
  const links = new Map<string, { source: string; target: string; since: string | null }>();
  const add = (member: KnownActor) => {
    for (const { body, since } of member.memberOf ?? []) links.set(`${member.id}|${body}`, { source: member.id, target: body, since: since ?? null });
  };
  const touched = new Set(ids);
  for (const id of ids) {
    const actor = gazetteer.actors.get(id);
    if (actor) add(actor);
  }
  for (const member of gazetteer.actors.values()) if (member.memberOf?.some((m) => touched.has(m.body))) add(member);
  return [...links.values()];
}

interface EdgeAddition {
  type: EventRelationType;
  source: string;
  target: string;
  events: number;
  articles: number;
  weight: number;
  /** New events by mode (DRAWN_MODES). */
  modes: Record<DrawnMode, number>;
  first_date: string | null;
  last_date: string | null;
}

/**
 * What the batch adds to each drawn edge, by relation type: its events not yet in the graph, the
 * confidence its known events gain, and its articles (all new).
 */
function edgeAdditions(
  events: Map<string, EventRow>,
  mentions: { article: string; event: string }[],
  known: Map<string, number>,
  rederive: Map<string, unknown>,
): Map<EventRelationType, EdgeAddition[]> {
  const edges = new Map<string, EdgeAddition & { articleIds: Set<string> }>();
  const counted = new Set<string>();
  for (const mention of mentions) {
    const event = events.get(mention.event)!;
    if (!event.target || !isDrawnMode(event.mode)) continue;
    const key = `${event.type}|${event.source}|${event.target}`;
    if (rederive.has(key)) continue;
    let edge = edges.get(key);
    if (!edge) {
      edge = {
        type: event.type,
        source: event.source,
        target: event.target,
        events: 0,
        articles: 0,
        weight: 0,
        modes: { asserted: 0, reported: 0, announced: 0 },
        first_date: null,
        last_date: null,
        articleIds: new Set(),
      };
      edges.set(key, edge);
    }
    edge.articleIds.add(mention.article);
    if (counted.has(mention.event)) continue;
    counted.add(mention.event);
    const before = known.get(mention.event);
    if (before !== undefined) {
      edge.weight += Math.max(0, event.confidence - before);
      continue;
    }
    edge.events++;
    edge.modes[event.mode]++;
    edge.weight += event.confidence;
    if (event.date && (!edge.first_date || event.date < edge.first_date)) edge.first_date = event.date;
    if (event.date && (!edge.last_date || event.date > edge.last_date)) edge.last_date = event.date;
  }
  const byType = new Map<EventRelationType, EdgeAddition[]>();
  for (const { articleIds, ...edge } of edges.values()) {
    const rows = byType.get(edge.type) ?? [];
    rows.push({ ...edge, articles: articleIds.size });
    byType.set(edge.type, rows);
  }
  return byType;
}

/** Re-derives the direct relationships of the given pairs from their events. */
export async function derive(tx: ManagedTransaction, pairs: { type: EventRelationType; source: string; target: string }[]): Promise<void> {
  if (pairs.length > 0) await tx.run(DERIVE, { pairs: pairs.filter((p) => isEventRelationType(p.type)), modes: DRAWN_MODES, now: new Date().toISOString() });
}

function dedupeById(items: ExtractedBatchItem[]): ExtractedBatchItem[] {
  const seen = new Set<string>();
  return items.filter((i) => (seen.has(i.article.id) ? false : (seen.add(i.article.id), true)));
}
