/**
 * Writing extracted articles to Neo4j, one transaction per batch: an article is in whole or not at
 * all. Queries use UNWIND over parameter rows and MERGE on constrained keys only; the labels and
 * relationship types they set dynamically are the ontology's, checked before they are sent.
 */
import { createHash } from 'node:crypto';
import { ACTOR_KINDS, canonicalPair, isEventRelationType, type ActorKind, type EventRelationType } from '@entente/ontology';
import { EXTRACTOR_VERSION, type Article, type ExtractedArticle, type Gazetteer, type KnownActor } from '@entente/extract';
import type { ManagedTransaction } from 'neo4j-driver';

export interface ExtractedBatchItem {
  article: Article;
  extracted: ExtractedArticle;
}

export interface BatchOutcome {
  created: number;
  unchanged: number;
  updated: number;
}

/** Events in these modes stand behind a line on the map; negated and denied ones are kept but not drawn. */
export const DRAWN_MODES = ['asserted', 'announced', 'reported'];

function hash(...parts: (string | number | null)[]): string {
  return createHash('sha256').update(parts.map(String).join('\u0000')).digest('hex').slice(0, 24);
}

/** Stable across runs: the same reported fact gets the same id, whichever article reports it. */
export function eventId(type: string, source: string, target: string | null, date: string | null, mode: string): string {
  const [a, b] = target && isEventRelationType(type) ? canonicalPair(type, source, target) : [source, target];
  return hash(type, a, b, date, mode);
}

// Labels and relationship types come from the ontology's constants (checked in writeBatch), never from input.
const MERGE_ACTORS = `
  UNWIND $actors AS a
  MERGE (x:Actor {id: a.id})
  ON CREATE SET x.kind = a.kind, x.name_en = a.name_en, x.name_ar = a.name_ar, x.iso2 = a.iso2
  SET x:$(a.label),
      x.aliases = reduce(all = coalesce(x.aliases, []), s IN a.aliases | CASE WHEN s IN all THEN all ELSE all + s END)
  SET x.aliases_text = reduce(t = '', s IN x.aliases | t + ' ' + s)`;

/** Re-derives the direct relationship of each (type, source, target) from the events behind it. */
const DERIVE = `
  UNWIND $pairs AS p
  MATCH (s:Actor {id: p.source}), (t:Actor {id: p.target})
  OPTIONAL MATCH (s)-[:ACTOR]->(e:Event {type: p.type})-[:RECIPIENT]->(t) WHERE e.mode IN $modes
  OPTIONAL MATCH (e)<-[:EVIDENCES]-(:Mention)-[:IN]->(a:Article)
  WITH p, s, t, collect(DISTINCT e) AS events, count(DISTINCT a) AS articles
  OPTIONAL MATCH (s)-[old:$(p.type)]->(t)
  FOREACH (_ IN CASE WHEN size(events) = 0 AND old IS NOT NULL THEN [1] ELSE [] END | DELETE old)
  WITH p, s, t, events, articles WHERE size(events) > 0
  MERGE (s)-[r:$(p.type)]->(t)
  SET r.events = size(events), r.articles = articles,
      r.weight = reduce(w = 0.0, e IN events | w + e.confidence),
      r.first_date = reduce(d = null, e IN events | CASE WHEN e.date IS NOT NULL AND (d IS NULL OR e.date < d) THEN e.date ELSE d END),
      r.last_date = reduce(d = null, e IN events | CASE WHEN e.date IS NOT NULL AND (d IS NULL OR e.date > d) THEN e.date ELSE d END)`;

/**
 * New articles only add to an edge: its counts grow by what the batch brings. (A full re-derivation
 * inside the batch's transaction would read through all its uncommitted changes, which is slow.)
 */
const ADD_TO_DERIVED = `
  UNWIND $additions AS d
  MATCH (s:Actor {id: d.source}), (t:Actor {id: d.target})
  MERGE (s)-[r:$(d.type)]->(t)
  ON CREATE SET r.events = 0, r.articles = 0, r.weight = 0.0
  SET r.events = r.events + d.events, r.articles = r.articles + d.articles, r.weight = r.weight + d.weight,
      r.first_date = CASE WHEN d.first_date IS NOT NULL AND (r.first_date IS NULL OR d.first_date < r.first_date) THEN d.first_date ELSE r.first_date END,
      r.last_date = CASE WHEN d.last_date IS NOT NULL AND (r.last_date IS NULL OR d.last_date > r.last_date) THEN d.last_date ELSE r.last_date END`;

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
const CREATE_ARTICLES = `
  UNWIND $articles AS a
  CREATE (x:Article {id: a.id, extractor: $version, file: a.file, title: a.title, lang: a.lang, date: a.date, url: a.url,
                     source: a.source, category: a.category, text: a.text})
  WITH x, a
  UNWIND a.mentioned AS m
  MATCH (actor:Actor {id: m.actor})
  CREATE (x)-[:MENTIONS {starts: m.starts, ends: m.ends, resolutions: m.resolutions}]->(actor)`;

const MERGE_EVENTS = `
  UNWIND $events AS e
  MERGE (ev:Event {id: e.id})
  ON CREATE SET ev.type = e.type, ev.mode = e.mode, ev.date = e.date, ev.date_precision = e.date_precision
  SET ev.confidence = CASE WHEN ev.confidence IS NULL OR e.confidence > ev.confidence THEN e.confidence ELSE ev.confidence END
  WITH ev, e
  MATCH (s:Actor {id: e.source})
  MERGE (s)-[:ACTOR]->(ev)
  WITH ev, e WHERE e.target IS NOT NULL
  MATCH (t:Actor {id: e.target})
  MERGE (ev)-[:RECIPIENT]->(t)`;

const CREATE_MENTIONS = `
  UNWIND $mentions AS m
  MATCH (a:Article {id: m.article}), (e:Event {id: m.event})
  CREATE (x:Mention {id: m.id, sentence: m.sentence, start: m.start, end: m.end, text: m.text, attribution: m.attribution})
  CREATE (x)-[:IN]->(a)
  CREATE (x)-[:EVIDENCES]->(e)`;

const MERGE_OFFICES = `
  UNWIND $offices AS o
  MATCH (p:Actor {id: o.person}), (x:Actor {id: o.of})
  MERGE (p)-[r:HOLDS_OFFICE {title: o.title}]->(x)
  SET r.from = o.from, r.to = o.to`;

const MERGE_PART_OF = `
  UNWIND $links AS l
  MATCH (a:Actor {id: l.source}), (b:Actor {id: l.target})
  MERGE (a)-[:PART_OF]->(b)`;

const MERGE_MEMBER_OF = `
  UNWIND $links AS l
  MATCH (a:Actor {id: l.source}), (b:Actor {id: l.target})
  MERGE (a)-[r:MEMBER_OF]->(b)
  SET r.since = l.since`;

/** Writes one batch in the given transaction; the gazetteer gives facts about actors an article does not name. */
export async function writeBatch(tx: ManagedTransaction, items: ExtractedBatchItem[], gazetteer: Gazetteer): Promise<BatchOutcome> {
  const lookup = (id: string) => gazetteer.actors.get(id);
  const ids = items.map((i) => i.article.id);
  const existing = await tx.run('UNWIND $ids AS id MATCH (a:Article {id: id}) WHERE a.extractor = $version RETURN a.id AS id', { ids, version: EXTRACTOR_VERSION });
  const present = new Set(existing.records.map((r) => r.get('id') as string));
  const fresh = dedupeById(items.filter((i) => !present.has(i.article.id)));
  // An article is replaced when its file now holds other text, or when the extractor has changed since.
  const replacedResult = await tx.run(
    `UNWIND $rows AS r
     CALL (r) {
       MATCH (old:Article {file: r.file}) WHERE old.id <> r.id RETURN old
       UNION
       MATCH (old:Article {id: r.id}) RETURN old
     }
     RETURN old.id AS id, r.file AS file`,
    { rows: fresh.map((i) => ({ id: i.article.id, file: i.article.file })) },
  );
  const replaced = [...new Set(replacedResult.records.map((r) => r.get('id') as string))];
  const updatedFiles = new Set(replacedResult.records.map((r) => r.get('file') as string));
  // Edges that lost events are derived again in full, after the batch's own events are in.
  const rederive = new Map<string, { type: EventRelationType; source: string; target: string }>();
  if (replaced.length > 0) {
    const removed = await tx.run(DELETE_ARTICLES, { ids: replaced });
    for (const r of removed.records) {
      const type = r.get('type') as string;
      const target = r.get('target') as string | null;
      if (target && isEventRelationType(type)) rederive.set(`${type}|${r.get('source')}|${target}`, { type, source: r.get('source'), target });
    }
  }
  if (fresh.length === 0) {
    await derive(tx, [...rederive.values()]);
    return { created: 0, updated: 0, unchanged: items.length };
  }

  const actors = new Map<string, { id: string; kind: ActorKind; name_en: string; name_ar: string; iso2: string | null; aliases: string[] }>();
  const addActor = (a: { id: string; kind: ActorKind; name_en: string; name_ar: string; iso2?: string }, aliases: string[] = []) => {
    const row = actors.get(a.id) ?? { id: a.id, kind: a.kind, name_en: a.name_en, name_ar: a.name_ar, iso2: a.iso2 ?? null, aliases: [] };
    for (const alias of aliases) if (!row.aliases.includes(alias)) row.aliases.push(alias);
    actors.set(a.id, row);
  };
  const articles = [];
  const events = new Map<string, { id: string; type: EventRelationType; source: string; target: string | null; mode: string; date: string | null; date_precision: string; confidence: number }>();
  const mentions: { id: string; article: string; event: string; sentence: number; start: number; end: number; text: string; attribution: string | null }[] = [];
  const offices: { person: string; of: string; title: string | null; from: string | null; to: string | null }[] = [];
  const partOf = [];
  for (const { article, extracted } of fresh) {
    for (const actor of extracted.actors) addActor(actor, actor.mentions.map((m) => m.text));
    articles.push({
      id: article.id, file: article.file, title: article.title, lang: article.lang, date: article.date, url: article.url,
      source: article.source, category: article.category, text: article.text,
      mentioned: extracted.actors.map((a) => ({
        actor: a.id, starts: a.mentions.map((m) => m.start), ends: a.mentions.map((m) => m.end), resolutions: a.mentions.map((m) => m.resolution),
      })),
    });
    for (const rel of extracted.relations) {
      const target = rel.target ? lookup(rel.target) : undefined;
      if (rel.target && !extracted.actors.some((a) => a.id === rel.target) && target) addActor(target);
      if (rel.type === 'HOLDS_OFFICE' && rel.target) offices.push({ person: rel.source, of: rel.target, title: rel.title ?? null, from: null, to: null });
      else if (rel.type === 'PART_OF' && rel.target) partOf.push({ source: rel.source, target: rel.target });
      else if (isEventRelationType(rel.type)) {
        const [source, target] = rel.target ? canonicalPair(rel.type, rel.source, rel.target) : [rel.source, null];
        const id = eventId(rel.type, source, target, rel.date, rel.mode);
        events.set(id, { id, type: rel.type, source, target, mode: rel.mode, date: rel.date, date_precision: rel.date_precision, confidence: rel.confidence });
        mentions.push({
          id: hash(article.id, id, rel.sentence), article: article.id, event: id, sentence: rel.sentence, start: rel.start, end: rel.end,
          text: rel.evidence, attribution: rel.attribution ?? null,
        });
      }
    }
  }
  for (const office of offices) {
    const person = lookup(office.person);
    const held = person?.offices?.find((o) => o.of === office.of && o.title === office.title);
    office.from = held?.from ?? null;
    office.to = held?.to ?? null;
  }
  await tx.run(MERGE_ACTORS, { actors: [...actors.values()].map((a) => ({ ...a, label: ACTOR_KINDS[a.kind].neo4jLabel })) });
  await tx.run(CREATE_ARTICLES, { articles, version: EXTRACTOR_VERSION });
  const known = await tx.run('UNWIND $ids AS id MATCH (e:Event {id: id}) RETURN e.id AS id', { ids: [...events.keys()] });
  const additions = edgeAdditions(events, mentions, new Set(known.records.map((r) => r.get('id') as string)), rederive);
  await tx.run(MERGE_EVENTS, { events: [...events.values()] });
  await tx.run(CREATE_MENTIONS, { mentions: [...new Map(mentions.map((m) => [m.id, m])).values()] });
  if (offices.length > 0) await tx.run(MERGE_OFFICES, { offices });
  if (partOf.length > 0) await tx.run(MERGE_PART_OF, { links: partOf });
  // Memberships are facts about actors, not read from articles: linked once both ends are in the graph.
  const memberOf = membershipsTouching([...actors.keys()], gazetteer);
  if (memberOf.length > 0) await tx.run(MERGE_MEMBER_OF, { links: memberOf });
  if (additions.length > 0) await tx.run(ADD_TO_DERIVED, { additions });
  await derive(tx, [...rederive.values()]);
  const updated = fresh.filter((i) => updatedFiles.has(i.article.file)).length;
  return { created: fresh.length - updated, updated, unchanged: items.length - fresh.length };
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
  first_date: string | null;
  last_date: string | null;
}

/** What the batch adds to each drawn edge: its events not yet in the graph, and its articles (all new). */
function edgeAdditions(
  events: Map<string, { type: EventRelationType; source: string; target: string | null; mode: string; date: string | null; confidence: number }>,
  mentions: { article: string; event: string }[],
  known: Set<string>,
  rederive: Map<string, unknown>,
): EdgeAddition[] {
  const edges = new Map<string, EdgeAddition & { articleIds: Set<string> }>();
  const counted = new Set<string>();
  for (const mention of mentions) {
    const event = events.get(mention.event)!;
    if (!event.target || !DRAWN_MODES.includes(event.mode)) continue;
    const key = `${event.type}|${event.source}|${event.target}`;
    if (rederive.has(key)) continue;
    let edge = edges.get(key);
    if (!edge) {
      edge = { type: event.type, source: event.source, target: event.target, events: 0, articles: 0, weight: 0, first_date: null, last_date: null, articleIds: new Set() };
      edges.set(key, edge);
    }
    edge.articleIds.add(mention.article);
    if (known.has(mention.event) || counted.has(mention.event)) continue;
    counted.add(mention.event);
    edge.events++;
    edge.weight += event.confidence;
    if (event.date && (!edge.first_date || event.date < edge.first_date)) edge.first_date = event.date;
    if (event.date && (!edge.last_date || event.date > edge.last_date)) edge.last_date = event.date;
  }
  return [...edges.values()].map(({ articleIds, ...edge }) => ({ ...edge, articles: articleIds.size }));
}

/** Re-derives the direct relationships of the given pairs from their events. */
export async function derive(tx: ManagedTransaction, pairs: { type: EventRelationType; source: string; target: string }[]): Promise<void> {
  if (pairs.length > 0) await tx.run(DERIVE, { pairs: pairs.filter((p) => isEventRelationType(p.type)), modes: DRAWN_MODES });
}

function dedupeById(items: ExtractedBatchItem[]): ExtractedBatchItem[] {
  const seen = new Set<string>();
  return items.filter((i) => (seen.has(i.article.id) ? false : (seen.add(i.article.id), true)));
}
