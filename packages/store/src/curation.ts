/**
 * Curation: an analyst's corrections, kept as (:Curation) nodes beside what the extractor wrote and
 * applied to it on every write, so that they outlive any re-ingest and any extractor version.
 *
 * - A relation or an event is `rejected` or `confirmed`: the word is written on the derived
 *   relationship or the Event (`curation`) and every read honours it. A rejected event no longer
 *   counts towards its line; a rejected line is hidden unless asked for.
 * - Event ids are hashes of their actors, so a curation keeps the fields it was made on and finds its
 *   relation or event again through the merges in force (`on` says where it applies now).
 * - A merge is applied as the articles are written: writeBatch reads every article's actors through
 *   the merges (see redirectActors), so a re-ingest folds them again. Making or undoing one reads
 *   again, from their stored text, the articles it touches.
 * - Renames and aliases change the actor node, which no ingest rewrites, and are reversed on undo.
 */
import { randomUUID } from 'node:crypto';
import { ACTOR_KINDS, canonicalPair, isEventRelationType, type ActorKind, type EventRelationType } from '@entente/ontology';
import { defaultGazetteer, extractArticle, type Article, type ExtractedArticle } from '@entente/extract';
import type { Curation, CurationAction, CurationNote, CurationRequest, RelationCuration, RelationRef } from '@entente/protocol';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { storeError } from './errors.ts';
import { touchGraph } from './version.ts';
import { derive, eventId, writeBatch, type ExtractedBatchItem } from './write.ts';

/** A curation that cannot be made or undone as asked; the message says why, for the analyst. */
export class CurationError extends Error {
  constructor(
    message: string,
    readonly reason: 'invalid' | 'not-found' | 'conflict',
  ) {
    super(message);
  }
}

/** The state a reject or confirm leaves, in the `curation` property of what it applies to. */
const STATE: Partial<Record<CurationAction, RelationCuration>> = { reject: 'rejected', confirm: 'confirmed' };

/** Every field of a Curation node, null when it does not apply. */
const FIELDS = ['type', 'source', 'target', 'event', 'date', 'mode', 'actor', 'into', 'name_en', 'name_ar', 'kind', 'alias'] as const;

/** The key of a relation's curations: its type and its ends in the order the graph keeps them. */
export function relationSubject({ type, source, target }: RelationRef): string {
  const [a, b] = isEventRelationType(type) ? canonicalPair(type, source, target) : [source, target];
  return `relation:${type}|${a}|${b}`;
}

/** Where each merged actor's mentions go: the actor it ends up in, through chains of merges. */
export interface MergeMap {
  /** The actor an id stands for now (itself when it was not merged). */
  resolve(id: string): string;
  /** The ids folded into `id` on the way to it, itself first: [A, B] for A merged into B merged into C. */
  chain(id: string): string[];
  readonly size: number;
}

export function mergeMap(merges: readonly { actor: string; into: string }[]): MergeMap {
  const into = new Map(merges.map((m) => [m.actor, m.into]));
  const chain = (id: string) => {
    const seen = [id];
    for (let next = into.get(id); next !== undefined && !seen.includes(next); next = into.get(next)) seen.push(next);
    return seen;
  };
  return { resolve: (id) => chain(id).at(-1)!, chain: (id) => chain(id).slice(0, -1), size: into.size };
}

/** The merges in force, as writeBatch reads the articles of a batch through them. */
export async function activeMerges(tx: ManagedTransaction): Promise<MergeMap> {
  const { records } = await tx.run(`MATCH (c:Curation {action: 'merge'}) WHERE c.undone_at IS NULL RETURN c.actor AS actor, c.into AS into ORDER BY c.at`);
  return mergeMap(records.map((r) => ({ actor: r.get('actor') as string, into: r.get('into') as string })));
}

/**
 * What the extractor read, with merged actors read as the actor they were merged into; `absorbed`
 * gives, for each actor of the result, the merged ids its mentions came from. A relation a merge
 * turns into one of an actor with itself is dropped: the graph draws no loops.
 */
export function redirectActors(extracted: ExtractedArticle, merges: MergeMap): { extracted: ExtractedArticle; absorbed: Map<string, string[]> } {
  const absorbed = new Map<string, string[]>();
  if (merges.size === 0) return { extracted, absorbed };
  const actors = new Map<string, ExtractedArticle['actors'][number]>();
  for (const actor of extracted.actors) {
    const id = merges.resolve(actor.id);
    const merged = merges.chain(actor.id);
    if (merged.length > 0) absorbed.set(id, [...new Set([...(absorbed.get(id) ?? []), ...merged])]);
    const kept = actors.get(id);
    if (kept) kept.mentions = [...kept.mentions, ...actor.mentions].sort((a, b) => a.start - b.start);
    else actors.set(id, { ...actor, id, mentions: [...actor.mentions] });
  }
  const relations = extracted.relations
    .map((r) => ({
      ...r,
      source: merges.resolve(r.source),
      target: r.target === null ? null : merges.resolve(r.target),
      ...(r.attribution ? { attribution: merges.resolve(r.attribution) } : {}),
    }))
    .filter((r) => r.source !== r.target);
  return { extracted: { actors: [...actors.values()], relations }, absorbed };
}

type Row = Record<string, unknown>;

function curationOf(node: Row): Curation {
  const field = (name: string) => (node[name] ?? null) as never;
  return {
    id: node.id as string,
    action: node.action as CurationAction,
    scope: node.scope as Curation['scope'],
    on: node.on as string,
    by: node.by as string,
    at: node.at as string,
    reason: field('reason'),
    ...(Object.fromEntries(FIELDS.map((name) => [name, field(name)])) as unknown as Pick<Curation, (typeof FIELDS)[number]>),
    undone_at: field('undone_at'),
    undone_by: field('undone_by'),
  };
}

/** Where a relation or event curation applies now, through the merges in force. */
function currentSubject(c: Curation, merges: MergeMap): string {
  if (c.scope === 'actor') return `actor:${c.actor}`;
  const source = merges.resolve(c.source!);
  const target = c.target === null ? null : merges.resolve(c.target);
  if (c.scope === 'relation') return relationSubject({ type: c.type!, source, target: target! });
  const [a, b] = target && isEventRelationType(c.type!) ? canonicalPair(c.type!, source, target) : [source, target];
  return `event:${eventId(c.type!, a, b, c.date, c.mode!)}`;
}

/**
 * Writes every reject and confirm onto what it applies to now, and re-derives the lines whose events
 * changed. Idempotent and cheap (curations are few beside articles): writeBatch runs it after every
 * batch, in the batch's transaction, so no batch commits a line its analyst rejected.
 */
export async function applyCurations(tx: ManagedTransaction, merges?: MergeMap): Promise<void> {
  merges ??= await activeMerges(tx);
  const { records } = await tx.run(`MATCH (c:Curation) WHERE c.scope IN ['relation', 'event'] RETURN properties(c) AS c ORDER BY c.at`);
  const curations = records.map((r) => curationOf(r.get('c') as Row));
  const moved = curations.map((c) => ({ id: c.id, on: currentSubject(c, merges) })).filter((m, i) => m.on !== curations[i]!.on);
  // The latest curation in force of each subject decides it; a subject with none left is cleared.
  const states = new Map<string, RelationCuration | null>();
  const movedTo = new Map(moved.map((m) => [m.id, m.on]));
  for (const c of curations) {
    const on = movedTo.get(c.id) ?? c.on;
    if (!states.has(on)) states.set(on, null);
    if (c.undone_at === null) states.set(on, STATE[c.action] ?? null);
  }
  // Where a curation applied before a merge moved it (or its undo moved it back), nothing applies now.
  for (const c of curations) if (movedTo.has(c.id) && !states.has(c.on)) states.set(c.on, null);
  const relations = [...states]
    .filter(([on]) => on.startsWith('relation:'))
    .map(([on, state]) => {
      const [type, source, target] = on.slice('relation:'.length).split('|') as [string, string, string];
      return { type, source, target, state };
    });
  const events = [...states].filter(([on]) => on.startsWith('event:')).map(([on, state]) => ({ id: on.slice('event:'.length), state }));
  const [, , changed] = await Promise.all([
    moved.length > 0 && tx.run(`UNWIND $moved AS m MATCH (c:Curation {id: m.id}) SET c.on = m.on`, { moved }),
    relations.length > 0 &&
      tx.run(
        `UNWIND $rows AS row
         MATCH (:Actor {id: row.source})-[r:$(row.type)]->(:Actor {id: row.target})
         WHERE coalesce(r.curation, '') <> coalesce(row.state, '')
         SET r.curation = row.state`,
        { rows: relations },
      ),
    tx.run(
      `UNWIND $rows AS row
       MATCH (e:Event {id: row.id}) WHERE coalesce(e.curation, '') <> coalesce(row.state, '')
       SET e.curation = row.state
       WITH e MATCH (s:Actor)-[:ACTOR]->(e)-[:RECIPIENT]->(t:Actor)
       RETURN DISTINCT e.type AS type, s.id AS source, t.id AS target`,
      { rows: events },
    ),
  ]);
  const pairs = changed.records.map((r) => ({ type: r.get('type') as EventRelationType, source: r.get('source') as string, target: r.get('target') as string }));
  await derive(tx, pairs);
}

const ARTICLE_FIELDS = 'a {.id, .file, .title, .lang, .date, .url, .source, .category, .text} AS article';

/**
 * Reads the given articles again from the text the graph keeps and writes what the extractor reads
 * now, through the merges now in force: how a merge, or its undo, reaches the events already written.
 */
async function rereadArticles(tx: ManagedTransaction, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const gazetteer = defaultGazetteer();
  const { records } = await tx.run(`MATCH (a:Article) WHERE a.id IN $ids RETURN ${ARTICLE_FIELDS}`, { ids });
  const items: ExtractedBatchItem[] = records.map((r) => {
    const article = r.get('article') as Article;
    return { article, extracted: extractArticle(article, gazetteer) };
  });
  await writeBatch(tx, items, gazetteer, { reread: true });
}

const ACTOR_STATE = 'x {.id, .kind, .name_en, .name_ar, .aliases, .absorbed} AS actor';

interface ActorState {
  id: string;
  kind: ActorKind;
  name_en: string;
  name_ar: string;
  aliases: string[] | null;
  absorbed: string[] | null;
}

async function actorState(tx: ManagedTransaction, id: string): Promise<ActorState> {
  const { records } = await tx.run(`MATCH (x:Actor {id: $id}) RETURN ${ACTOR_STATE}`, { id });
  if (records.length === 0) throw new CurationError(`no actor with id ${id}`, 'not-found');
  return records[0]!.get('actor') as ActorState;
}

/** Sets an actor's aliases and the text the full-text index searches them in. */
const SET_ALIASES = `MATCH (x:Actor {id: $id}) SET x.aliases = $aliases, x.aliases_text = reduce(t = '', s IN $aliases | t + ' ' + s)`;

/** Sets an actor's names and kind, the kind's label with it. */
async function setActor(tx: ManagedTransaction, id: string, fields: { name_en: string; name_ar: string; kind: ActorKind }, oldKind: ActorKind): Promise<void> {
  await tx.run(`MATCH (x:Actor {id: $id}) REMOVE x:$($old) SET x.name_en = $name_en, x.name_ar = $name_ar, x.kind = $kind, x:$($label)`, {
    id,
    ...fields,
    old: ACTOR_KINDS[oldKind].neo4jLabel,
    label: ACTOR_KINDS[fields.kind].neo4jLabel,
  });
}

const MAX_TEXT = 500;

function text(value: unknown, name: string, { optional = false, max = MAX_TEXT } = {}): string | null {
  if (value === undefined || value === null || (optional && value === '')) {
    if (optional) return null;
    throw new CurationError(`${name} is required`, 'invalid');
  }
  if (typeof value !== 'string' || value.trim() === '') throw new CurationError(`${name} must be a non-empty string`, 'invalid');
  if (value.length > max) throw new CurationError(`${name} is longer than ${max} characters`, 'invalid');
  return value.trim();
}

/**
 * Makes, undoes, lists, exports and imports curations. Every change is one write transaction that
 * also replaces the graph's version, so the explorer's kept answers are read again.
 */
export class Curator {
  constructor(
    private readonly driver: Driver,
    private readonly database: string,
  ) {}

  private async write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database });
    try {
      return await session.executeWrite(async (tx) => {
        const result = await work(tx);
        await touchGraph(tx);
        return result;
      });
    } catch (error) {
      if (error instanceof CurationError) throw error;
      throw storeError(error);
    } finally {
      await session.close();
    }
  }

  private async read<T>(query: string, params: Record<string, unknown>, map: (row: Row) => T): Promise<T[]> {
    try {
      const { records } = await this.driver.executeQuery(query, params, { database: this.database, routing: 'READ' });
      return records.map((r) => map(r.toObject() as Row));
    } catch (error) {
      throw storeError(error);
    }
  }

  /** Makes one curation and applies it; throws CurationError when the request is wrong. */
  async curate(request: CurationRequest): Promise<Curation> {
    return this.write(async (tx) => {
      const curation = await this.validated(tx, request);
      await tx.run(`CREATE (c:Curation) SET c = $node`, { node: curation });
      await this.applyChange(tx, curation, 'do');
      return curation;
    });
  }

  /** The curation a request asks for, checked against the graph: what it names must be there. */
  private async validated(tx: ManagedTransaction, request: CurationRequest): Promise<Curation> {
    const action = request.action;
    const fields: Record<string, unknown> = Object.fromEntries(FIELDS.map((name) => [name, null]));
    let scope: Curation['scope'];
    let on: string;
    const merges = await activeMerges(tx);
    if ((action === 'reject' || action === 'confirm') && 'relation' in request) {
      const { type, source, target } = request.relation ?? ({} as RelationRef);
      if (!isEventRelationType(type)) throw new CurationError(`relation.type must be an event relation type of the ontology`, 'invalid');
      const [s, t] = [merges.resolve(text(source, 'relation.source')!), merges.resolve(text(target, 'relation.target')!)];
      const found = await tx.run(`MATCH (:Actor {id: $s})-[r:$($type)]-(:Actor {id: $t}) RETURN count(r) AS n`, { s, t, type });
      if ((found.records[0]!.get('n') as number) === 0) throw new CurationError(`there is no ${type} line between ${source} and ${target}`, 'not-found');
      const [a, b] = canonicalPair(type, s, t);
      Object.assign(fields, { type, source: a, target: b });
      scope = 'relation';
      on = relationSubject({ type, source: a, target: b });
    } else if ((action === 'reject' || action === 'confirm') && 'event' in request) {
      const id = text(request.event, 'event')!;
      const found = await tx.run(
        `MATCH (s:Actor)-[:ACTOR]->(e:Event {id: $id}) OPTIONAL MATCH (e)-[:RECIPIENT]->(t:Actor)
         RETURN e.type AS type, e.date AS date, e.mode AS mode, s.id AS source, t.id AS target`,
        { id },
      );
      const event = found.records[0]?.toObject();
      if (!event) throw new CurationError(`no event with id ${id}`, 'not-found');
      Object.assign(fields, { event: id, type: event.type, source: event.source, target: event.target, date: event.date, mode: event.mode });
      scope = 'event';
      on = `event:${id}`;
    } else if (action === 'merge') {
      const [actor, into] = [text(request.actor, 'actor')!, text(request.into, 'into')!];
      if (merges.resolve(actor) === merges.resolve(into)) throw new CurationError(`${actor} and ${into} are already one actor`, 'conflict');
      await Promise.all([actorState(tx, actor), actorState(tx, into)]);
      Object.assign(fields, { actor, into });
      scope = 'actor';
      on = `actor:${into}`;
    } else if (action === 'rename') {
      const actor = text(request.actor, 'actor')!;
      const current = await actorState(tx, actor);
      const kind = request.kind ?? current.kind;
      if (!(kind in ACTOR_KINDS)) throw new CurationError(`kind must be one of ${Object.keys(ACTOR_KINDS).join(', ')}`, 'invalid');
      const name_en = text(request.name_en, 'name_en', { optional: true, max: 200 }) ?? current.name_en;
      const name_ar = text(request.name_ar, 'name_ar', { optional: true, max: 200 }) ?? current.name_ar;
      Object.assign(fields, { actor, name_en, name_ar, kind });
      scope = 'actor';
      on = `actor:${actor}`;
    } else if (action === 'alias') {
      const actor = text(request.actor, 'actor')!;
      await actorState(tx, actor);
      Object.assign(fields, { actor, alias: text(request.alias, 'alias', { max: 200 }) });
      scope = 'actor';
      on = `actor:${actor}`;
    } else throw new CurationError(`action must be reject, confirm, merge, rename or alias (reject and confirm take a relation or an event)`, 'invalid');
    return curationOf({
      ...fields,
      id: randomUUID(),
      at: new Date().toISOString(),
      action,
      scope,
      on,
      by: text(request.by, 'by', { optional: true, max: 100 }) ?? 'analyst',
      reason: text(request.reason, 'reason', { optional: true }),
    });
  }

  /**
   * Applies a curation just made (`do`) or just undone (`undo`). What an actor curation finds is kept
   * on its node (`before`), so that its undo restores exactly that.
   */
  private async applyChange(tx: ManagedTransaction, c: Curation, direction: 'do' | 'undo'): Promise<void> {
    if (c.scope !== 'actor') return applyCurations(tx);
    const keep = (before: unknown) => tx.run(`MATCH (c:Curation {id: $id}) SET c.before = $before`, { id: c.id, before: JSON.stringify(before) });
    const kept = async () => {
      const { records } = await tx.run(`MATCH (c:Curation {id: $id}) RETURN c.before AS before`, { id: c.id });
      const before = records[0]?.get('before') as string | null | undefined;
      return before ? (JSON.parse(before) as Record<string, unknown>) : {};
    };
    if (c.action === 'rename') {
      const state = await actorState(tx, c.actor!);
      if (direction === 'do') {
        await keep({ name_en: state.name_en, name_ar: state.name_ar, kind: state.kind });
        return setActor(tx, c.actor!, { name_en: c.name_en!, name_ar: c.name_ar!, kind: c.kind! }, state.kind);
      }
      // Undoing a rename that a later one replaced leaves the later one: it now restores what this one found.
      const later = await tx.run(`MATCH (l:Curation {action: 'rename', actor: $actor}) WHERE l.undone_at IS NULL AND l.at > $at RETURN l.id AS id ORDER BY l.at LIMIT 1`, {
        actor: c.actor,
        at: c.at,
      });
      const before = await kept();
      if (later.records.length > 0)
        return void (await tx.run(`MATCH (l:Curation {id: $id}) SET l.before = $before`, { id: later.records[0]!.get('id'), before: JSON.stringify(before) }));
      return setActor(tx, c.actor!, before as { name_en: string; name_ar: string; kind: ActorKind }, state.kind);
    }
    if (c.action === 'alias') {
      const aliases = (await actorState(tx, c.actor!)).aliases ?? [];
      if (direction === 'do') {
        await keep({ present: aliases.includes(c.alias!) });
        if (!aliases.includes(c.alias!)) await tx.run(SET_ALIASES, { id: c.actor, aliases: [...aliases, c.alias] });
      } else if (!(await kept()).present) await tx.run(SET_ALIASES, { id: c.actor, aliases: aliases.filter((a) => a !== c.alias) });
      return;
    }
    return direction === 'do' ? this.merge(tx, c) : this.unmerge(tx, c, await kept());
  }

  /** Folds `c.actor` into `c.into`: its articles are read again through the merge, then it goes. */
  private async merge(tx: ManagedTransaction, c: Curation): Promise<void> {
    const [from, into] = await Promise.all([actorState(tx, c.actor!), actorState(tx, c.into!)]);
    const articles = await tx.run(`MATCH (a:Article)-[:MENTIONS]->(:Actor {id: $id}) RETURN collect(a.id) AS ids`, { id: from.id });
    await rereadArticles(tx, articles.records[0]!.get('ids') as string[]);
    // Its names are the merged actor's aliases now; those it did not have go when the merge is undone.
    const had = new Set(into.aliases ?? []);
    const added = [...new Set([from.name_en, from.name_ar, ...(from.aliases ?? [])])].filter((a) => a && !had.has(a));
    await tx.run(SET_ALIASES, { id: into.id, aliases: [...had, ...added] });
    await tx.run(`MATCH (x:Actor {id: $into}) SET x.absorbed = $absorbed`, {
      into: into.id,
      absorbed: [...new Set([...(into.absorbed ?? []), from.id, ...(from.absorbed ?? [])])],
    });
    await tx.run(`MATCH (c:Curation {id: $id}) SET c.before = $before`, { id: c.id, before: JSON.stringify({ aliases: added, absorbed: [from.id, ...(from.absorbed ?? [])] }) });
    await tx.run(`MATCH (x:Actor {id: $id}) DETACH DELETE x`, { id: from.id });
    await applyCurations(tx);
  }

  /** Undoes a merge: the articles whose mentions it folded are read again without it. */
  private async unmerge(tx: ManagedTransaction, c: Curation, before: Record<string, unknown>): Promise<void> {
    const into = await actorState(tx, c.into!).catch(() => null);
    if (!into) return applyCurations(tx);
    const added = new Set((before.aliases as string[] | undefined) ?? []);
    const absorbed = new Set((before.absorbed as string[] | undefined) ?? [c.actor!]);
    await tx.run(SET_ALIASES, { id: into.id, aliases: (into.aliases ?? []).filter((a) => !added.has(a)) });
    await tx.run(`MATCH (x:Actor {id: $id}) SET x.absorbed = $absorbed`, { id: into.id, absorbed: (into.absorbed ?? []).filter((a) => !absorbed.has(a)) });
    const articles = await tx.run(`MATCH (a:Article)-[m:MENTIONS]->(:Actor {id: $into}) WHERE $actor IN coalesce(m.absorbed, []) RETURN collect(a.id) AS ids`, {
      into: into.id,
      actor: c.actor,
    });
    await rereadArticles(tx, articles.records[0]!.get('ids') as string[]);
    await applyCurations(tx);
  }

  /** Undoes a curation: the graph is as it would be had it never been made. */
  async undo(id: string, by = 'analyst'): Promise<Curation> {
    return this.write(async (tx) => {
      const { records } = await tx.run(`MATCH (c:Curation {id: $id}) RETURN properties(c) AS c`, { id });
      if (records.length === 0) throw new CurationError(`no curation with id ${id}`, 'not-found');
      const stored = records[0]!.get('c') as Row;
      if (stored.undone_at !== null && stored.undone_at !== undefined) throw new CurationError(`curation ${id} is already undone`, 'conflict');
      const undone = { undone_at: new Date().toISOString(), undone_by: text(by, 'by', { max: 100 }) };
      await tx.run(`MATCH (c:Curation {id: $id}) SET c += $undone`, { id, undone });
      await this.applyChange(tx, { ...curationOf(stored), ...undone }, 'undo');
      return curationOf({ ...stored, ...undone });
    });
  }

  /** Every curation, newest first, undone ones included; `on` narrows to one relation, event or actor. */
  async list(on?: string): Promise<Curation[]> {
    return this.read(`MATCH (c:Curation) WHERE $on IS NULL OR c.on = $on RETURN properties(c) AS c ORDER BY c.at DESC`, { on: on ?? null }, (r) => curationOf(r.c as Row));
  }

  /**
   * Takes curations exported from this or another instance, each with its id, author and time; one
   * already here (by id) is left as it is. What they name need not be in this graph yet: they apply
   * as soon as it is (a merge, to the articles ingested after). All or nothing: a malformed entry
   * fails the import, naming it.
   */
  async import(curations: unknown[]): Promise<{ imported: number; skipped: number }> {
    const checked = curations.map((c, i) => importable(c, i));
    return this.write(async (tx) => {
      const { records } = await tx.run(`MATCH (c:Curation) WHERE c.id IN $ids RETURN collect(c.id) AS ids`, { ids: checked.map((c) => c.id) });
      const known = new Set(records[0]!.get('ids') as string[]);
      const fresh = checked.filter((c) => !known.has(c.id)).sort((a, b) => a.at.localeCompare(b.at));
      for (const c of fresh) {
        await tx.run(`CREATE (c:Curation) SET c = $node`, { node: c });
        if (c.scope !== 'actor' || c.undone_at !== null) continue;
        const present = await tx.run(`MATCH (x:Actor) WHERE x.id IN $ids RETURN count(x) AS n`, { ids: [c.actor, ...(c.into ? [c.into] : [])] });
        if ((present.records[0]!.get('n') as number) === (c.into ? 2 : 1)) await this.applyChange(tx, c, 'do');
      }
      await applyCurations(tx);
      return { imported: fresh.length, skipped: checked.length - fresh.length };
    });
  }
}

const ACTIONS: Record<CurationAction, Curation['scope'][]> = {
  reject: ['relation', 'event'],
  confirm: ['relation', 'event'],
  merge: ['actor'],
  rename: ['actor'],
  alias: ['actor'],
};

/** The fields each kind of curation must have, besides its stamp: by scope, and for actors by action. */
const REQUIRED: Record<string, (typeof FIELDS)[number][]> = {
  relation: ['type', 'source', 'target'],
  event: ['type', 'source', 'event', 'mode'],
  merge: ['actor', 'into'],
  rename: ['actor', 'name_en', 'name_ar', 'kind'],
  alias: ['actor', 'alias'],
};

/** An exported curation checked field by field before it is written. */
function importable(value: unknown, index: number): Curation {
  const wrong = (why: string) => new CurationError(`curation ${index + 1}: ${why}`, 'invalid');
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw wrong('not an object');
  const c = value as Record<string, unknown>;
  for (const name of ['id', 'at', 'by', 'action', 'scope'] as const) if (typeof c[name] !== 'string' || c[name] === '') throw wrong(`${name} must be a non-empty string`);
  const action = c.action as CurationAction;
  if (!ACTIONS[action]?.includes(c.scope as Curation['scope'])) throw wrong(`${String(c.action)} does not apply to ${String(c.scope)}`);
  if (Number.isNaN(Date.parse(c.at as string))) throw wrong(`at must be a date and time`);
  for (const name of REQUIRED[c.scope === 'actor' ? action : (c.scope as string)]!) if (typeof c[name] !== 'string') throw wrong(`${name} must be a string`);
  if (c.type !== undefined && c.type !== null && !isEventRelationType(c.type as string)) throw wrong(`type ${String(c.type)} is not an event relation type`);
  if (action === 'rename' && !((c.kind as string) in ACTOR_KINDS)) throw wrong(`kind ${String(c.kind)} is not an actor kind`);
  for (const name of [...FIELDS, 'reason', 'undone_at', 'undone_by'] as const) {
    const field = c[name];
    if (field !== undefined && field !== null && (typeof field !== 'string' || field.length > MAX_TEXT)) throw wrong(`${name} must be a string of at most ${MAX_TEXT} characters`);
  }
  // Where a relation or event curation applies is worked out again here (applyCurations).
  const on = c.scope !== 'actor' ? '' : `actor:${String(action === 'merge' ? c.into : c.actor)}`;
  return curationOf({ ...c, on });
}

/** A curation as shown beside what it applies to. */
export function noteOf(c: Curation): CurationNote {
  return { id: c.id, action: c.action, by: c.by, at: c.at, reason: c.reason };
}
