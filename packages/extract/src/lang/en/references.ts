/** English words that refer back to actors already named (the forms of `refersTo`: lang/ar/references.ts). */
import type { ReferenceWords } from '../../engine/language.ts';

export const REFERENCES: ReferenceWords = {
  references: [
    { words: ['the two countries', 'both countries', 'the two sides', 'both sides'], refersTo: 'pair' },
    { words: ['he', 'she'], refersTo: 'person' },
    { words: ['the two Koreas', 'both Koreas'], refersTo: ['KR', 'KP'] },
    { words: ['his country', 'her country'], refersTo: 'state of person' },
    { words: ['the bloc'], refersTo: 'EU' },
    { words: ['the alliance'], refersTo: 'NATO' },
    { words: ['the coalition'], refersTo: 'ARAB-COALITION' },
    { words: ['the coalition'], refersTo: 'US-COALITION' },
    // "The U.S. has conducted nearly 100 airstrikes against the militants in Iraq", in an article on the Islamic State.
    { words: ['the militants', 'the militant group'], refersTo: 'ISIS' },
  ],
  stateOrgans: [],
  organsByField: [],
  // "Russian forces", "Iran's foreign ministry", "Chinese officials", "Mueller's team", "Islamic State
  // fighters": the phrase is the state, the person or the group (ANNOTATION.md: who acts). Up to three
  // words each.
  organsAfter: [
    'officials', 'official', 'authorities', 'government', 'administration', 'regime', 'leadership', 'leaders',
    'forces', 'troops', 'soldiers', 'military', 'army', 'navy', 'air force', 'armed forces', 'security forces', 'special forces', 'coast guard',
    'warplanes', 'jets', 'fighter jets', 'aircraft', 'drones', 'police', 'intelligence', 'intelligence services',
    'ministry', 'foreign ministry', 'defence ministry', 'defense ministry', 'interior ministry', 'diplomats', 'embassy', 'parliament', 'prosecutors',
    'unification ministry', 'ministry of unification', 'foreign office', 'state media', 'negotiators', 'delegation',
    'team', 'lawyers', 'lawyer', 'campaign', 'office', 'spokesman', 'spokeswoman', 'spokesperson',
    // An armed group's people: "Islamic State fighters", "Hamas gunmen", "Taliban commanders".
    'fighters', 'militants', 'gunmen', 'members', 'commanders',
  ],
  // "the Iran nuclear deal", "his Syria policy", "the Benghazi email": the name then stands for the
  // thing, not the actor.
  qualifiedNouns: [
    'policy', 'policies', 'deal', 'agreement', 'accord', 'nuclear', 'issue', 'resolution', 'email', 'emails', 'strategy', 'plan', 'program',
    'programme', 'crisis', 'talks', 'file', 'case', 'trip', 'visit', 'mission', 'question', 'war', 'conflict', 'report', 'investigation',
    'probe', 'bill', 'hearing', 'attack', 'attacks', 'raid', 'scandal', 'affair', 'summit', 'speech', 'statement', 'dossier', 'election', 'vote', 'intervention',
  ],
};
