/**
 * The Entente vocabulary (described in docs/ONTOLOGY.md).
 * Extraction rules, the Neo4j schema, API validation, legend colours and filter lists all derive
 * from these tables, so a relation type is added here and nowhere else.
 */

/** A name in both of the explorer's languages. */
export interface Label {
  readonly en: string;
  readonly ar: string;
}

/** The kinds of actor, each with its display label, the Neo4j label its nodes also carry, and its legend colour. */
export const ACTOR_KINDS = {
  country: { label: { en: 'Country', ar: 'دولة' }, neo4jLabel: 'Country', color: '#4e79a7' },
  organization: { label: { en: 'Organization', ar: 'منظمة' }, neo4jLabel: 'Organization', color: '#f28e2b' },
  person: { label: { en: 'Person', ar: 'شخص' }, neo4jLabel: 'Person', color: '#59a14f' },
  bloc: { label: { en: 'Bloc', ar: 'تكتل' }, neo4jLabel: 'Bloc', color: '#b07aa1' },
} as const satisfies Record<string, { label: Label; neo4jLabel: string; color: string }>;

/** One of the actor kinds: country, organization, person or bloc. */
export type ActorKind = keyof typeof ACTOR_KINDS;
/** Every actor kind, in table order: what a filter that names no kinds means. */
export const ACTOR_KIND_NAMES = Object.keys(ACTOR_KINDS) as ActorKind[];

/** PLOVER's quad classes: verbal/material × cooperation/conflict. */
export type Quad = 'verbal-cooperation' | 'material-cooperation' | 'verbal-conflict' | 'material-conflict';

/** What the ontology says about an event relation type: its labels, PLOVER mapping, quad class, score and colour. */
export interface RelationSpec {
  readonly label: Label;
  /** Undirected types are stored once, in a stable order, and drawn without an arrow. */
  readonly directed: boolean;
  /** The PLOVER event type it maps to, so that its events can be compared with PLOVER-coded data sets. */
  readonly plover: string;
  readonly quad: Quad;
  /** Goldstein-style sign and weight, after PLOVER's scores (AID +10 … ASSAULT −9). */
  readonly score: number;
  readonly color: string;
  /** Only states are parties: the leaders who sign a treaty sign for their states. */
  readonly stateLevel?: true;
  /** Only with another state than one's own: «وصول أوباما إلى البيت الأبيض» is no visit to the United States. */
  readonly awayFromHome?: true;
  /** Never with the state the source fights for: «غارات التحالف على صعدة» strike the Houthis there, not Yemen. */
  readonly notOnOwnSide?: true;
  /**
   * A state named as the place is where it happens, not its target, when the sentence names an armed
   * group: «قتل زعيم طالبان في ضربة جوية أميركية في أفغانستان» strikes the Taliban, not Afghanistan.
   */
  readonly armedGroupOverPlace?: true;
  /** The relations it answers: a denial with no accuser named in its clause answers the accusation just made. */
  readonly answers?: readonly string[];
}

/**
 * The event relation types: read from sentences as events, and drawn as edges between actors.
 * Colours: conflict in reds and oranges, cooperation in blues and greens, so the two read apart.
 * Arabic labels are nouns (عقوبات على، زيارة), never verbs: a verb would have to agree with the gender
 * of each source («الولايات المتحدة تفرض», «روسيا تهاجم»), which a label shared by every line cannot.
 */
export const EVENT_RELATIONS = {
  SANCTIONS: { label: { en: 'sanctions', ar: 'عقوبات على' }, directed: true, plover: 'SANCTION', quad: 'material-conflict', score: -8, color: '#d62728' },
  ATTACKS: {
    label: { en: 'attacks', ar: 'هجوم على' },
    directed: true,
    plover: 'ASSAULT',
    quad: 'material-conflict',
    score: -9,
    color: '#8c1c13',
    notOnOwnSide: true,
    armedGroupOverPlace: true,
  },
  DETAINS: { label: { en: 'detains nationals of', ar: 'احتجاز مواطنين من' }, directed: true, plover: 'COERCE', quad: 'material-conflict', score: -7, color: '#e15759' },
  THREATENS: { label: { en: 'threatens', ar: 'تهديد' }, directed: true, plover: 'THREATEN', quad: 'verbal-conflict', score: -6, color: '#f28e2b' },
  ACCUSES: { label: { en: 'accuses', ar: 'اتهام' }, directed: true, plover: 'ACCUSE', quad: 'verbal-conflict', score: -4, color: '#ff9d3a' },
  CRITICIZES: { label: { en: 'criticizes', ar: 'انتقاد' }, directed: true, plover: 'ACCUSE', quad: 'verbal-conflict', score: -3, color: '#ffbe7d' },
  DENIES: { label: { en: 'denies', ar: 'نفي' }, directed: true, plover: 'REJECT', quad: 'verbal-conflict', score: -2, color: '#bab0ac', answers: ['ACCUSES', 'CRITICIZES'] },
  DEPLOYS_TROOPS_TO: { label: { en: 'deploys troops to', ar: 'نشر قوات في' }, directed: true, plover: 'AID', quad: 'material-cooperation', score: 6, color: '#17becf' },
  MILITARY_AID: { label: { en: 'gives military aid to', ar: 'مساعدة عسكرية إلى' }, directed: true, plover: 'AID', quad: 'material-cooperation', score: 8, color: '#1f77b4' },
  ALLIED_WITH: { label: { en: 'allied with', ar: 'حليف' }, directed: false, plover: 'COOPERATE', quad: 'material-cooperation', score: 7, color: '#2ca02c' },
  DEFENSE_PACT: { label: { en: 'defence pact', ar: 'اتفاقية دفاع' }, directed: false, plover: 'SUPPORT', quad: 'verbal-cooperation', score: 6, color: '#006d2c', stateLevel: true },
  SUPPORTS: { label: { en: 'supports', ar: 'دعم' }, directed: true, plover: 'SUPPORT', quad: 'verbal-cooperation', score: 3, color: '#8cd17d' },
  MEETS: { label: { en: 'meets', ar: 'لقاء' }, directed: false, plover: 'CONSULT', quad: 'verbal-cooperation', score: 1, color: '#9edae5' },
  VISITS: { label: { en: 'visits', ar: 'زيارة' }, directed: true, plover: 'CONSULT', quad: 'verbal-cooperation', score: 2, color: '#76b7b2', awayFromHome: true },
} as const satisfies Record<string, RelationSpec>;

/** A relation type read from the text as an event (SANCTIONS, MEETS, …). */
export type EventRelationType = keyof typeof EVENT_RELATIONS;
/** Every event relation type, in table order. */
export const EVENT_RELATION_TYPES = Object.keys(EVENT_RELATIONS) as EventRelationType[];

/** Facts about actors rather than events; drawn on request. */
export const STRUCTURAL_RELATIONS = {
  HOLDS_OFFICE: { label: { en: 'holds office in', ar: 'منصب في' }, directed: true, color: '#9c755f' },
  PART_OF: { label: { en: 'part of', ar: 'جزء من' }, directed: true, color: '#c7c7c7' },
  MEMBER_OF: { label: { en: 'member of', ar: 'عضو في' }, directed: true, color: '#d4a6c8' },
} as const satisfies Record<string, { label: Label; directed: boolean; color: string }>;

/** A relation type that states a fact about actors (HOLDS_OFFICE, PART_OF, MEMBER_OF). */
export type StructuralRelationType = keyof typeof STRUCTURAL_RELATIONS;
/** Every structural relation type, in table order. */
export const STRUCTURAL_RELATION_TYPES = Object.keys(STRUCTURAL_RELATIONS) as StructuralRelationType[];

/** Any relation type of the ontology, event or structural. */
export type RelationType = EventRelationType | StructuralRelationType;
/** Every relation type, events first: the list a type must be on before a query may name it. */
export const RELATION_TYPES: readonly RelationType[] = [...EVENT_RELATION_TYPES, ...STRUCTURAL_RELATION_TYPES];

/** Whether a string (a query parameter, say) names a relation type of the ontology. */
export function isRelationType(value: string): value is RelationType {
  return (RELATION_TYPES as readonly string[]).includes(value);
}
/** Whether a string names an event relation type, as opposed to a structural one or none. */
export function isEventRelationType(value: string): value is EventRelationType {
  return Object.hasOwn(EVENT_RELATIONS, value);
}
/** Whether a string names an actor kind. */
export function isActorKind(value: string): value is ActorKind {
  return Object.hasOwn(ACTOR_KINDS, value);
}

/** The label, direction and colour of any relation type, event or structural. */
export function relationSpec(type: RelationType): { label: Label; directed: boolean; color: string } {
  return isEventRelationType(type) ? EVENT_RELATIONS[type] : STRUCTURAL_RELATIONS[type];
}

/** Undirected relations are stored once: the pair in a stable (sorted) order. */
export function canonicalPair(type: RelationType, source: string, target: string): [string, string] {
  if (relationSpec(type).directed || source <= target) return [source, target];
  return [target, source];
}

/** How a sentence states a relation: as fact, as announced (future tense), negated, denied, or reported by a source. */
export const MODES = ['asserted', 'announced', 'negated', 'denied', 'reported'] as const;
/** How a relation is stated; see MODES. */
export type Mode = (typeof MODES)[number];

/**
 * The modes whose events stand behind a line on the map, from the most to the least solid: negated
 * and denied events are kept but never drawn. An analyst may narrow the map to some of them.
 */
export const DRAWN_MODES = ['asserted', 'reported', 'announced'] as const satisfies readonly Mode[];
/** A mode drawn on the map; see DRAWN_MODES. */
export type DrawnMode = (typeof DRAWN_MODES)[number];

export function isDrawnMode(value: string): value is DrawnMode {
  return (DRAWN_MODES as readonly string[]).includes(value);
}

/** How precisely an event's date is known: to the day, the month, the year, or not at all. */
export const DATE_PRECISIONS = ['day', 'month', 'year', 'unknown'] as const;
/** How precise a date is; see DATE_PRECISIONS. */
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/**
 * How a mention was resolved to its actor: by its name, an alias, a name behind a proclitic, a
 * nationality adjective, a capital for its state, a person introduced with an office, an office
 * named without its holder, read as the holder, or a word that refers to an actor by what else the
 * article names («الجيش الوطني» in an article on Yemen).
 */
export const RESOLUTIONS = ['exact', 'alias', 'clitic', 'adjective', 'metonymy', 'introduced', 'office', 'reference'] as const;
/** How a mention was resolved; see RESOLUTIONS. */
export type Resolution = (typeof RESOLUTIONS)[number];

/** Views of the network the explorer opens with; each is a set of relation types. */
export const PRESETS = {
  sanctions: { label: { en: 'Sanctions', ar: 'العقوبات' }, types: ['SANCTIONS'] },
  alliances: { label: { en: 'Alliances', ar: 'التحالفات' }, types: ['ALLIED_WITH', 'DEFENSE_PACT', 'MILITARY_AID', 'DEPLOYS_TROOPS_TO'] },
  conflict: {
    label: { en: 'Conflict', ar: 'النزاعات' },
    types: EVENT_RELATION_TYPES.filter((t) => EVENT_RELATIONS[t].quad.endsWith('conflict')),
  },
  all: { label: { en: 'All', ar: 'الكل' }, types: EVENT_RELATION_TYPES },
} as const satisfies Record<string, { label: Label; types: readonly EventRelationType[] }>;

/** The name of a preset view: sanctions, alliances, conflict or all. */
export type PresetName = keyof typeof PRESETS;
/** Every preset name, in table order. */
export const PRESET_NAMES = Object.keys(PRESETS) as PresetName[];
