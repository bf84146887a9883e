/**
 * npm run knowledge:people [-- <people.jsonl.gz>]
 * Rebuilds packages/extract/src/knowledge/people.wikidata.ts from the prepared office-holder data
 * (../shared/gazetteer-sources/people.jsonl.gz: Wikidata statements, CC0, via the
 * every-politician-scrapers; see NOTICE). Only leaders are taken (heads of state and government,
 * their deputies, foreign and defence ministers, military chiefs) in office since 2000, named by at
 * least two words (a surname alone is too ambiguous to look up in the news; the extractor reads it
 * after the full name). The hand file, knowledge/people.ts, wins: a person it lists (by its Wikidata id,
 * by the id project-people-qids.tsv gives it, or by name) is left out here.
 */
import { createReadStream, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createGunzip } from 'node:zlib';
import { nameKeys } from '../../packages/extract/src/engine/normalize.ts';
import { PEOPLE, type Office, type PersonEntry } from '../../packages/extract/src/knowledge/people.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SOURCE = process.argv[2] ?? join(ROOT, '..', 'shared', 'gazetteer-sources', 'people.jsonl.gz');
const MATCHED = join(dirname(SOURCE), 'project-people-qids.tsv');
export const OUTPUT = join(ROOT, 'packages/extract/src/knowledge/people.wikidata.ts');

interface SourcePerson {
  qid: string;
  name_en: string;
  name_ar: string | null;
  aliases_en: string[];
  aliases_ar: string[];
  offices: { title_en: string; role: string; of: string; from: string | null; to: string | null }[];
}

/** The roles ANNOTATION.md calls leaders, with the title each is read as. */
const LEADER_ROLES: Record<string, (title: string) => string> = {
  head_of_state: (title) => plainTitle(title),
  head_of_government: (title) => plainTitle(title),
  vice_head_of_state: () => 'vice president',
  foreign_minister: () => 'foreign minister',
  defence_minister: () => 'defence minister',
  military_chief: (title) => plainTitle(title),
};
const SINCE = '2000';

/** "Prime Minister of Andorra" → "prime minister"; "Secretary of State" keeps its "of". */
function plainTitle(title: string): string {
  return title.replace(/\s+of\s+(the\s+)?(?!State\b|Staff\b|Defen[cs]e\b)[A-Z][\s\S]*$/, '').toLowerCase();
}

/** Year-only terms become whole years: from the first day, to the last. */
const day = (date: string | null, end: boolean) => (date === null ? undefined : /^\d{4}$/.test(date) ? `${date}-${end ? '12-31' : '01-01'}` : date.slice(0, 10));

const kebab = (name: string) =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const multiWord = (name: string | null | undefined): name is string => Boolean(name && name.trim().split(/\s+/).length >= 2);

export async function buildPeople(source: string): Promise<PersonEntry[]> {
  const handQids = existsSync(MATCHED)
    ? new Set(
        readFileSync(MATCHED, 'utf8')
          .split('\n')
          .slice(1)
          .map((line) => line.split('\t')[3])
          .filter(Boolean),
      )
    : new Set<string>();
  // A hand entry that gives its Wikidata id is that person too, whatever its spelling.
  for (const person of PEOPLE) if (person.qid) handQids.add(person.qid);
  const handNames = new Set(PEOPLE.flatMap((p) => [p.name_en, p.name_ar, ...p.names]).map((name) => nameKeys(name).join(' ')));
  const handIds = new Set(PEOPLE.map((p) => p.id));
  const taken = new Set<string>();
  const people: PersonEntry[] = [];
  const lines = createInterface({ input: createReadStream(source).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    const person = JSON.parse(line) as SourcePerson;
    const offices: Office[] = person.offices
      .filter((o) => o.role in LEADER_ROLES && o.of && (o.to === null || o.to >= SINCE))
      .map((o) => ({
        title: LEADER_ROLES[o.role]!(o.title_en),
        of: o.of,
        ...(day(o.from, false) ? { from: day(o.from, false) } : {}),
        ...(day(o.to, true) ? { to: day(o.to, true) } : {}),
      }));
    if (offices.length === 0 || !multiWord(person.name_en) || handQids.has(person.qid)) continue;
    const names = [...new Set([person.name_ar, ...person.aliases_en, ...person.aliases_ar].filter(multiWord))].filter((name) => name !== person.name_en);
    if ([person.name_en, ...names].some((name) => handNames.has(nameKeys(name).join(' ')))) continue;
    const id = kebab(person.name_en);
    if (!id || handIds.has(id) || taken.has(id)) continue;
    taken.add(id);
    people.push({ id, qid: person.qid, name_en: person.name_en, name_ar: person.name_ar ?? '', names, offices });
  }
  return people.sort((a, b) => a.id.localeCompare(b.id));
}

export function render(people: PersonEntry[]): string {
  return `// Generated by scripts/knowledge/build-people.ts from gazetteer-sources/people.jsonl.gz (Wikidata, CC0; see NOTICE).
// Do not edit: knowledge/people.ts wins over this file, and \`npm run knowledge:people\` rebuilds it.
import type { PersonEntry } from './people.ts';

export const WIKIDATA_PEOPLE: PersonEntry[] = [
${people.map((p) => `  ${JSON.stringify(p)},`).join('\n')}
];
`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!existsSync(SOURCE)) {
    console.error(`knowledge: ${SOURCE} not found (the prepared sources live outside the repository)`);
    process.exit(1);
  }
  const people = await buildPeople(SOURCE);
  writeFileSync(OUTPUT, render(people));
  console.log(`knowledge: ${people.length} people → ${OUTPUT.replace(ROOT, '')}`);
}
