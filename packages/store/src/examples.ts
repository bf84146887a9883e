/** The example queries of cypher/examples: each file opens with `// title:` and `// params:` comments. */
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { CypherExample } from '@entente/protocol';

/** The repository's cypher/examples folder. */
export const EXAMPLES_DIR = fileURLToPath(new URL('../../../cypher/examples', import.meta.url));

/**
 * Every `.cypher` file of `dir`, in name order, as an example: the title and JSON params of its header
 * comments, the rest as the query (the file name when there is no title). A malformed params line throws.
 */
export async function loadExamples(dir = EXAMPLES_DIR): Promise<CypherExample[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.cypher')).sort();
  return Promise.all(
    files.map(async (file) => {
      const text = await readFile(`${dir}/${file}`, 'utf8');
      const title = /^\/\/\s*title:\s*(.+)$/m.exec(text)?.[1]?.trim() ?? file;
      const params = /^\/\/\s*params:\s*(.+)$/m.exec(text)?.[1]?.trim();
      const query = text
        .split('\n')
        .filter((line) => !/^\/\/\s*(title|params):/.test(line))
        .join('\n')
        .trim();
      return { name: file.replace(/\.cypher$/, ''), title, query, params: params ? (JSON.parse(params) as Record<string, unknown>) : {} };
    }),
  );
}
