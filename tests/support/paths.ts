import { fileURLToPath } from 'node:url';

export const SAMPLES = fileURLToPath(new URL('../../data/articles', import.meta.url));
export const FIXTURES = fileURLToPath(new URL('../fixtures', import.meta.url));
