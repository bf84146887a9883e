/**
 * One actor-inventory measurement (issue 12), run in its own process:
 *   tsx scripts/bench/actors.ts [--top N] <inputs>
 * Over the given articles: the actors with the most event relations, and among the top N the pairs
 * that may be one entity under two ids, by the keys the extractor itself matches names with (the
 * consonant skeleton of the whole name in either script; a one-word name and the last word of a
 * longer one). Also how many persons the text introduced that the knowledge base lacks.
 * Prints one JSON line.
 */
import { parseArgs } from 'node:util';
import { defaultGazetteer, extractArticle, readArticles, type ExtractedActor } from '@entente/extract';
import { isEventRelationType } from '@entente/ontology';
import { nameSkeleton } from '../../packages/extract/src/engine/skeleton.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '300' } } });
const top = Number(values.top);
const gazetteer = defaultGazetteer();
const events = new Map<string, number>();
const actors = new Map<string, ExtractedActor>();
/** Text-introduced person ids, by the language of the article that introduced them. */
const introduced: Record<string, Set<string>> = {};
let articles = 0;
for await (const result of readArticles(positionals)) {
  if (!('article' in result)) continue;
  articles++;
  const extracted = extractArticle(result.article, gazetteer);
  for (const actor of extracted.actors) {
    if (!actors.has(actor.id)) actors.set(actor.id, actor);
    if (actor.kind === 'person' && !gazetteer.actors.has(actor.id)) (introduced[result.article.lang] ??= new Set()).add(actor.id);
  }
  for (const r of extracted.relations) {
    if (!isEventRelationType(r.type)) continue;
    for (const id of [r.source, r.target]) if (id) events.set(id, (events.get(id) ?? 0) + 1);
  }
}

const ranked = [...events].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, top);
/** A name's skeletons in both scripts. */
const skeletons = (actor: ExtractedActor) => [actor.name_en, actor.name_ar].map(nameSkeleton).filter((s) => s.length > 0);
/** Whether two actors of one kind may be one entity: one skeleton, or a name alone that is the other's last word ("Putin", "Vladimir Putin"). */
function alike(a: ExtractedActor, b: ExtractedActor): boolean {
  // States are the knowledge base's own, one per ISO code.
  if (a.kind !== b.kind || a.kind === 'country') return false;
  for (const x of skeletons(a)) {
    for (const y of skeletons(b)) {
      // Initials leave too little to tell bodies apart by («أوبك» and «بي بي سي» are both b-k/b-s).
      if (x.join(' ') === y.join(' ') && x.join('').length >= 4) return true;
      // Two consonants tell too little (وانغ يي is ng, as is the end of ري يونغ هو).
      if (a.kind === 'person' && (x.length === 1 || y.length === 1) && x.at(-1) === y.at(-1) && x.at(-1)!.length >= 3) return true;
    }
  }
  return false;
}
const describe = (id: string) => `${id} (${actors.get(id)!.name_en} / ${actors.get(id)!.name_ar}, ${events.get(id)} events)`;
const candidates: string[] = [];
for (let i = 0; i < ranked.length; i++) {
  for (let j = i + 1; j < ranked.length; j++) {
    const [a, b] = [actors.get(ranked[i]![0])!, actors.get(ranked[j]![0])!];
    if (alike(a, b)) candidates.push(`${describe(a.id)} ~ ${describe(b.id)}`);
  }
}
console.log(
  JSON.stringify({
    articles,
    actors: actors.size,
    top: ranked.length,
    introducedPersons: Object.fromEntries(Object.entries(introduced).map(([lang, ids]) => [lang, ids.size])),
    candidates,
  }),
);
