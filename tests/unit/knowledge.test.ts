/** The knowledge files rebuilt from their sources are what their build makes, and the hand files win. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { nameKeys } from '../../packages/extract/src/engine/normalize.ts';
import { PEOPLE } from '../../packages/extract/src/knowledge/people.ts';
import { WIKIDATA_PEOPLE } from '../../packages/extract/src/knowledge/people.wikidata.ts';
import { OUTPUT, buildPeople, render } from '../../scripts/knowledge/build-people.ts';

const SOURCE = join(fileURLToPath(new URL('../..', import.meta.url)), '..', 'shared', 'gazetteer-sources', 'people.jsonl.gz');

describe('people rebuilt from Wikidata', () => {
  it.skipIf(!existsSync(SOURCE))('the committed file is what scripts/knowledge/build-people.ts makes of the source', async () => {
    expect(readFileSync(OUTPUT, 'utf8')).toBe(render(await buildPeople(SOURCE)));
  });

  it('leaves every person of the hand file to the hand file', () => {
    const handIds = new Set(PEOPLE.map((p) => p.id));
    const handNames = new Set(PEOPLE.flatMap((p) => [p.name_en, p.name_ar, ...p.names]).map((name) => nameKeys(name).join(' ')));
    expect(WIKIDATA_PEOPLE.filter((p) => handIds.has(p.id)).map((p) => p.id)).toEqual([]);
    expect(WIKIDATA_PEOPLE.filter((p) => [p.name_en, p.name_ar, ...p.names].some((name) => name && handNames.has(nameKeys(name).join(' ')))).map((p) => p.id)).toEqual([]);
  });

  it('names each leader by two words or more, with an office of a state and a term', () => {
    for (const person of WIKIDATA_PEOPLE) {
      expect(person.name_en.split(/\s+/).length).toBeGreaterThanOrEqual(2);
      expect(person.offices.length).toBeGreaterThan(0);
      for (const office of person.offices) expect(office.of).toMatch(/^[A-Z0-9-]+$/);
    }
  });
});

describe('organisations of the hand file', () => {
  it('give each name to one body, and are part only of actors the knowledge base knows', async () => {
    const { ORGANIZATIONS } = await import('../../packages/extract/src/knowledge/organizations.ts');
    const { defaultGazetteer } = await import('../../packages/extract/src/knowledge/gazetteer.ts');
    const owners = new Map<string, Set<string>>();
    for (const org of ORGANIZATIONS)
      for (const name of [org.name_en, org.name_ar, ...org.names]) {
        const key = nameKeys(name).join(' ');
        owners.set(key, (owners.get(key) ?? new Set()).add(org.id));
      }
    expect([...owners].filter(([, ids]) => ids.size > 1).map(([key, ids]) => `${key}: ${[...ids].join(', ')}`)).toEqual([]);
    const known = defaultGazetteer().actors;
    expect(ORGANIZATIONS.filter((org) => org.partOf && !known.has(org.partOf)).map((org) => `${org.id} → ${org.partOf}`)).toEqual([]);
  });
});
