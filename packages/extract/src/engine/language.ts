/**
 * What the engine needs to know about a language, as data. Each language is one pack under lang/
 * (lang/ar, lang/en) registered in lang/index.ts; the engine reads packs only through this contract
 * and names no word of any language itself.
 *
 * Most word lists are read from every pack at once (lang/index.ts `everyLanguage`): a token of one
 * script never spells a word of another, so one set serves every article. What differs in kind
 * between languages (word order, endings) is read from the article's own pack.
 */
import type { ActorKind, EventRelationType } from '@entente/ontology';

/**
 * A relation rule: a token pattern over one sentence and the relation it reads.
 *
 * Pattern language, one element per space-separated word:
 *   S / T          the source / target slot: one actor, or several coordinated by و/and/،
 *   N              a target written as a nationality adjective (قاربا فرنسيا: France)
 *   n              a nationality adjective the phrase passes through, naming no one («حليفها اللبناني حزب الله»)
 *   T<             the target is the actor named just before the match («مواطنيها»: its citizens)
 *   S<<            the source is the person the discourse is about (an unsaid subject)
 *   :name          a word of the pack's lexicon `name` (proclitics allowed)
 *   word           that literal word (normalised; proclitics allowed)
 *   …              up to five words that are not actors (an actor in a phrase of its own excepted)
 *   ……             up to twelve words, actors included
 *   -ing           any word with that ending (a gerund: "denied working with the Russians")
 * Every pattern names at least one lexicon, its trigger: a sentence holding no lexicon word is not matched.
 */
export interface RelationRule {
  /** Stable name (language, type, number): carried by every relation the rule reads, so precision can be measured per rule. */
  id: string;
  type: EventRelationType;
  pattern: string;
  confidence: number;
  /** Kinds of actor the source may be; any when absent. */
  sourceKinds?: ActorKind[];
  /** Kinds of actor the target may be; any when absent. */
  targetKinds?: ActorKind[];
  /** Tried only when no other rule found this type in the sentence (unsaid subjects). */
  fallback?: boolean;
  /**
   * Words that, governing the match, make it something else: a threat («هددت بفرض عقوبات» threatens,
   * it does not sanction), lifting (sanctions lifted are no sanction edge), a phone call (talking by
   * phone is not meeting), a figure of speech (a trade war is no war).
   */
  cancelledBy?: readonly CancellingWords[];
  /** The target is "his counterpart" of a state: the person holding the source's office there. */
  counterpart?: boolean;
  /**
   * The target must be the actor itself: not a place inside a state ("defends Benghazi email"), nor a
   * name qualifying the noun after it ("defended the Iran nuclear agreement", "Syria policy").
   */
  wholeTarget?: true;
  /**
   * The target is the verb's object: never an actor after a preposition written as a word, which names
   * a phrase of its own («المؤيد لخروج من الاتحاد الأوروبي», «في تغريدة على تويتر», «يحذر من حرب مع
   * إيران»), unless the pattern spells that preposition itself («قلقها حيال»).
   */
  directTarget?: true;
}

/** One sentence a rule reads, and what it reads from it (target null when the rule reads none). */
export interface RuleExample {
  text: string;
  /** The article's date, when the example needs office holders of another day than 2018-06-01. */
  date?: string;
  expect: [type: EventRelationType, source: string, target: string | null];
}

/** Mode words that cancel a rule's relation when they govern its match (RelationRule.cancelledBy). */
export type CancellingWords = 'threat' | 'lifting' | 'phoneCall' | 'figurative';

/** The kinds of mode word: what makes a relation negated, denied, announced, reported, or none. */
export type ModeWordKind = CancellingWords | 'negation' | 'future' | 'timeToCome' | 'manner' | 'report' | 'speech' | 'unrealised' | 'transparent' | 'progressive' | 'preposition';

/** Words with a grammatical job in the constructions every rule shares. */
export interface FunctionWords {
  /** Words that join coordinated actors when written apart ("China and Russia"). */
  coordinating: string[];
  /** Prepositions of place: an actor after one, reached over a gap, is where something is done. */
  locativePrepositions: string[];
  /** Conjunctions written on the next word: the word after them is what it is alone. */
  conjunctionProclitics: string[];
  /** Verbs of saying that end an aside ("Russia, officials said, …"). */
  asideEnders: string[];
  /** Unnamed companions coordinated with an actor, which leave it the one acting ("and its allies"). */
  companions: string[];
  /** Words that may stand between a coordinator and its actor ("and the Philippines"). */
  determiners: string[];
  /** Prepositions of the genitive, after which an article begins a phrase whose first name may still act. */
  genitivePrepositions: string[];
  /** Nouns of things an event happens to: a nationality adjective on one names no actor acting. */
  patientNouns: string[];
  /** Verbal nouns that after a purpose preposition say what someone set out to do, the one named after them its object. */
  purposeNouns: string[];
  /** Words that open another clause, beyond which a denial does not reach. */
  denialBoundaries: string[];
  /** Words that open a clause after a preposition: the actor after them is its subject. */
  complementizers: string[];
  /** Relative pronouns: an actor just after one is inside the relative clause. */
  relativePronouns: string[];
  /** Words that open a clause of their own (with the relative pronouns): a gap never steps over one. */
  clauseOpeners: string[];
  /** Words with a pronoun pointing back to a relative clause's head, which is then not the clause's subject. */
  resumptive: string[];
  /** Conjugated stems that are nouns too, and fill their lexicons with the article. */
  verbalNouns: string[];
  /** Fighters of an armed group: struck inside a state, they, not the state, are the target. */
  fighters: string[];
  /**
   * Nouns of people who serve another, or are kin of one («كبير مساعدي زعيم كوريا الشمالية كيم جونغ أون»,
   * «ابنة الرئيس الأمريكي دونالد ترامب إيفانكا»): an office holder named after one is whom they serve, not who
   * acts or is met. A name after the office that its holder does not bear is the aide's own («صهر الرئيس
   * الأمريكي جاريد كوشنر»), and stays.
   */
  servingNouns: string[];
  /**
   * Words of speech given in a medium («في مقابلة عبر "BBC"», «عبر حسابه على تويتر», "in an interview with
   * CNN"): a body named within a few words after one is where it was said, never a party to what is said.
   */
  mediumWords: string[];
  /** Words saying someone was killed («مقتل»): a person named just after one, struck inside a state, is the target, not the state. */
  deathWords: string[];
}

/** How a language orders and inflects what the constructions read. */
export interface Grammar {
  /** How many nouns after a preposition still keep the actor after them in its phrase (a construct). */
  governedNouns: number;
  /** Where a nationality adjective stands to its noun, and how an adjective between them ends. */
  adjectiveOrder: { after: boolean; ending: RegExp };
  /** The form of a verb written after its subject, if the language has one apart. */
  verbAfterSubject?: RegExp;
  /** A verb form that agrees with a plural subject before it. */
  verbWithSubjectSaid?: RegExp;
  /** A plural in the oblique case, which right after a verb is its object. */
  obliquePlural?: RegExp;
  /** How the word after a progressive auxiliary ends when the tense is continuous ("is attacking"). */
  progressiveEnding?: string;
  /** Proclitics that make a word an oblique, a conjunction allowed before them (للصين، بموسكو): never a subject. */
  prepositionProclitics?: RegExp;
  /**
   * A verbal noun of a charge, and how the charge after it is written: «اتهام إيران باغتيال معارض» (Iran
   * accused of a killing). The actor right after the noun, when the charge follows it at once, is its
   * object, not the one accusing («اتهام بريطانيا روسيا بالتسميم» names both).
   */
  charge?: { nouns: readonly string[]; written: RegExp };
  /** The conjunction written on a word that joins it to a coordination. */
  coordinatingProclitic?: string;
  /** Written with the article. */
  definite?: RegExp;
  /** How an adjective of relation ends, masculine or feminine (as a key). */
  adjectiveEnding?: RegExp;
  /** A definite adjective of relation (as a key): الاجتماعي، العسكريه. */
  definiteAdjective?: RegExp;
  /** A nationality adjective written as a plural or dual noun without the article: the people of a state (بريطانيان، فلسطينيين). */
  peopleNoun?: RegExp;
  /** A nationality adjective written bare, without the article or an ending (تركي). */
  bareAdjective?: RegExp;
  /**
   * Asides between commas an actor may carry before the rest of its clause, stepped over: any opened
   * by a word ("Russia, a key ally, denied"), or only relative clauses («واتهمت ألمانيا، التي …، واشنطن»).
   */
  commaAsides?: 'any' | 'relative';
  /** A prefix that puts a verb in the future (سيفرضون is يفرضون announced). */
  futurePrefix?: string;
  /** The verb forms the lexicons spell, where the language's verbs are conjugated from a stem. */
  verbs?: VerbForms;
}

/** What conjugating a language's verbs from their stems spelled (lang/ar/verbs.ts). */
export interface VerbForms {
  /** Every stem conjugated: its bare form is also how a noun of the same letters is written. */
  stems: ReadonlySet<string>;
  /** Every form spelled: a trigger written as a verb, not a noun beside it. */
  forms: ReadonlySet<string>;
  /** The forms spelled with an object pronoun, and the bare forms one may look like. */
  withObjectPronoun: ReadonlySet<string>;
}

/** Month and weekday names and the words that place them in time. */
export interface Calendar {
  months: Record<string, number>;
  /** 0 = Sunday, as Date.getUTCDay counts. */
  weekdays: Record<string, number>;
  pastWords: string[];
  nextWords: string[];
  /** Prepositions a weekday takes when it says when ("on Sunday"). */
  dayPrepositions: string[];
  /** Words before a bare year that make it the year of the event («عام 2017», "in 2017"). */
  yearWords: string[];
}

/** Words around people's names: the offices that introduce them and what a name never runs into. */
export interface NameWords {
  /** Office titles that introduce a person, with the English title recorded on HOLDS_OFFICE (SAME_OFFICE: "his counterpart"). */
  titles: Record<string, string>;
  /** Honorifics between an office and a name. */
  honorifics: string[];
  /** Abbreviations written with a full stop that ends no sentence ("Sen. Lindsey Graham"), without it. */
  abbreviations: string[];
  /** Words that join the parts of a name. */
  links: string[];
  /** Words that end a name. */
  stops: string[];
  /** Words before an office that make the named person someone else than its holder. */
  notTheHolder: string[];
  /** Roles a person holds for someone, written after that someone's name and before the person's. */
  roles: string[];
  /** Words between an office and a name that describe the office. */
  officeDescriptors: { former: string[]; present: string[] };
  shape: NameShape;
  skeleton: NameSkeleton;
}

/** How a name of the script is reduced to the consonant classes that every script shares (engine/skeleton.ts). */
export interface NameSkeleton {
  /** The classes of one lower-cased word, doubled letters not yet collapsed. */
  ofWord(word: string): string;
  /** Words of a name left out of its skeleton. */
  skipped?: string[];
}

/** How the language writes a person's name and the office before it, for names the knowledge base lacks. */
export interface NameShape {
  /**
   * Names are written with capitals: a word in lower case is no part of one, and a given name needs no
   * office before it (`isGivenName`). Without capitals, a name is told by the fields after this one.
   */
  capitalised: boolean;
  /** A given name: it introduces a name of its own ("Police arrested Daniel Okafor"). */
  isGivenName?: (word: string) => boolean;
  /** A common word, capitalised only at a sentence's start ("When"): no part of a name before a family name. */
  isCommonWord?: (word: string) => boolean;
  /** A leader in office is named by the family name alone, with no full name before it ("Obama said"). */
  leadersByFamilyName: boolean;
  /** How every word of a name begins, where names have no capitals. */
  wordStart?: RegExp;
  /** The article (after any proclitics): it marks a description, except on a family name's last word. */
  article?: RegExp;
  /** How a family name that takes the article ends (الحريري). */
  familyEnding?: string;
  /** A conjunction written on a word: with it, a name's first word may be a stop word. */
  conjunction?: RegExp;
  /**
   * Where names have no capitals: the words a name the text introduces may begin with (given names,
   * and family names written first, as كيم), a conjunction on them allowed. Words after an office that
   * begin otherwise are the sentence going on («الرئيس يعلن عدم»), not a name.
   */
  nameStarts?: readonly string[];
  /**
   * A word, as written (marks kept), that is no part of a name unless it begins names: an accusative
   * (مستعداً), a pronoun ending (قوله), a preposition on a noun (لزيارة), a conjunction before a
   * consonant (وميغان). The name ends before it.
   */
  notANameWord?: RegExp;
  /** A word that says what happens ends a name («كيم يونغ أون سيلتقي»). */
  triggerEndsName: boolean;
  /** The possessive ending a name's last word may carry ("Obama's plan"), which is not part of it. */
  possessive?: RegExp;
  /** Whose office it is may be written before the title ("Russia's president", "Russian Foreign Minister"). */
  ownerBeforeOffice: boolean;
  /** A descriptor may stand before the title ("former President"), not only after it. */
  descriptorBeforeOffice: boolean;
  /** Words ending a title that must be followed by whose office it is, never by a name («المتحدث باسم»). */
  ownerAfterTitle: string[];
  /**
   * A Latin spelling of a name in the language's script, for the English label and the id of a person
   * the text introduces; the name as written is then its name_ar (the ontology keeps those two).
   */
  transliterate?: (name: string) => string;
}

/** A word that refers back to actors already named (see lang/ar/references.ts for the forms of `refersTo`). */
export interface BackReference {
  words: string[];
  refersTo: 'pair' | string | readonly string[];
  whenNamed?: readonly string[];
}

/** Words that stand for actors already named, or for the state whose organ they name. */
export interface ReferenceWords {
  references: BackReference[];
  /** Organs written before their state's nationality adjective («السلطات الإثيوبية»). */
  stateOrgans: string[];
  /** Organs named by their noun and a field after it («وزارة الدفاع السعودية»). */
  organsByField: string[];
  /** Bodies and agents named after their state's adjective or owner's possessive ("Russian forces"). */
  organsAfter: string[];
  /** Nouns a name qualifies when written right before them ("the Iran nuclear deal"). */
  qualifiedNouns: string[];
}

export interface LanguagePack {
  /** ISO 639-1 code, as articles carry it. */
  code: string;
  /** A letter of the language's script: words with one are read by this pack's morphology, and text is told apart by them. */
  script: RegExp;
  /** The forms a normalised word of the script may be read as (proclitics, endings), the word itself first. */
  readings(word: string): WordReading[];
  /** Trigger lexicons by name, for the rules' `:name` elements. */
  lexicons: Record<string, string[]>;
  /** Rules in the order they are tried. */
  rules: RelationRule[];
  /** Example sentences of every rule, by rule id (tests/unit/rule-examples.test.ts runs them). */
  examples: Record<string, RuleExample[]>;
  /** Lexicons whose words deny what follows them in the sentence. */
  denialLexicons: string[];
  /** Lexicons whose words put a sentence off topic (sport): no relation is read from it. */
  offTopicLexicons: string[];
  words: FunctionWords;
  modes: Record<ModeWordKind, string[]>;
  grammar: Grammar;
  calendar: Calendar;
  names: NameWords;
  references: ReferenceWords;
}

/** The title of "his counterpart": the same office as the person just named, in another state. */
export const SAME_OFFICE = '=';

/** One reading of a word: the key to look up, and what was removed from the word to reach it. */
export interface WordReading {
  /** The matching key a lexicon or the trie is asked for. */
  key: string;
  /** A proclitic (other than the article) was removed. */
  clitic: boolean;
  /** How many letters of conjunction and preposition were removed from the front. */
  prefix: number;
  /** An adjective ending was removed: only adjective names may match this reading. */
  inflected: boolean;
  /** The article ال was removed: the word is a noun or an adjective, never a verb. */
  definite: boolean;
  /**
   * The preposition ل was removed. On a verbal noun it states a purpose («وصل بومبيو للقاء الملك»: in
   * order to meet the king), whose subject is outside the phrase.
   */
  purpose: boolean;
}

/** Adds a reading, unless it is too short to be a name or already there. */
export function addReading(out: WordReading[], key: string, prefix: number, facts: Partial<Pick<WordReading, 'inflected' | 'definite' | 'purpose'>> = {}): void {
  const inflected = facts.inflected ?? false;
  if (key.length < 2 || out.some((r) => r.key === key && r.inflected === inflected)) return;
  out.push({ key, clitic: prefix > 0, prefix, inflected, definite: facts.definite ?? false, purpose: facts.purpose ?? false });
}
