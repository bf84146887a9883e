/**
 * What the rules of every language say alike about a relation's roles: the kinds of actor that take
 * part, and the words that cancel it.
 */
import type { ActorKind } from '@entente/ontology';

export const SANCTION_CANCELLED = ['threat', 'lifting'] as const;
export const MEETING_CANCELLED = ['phoneCall'] as const;
// "threatens a missile strike on Guam": a threatened attack is none (THREATENS rules read the threat).
export const ATTACK_CANCELLED = ['figurative', 'threat'] as const;

// Officials and bodies meet; countries "meet" on the football pitch (تلتقي فرنسا مع كرواتيا), and
// are met only in "talks between Kenya and Uganda".
export const MEETERS: ActorKind[] = ['person', 'organization'];
// States, bodies and blocs wage wars and keep alliances; a person who "attacks" (هاجم) someone
// does it with words, which is CRITICIZES.
export const COLLECTIVE: ActorKind[] = ['country', 'organization', 'bloc'];
// One visits a country or a body's seat, and meets a person or a body.
export const VISITED: ActorKind[] = ['country', 'organization'];
export const MET: ActorKind[] = ['person', 'organization'];
