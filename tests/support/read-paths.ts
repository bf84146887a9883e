/** Prints, one JSON line each, what readArticles makes of the paths given: for tests that read as another user. */
import { readArticles } from '@entente/extract';

for await (const result of readArticles(process.argv.slice(2))) console.log(JSON.stringify(result));
