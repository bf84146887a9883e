/**
 * A fingerprint of the extraction data. Stored on each ingested article, so that re-ingesting after
 * the lexicons or rules change replaces the article's events instead of calling it unchanged.
 */
import { createHash } from 'node:crypto';
import { LEXICONS, RULES } from './lexicon/relations.ts';
import { BLOCS, STATES } from './lexicon/states.ts';
import { MEMBERSHIPS, ORGANIZATIONS } from './lexicon/organizations.ts';
import { PEOPLE } from './lexicon/people.ts';
import { MONTHS, WEEKDAYS } from './lexicon/calendar.ts';

export const EXTRACTOR_VERSION = createHash('sha256')
  .update(JSON.stringify([LEXICONS, RULES, STATES, BLOCS, ORGANIZATIONS, MEMBERSHIPS, PEOPLE, MONTHS, WEEKDAYS, process.versions.icu]))
  .digest('hex')
  .slice(0, 12);
