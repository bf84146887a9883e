/** The ontology's own promises, which every part of Entente reads. */
import { describe, expect, it } from 'vitest';
import { EVENT_RELATIONS, STRUCTURAL_RELATIONS } from '@entente/ontology';

describe('Arabic relation labels', () => {
  // The masculine imperfect prefix ي marks a verb, whose gender must agree with a subject the label cannot know.
  const PRESENT_VERB = /^ي[\u0621-\u064a]{2,}/;
  const labels = Object.entries({ ...EVENT_RELATIONS, ...STRUCTURAL_RELATIONS }).map(([type, row]) => [type, row.label.ar] as const);

  it.each(labels)('%s: «%s» needs no agreement with its source', (_type, label) => {
    expect(label.split(/\s+/)[0]).not.toMatch(PRESENT_VERB);
  });
});
