import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { extractorVersionOf } from '../../packages/extract/src/version.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

// A copy of the extractor's and the ontology's sources, so each edit below can be made and undone.
const copy = mkdtempSync(join(tmpdir(), 'entente-version-'));
const extract = join(copy, 'extract');
const ontology = join(copy, 'ontology');
cpSync(join(ROOT, 'packages/extract/src'), extract, { recursive: true });
cpSync(join(ROOT, 'packages/ontology/src'), ontology, { recursive: true });
const version = () => extractorVersionOf([extract, ontology]);
afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('the extractor version', () => {
  const original = version();

  it('is stable while nothing changes', () => {
    expect(version()).toBe(original);
  });

  // Mode words, office titles, an engine constant and an ontology row: each was once left out of the hash.
  it.each([
    ['a mode word', 'lang/ar/words.ts', 'negation: [', "negation: ['never-a-word', "],
    ['an office title', 'lang/en/titles.ts', "'President'", "'Presidentx'"],
    ['an engine constant', 'engine/relations.ts', 'const', 'const _unused = 1;\nconst'],
  ])('changes when %s changes', (_what, file, from, to) => {
    const path = join(extract, file);
    const before = readFileSync(path, 'utf8');
    expect(before).toContain(from);
    writeFileSync(path, before.replace(from, to));
    expect(version()).not.toBe(original);
    writeFileSync(path, before);
    expect(version()).toBe(original);
  });

  it('changes when the ontology changes', () => {
    const path = join(ontology, 'index.ts');
    const before = readFileSync(path, 'utf8');
    writeFileSync(path, before + '\n// a comment\n');
    expect(version()).not.toBe(original);
    writeFileSync(path, before);
  });
});
