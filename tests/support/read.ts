/** Everything readArticles makes of some paths, in order: for tests of reading. */
import { readArticles, type ReadResult } from '@entente/extract';

export async function readAll(...paths: string[]): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const result of readArticles(paths)) out.push(result);
  return out;
}
