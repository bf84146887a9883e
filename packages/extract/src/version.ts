/**
 * A fingerprint of the extractor. Stored on each ingested article, so that re-ingesting after any
 * change to what reads the text replaces the article's events instead of calling it unchanged.
 *
 * It hashes source files rather than chosen tables: a list of tables to hash misses whatever it does
 * not name (mode words, titles, an engine constant), and then a re-ingest keeps stale results.
 * The ontology is hashed too, since relation meaning lives on its rows.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const EXTRACT_SOURCE = fileURLToPath(new URL('.', import.meta.url));
const ONTOLOGY_SOURCE = fileURLToPath(new URL('../../ontology/src/', import.meta.url));

/** The hash of every file under the given folders (paths and contents, in a fixed order) and of ICU's version. */
export function extractorVersionOf(folders: string[]): string {
  const hash = createHash('sha256');
  for (const folder of folders) {
    const files = readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      .sort();
    for (const file of files)
      hash
        .update(`${relative(folder, file)}\0`)
        .update(readFileSync(file))
        .update('\0');
  }
  // Country names come from the runtime's CLDR data.
  return hash
    .update(process.versions.icu ?? '')
    .digest('hex')
    .slice(0, 12);
}

/** This extractor's fingerprint: the hash of packages/extract/src and packages/ontology/src, computed once at load. */
export const EXTRACTOR_VERSION = extractorVersionOf([EXTRACT_SOURCE, ONTOLOGY_SOURCE]);
