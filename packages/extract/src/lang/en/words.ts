/** English function words, mode words and word order, lower-cased (see engine/language.ts for each field). */
import type { FunctionWords, Grammar, ModeWordKind } from '../../engine/language.ts';
import { englishVerbs } from './compromise.ts';

/**
 * Verbs of saying open the clause said: "the Libyan prime minister said the attack on the U.S.
 * Consulate" names no attacker, and its speaker is none.
 */
const SAID = ['said', 'says', 'told', 'saying'];

export const WORDS: FunctionWords = {
  coordinating: ['and'],
  locativePrepositions: ['in'],
  conjunctionProclitics: [],
  // "Russia, officials said, …" is no aside before a verb.
  asideEnders: SAID,
  // "the U.S. and its allies bombed", "the U.S. and coalition forces have been bombing". Each is
  // written as its words in order.
  companions: ['and its allies', 'and their allies', 'and its partners', 'and their partners', 'and coalition forces', 'and coalition partners', 'and allied forces'],
  // "the United States and the Philippines".
  determiners: ['the'],
  // "part of the U.S.-led coalition conducting airstrikes", "the leader of the Western-backed opposition".
  genitivePrepositions: ['of'],
  // "strikes on Iranian positions", whereas "Russian jets" act.
  patientNouns: ['target', 'base', 'bases', 'embassy', 'consulate', 'civilians', 'targets', 'positions', 'sites', 'facilities', 'interests', 'installations', 'vessel', 'vessels', 'tanker', 'tankers', 'ship', 'ships'],
  purposeNouns: [],
  // "Putin has denied the allegations, while Trump …"
  denialBoundaries: ['but', 'while', 'whereas', 'although'],
  complementizers: ['that'],
  relativePronouns: ['which', 'who'],
  // "that" and "but" too, which do not make their actor an object.
  clauseOpeners: ['that', 'while', 'whereas', 'but', 'although', 'though', 'because', ...SAID],
  resumptive: [],
  verbalNouns: [],
  // None: English news calls attackers "militants" as often as those struck ("Islamic State militants
  // attacked Istanbul's airport"), as a first try on its corpus showed.
  fighters: [],
  // English names whom an aide serves after "to" or with a possessive ("an aide to Kim", "Trump's son-in-law").
  servingNouns: [],
  mediumWords: ['interview', 'interviews', 'via'],
  deathWords: ['killed', 'killing', 'death', 'assassination', 'assassinated'],
};

export const GRAMMAR: Grammar = {
  // A preposition, a word, then an actor is as often an infinitive ("to ask Russia to strike").
  governedNouns: 0,
  adjectiveOrder: { after: false, ending: /(an|ish|ese|ic|al|i)$/ },
  progressiveEnding: 'ing',
  commaAsides: 'any',
};

export const MODE_WORDS: Record<ModeWordKind, string[]> = {
  // "refused to impose sanctions"; "refrained from criticizing Russia": held back, not done.
  negation: [
    'not', "didn't", "don't", "doesn't", "won't", "wouldn't", "can't", 'cannot', "isn't", "wasn't", "aren't", "weren't", "hasn't", "haven't", "hadn't", 'never', 'no',
    'refused', 'refuses', 'refuse', 'refusing', 'refrained', 'refrains', 'refrain', 'refraining', 'refusal',
  ].flatMap((word) => (word.includes("'") ? [word, word.replace("'", '’')] : [word])),
  // Calls, proposals and conditions: "called for sanctions", "if Iran attacks". What they name has not
  // happened, so no relation is read from the clause (ANNOTATION.md).
  unrealised: [
    'fears', 'ready', 'readiness', 'willing', 'willingness', 'plan', 'plans', 'postponed', 'delayed',
    // What ought to be done has not been: "the U.S. should support the Libyan people", "must sanction Iran".
    'should', 'ought',
    'calls', 'called', 'calling', 'urged', 'urges', 'urging', 'proposed', 'proposes', 'could', 'might', 'if', 'unless',
    'asking', 'asked', 'asks', 'demanded', 'demands', 'demanding', 'sought', 'seeks', 'seeking',
    // Weighing a step: "is considering U.S. airstrikes in Syria", "potential strikes", "prepared to launch".
    'considering', 'considers', 'weighing', 'potential', 'possible', 'prepared',
    'cancelled', 'canceled', 'canceling', 'cancelling', 'cancels',
  ],
  // Auxiliaries and adverbs between a subject and its verb ("Chile has also repeatedly criticised
  // Peru"), and the article before a name ("by the European Union").
  transparent: [
    'has', 'have', 'had', 'also', 'repeatedly', 'again', 'strongly', 'publicly', 'formally', 'officially', 'already', 'recently', 'previously', 'sharply', 'held', 'the',
    // Adverbs of manner and time before the verb: "Kerry quickly condemned", "Moscow has long accused",
    // "Iran flatly denied". Not hedges ("apparently", "likely"), which say less.
    'consistently', 'directly', 'indirectly', 'explicitly', 'implicitly', 'widely', 'quickly', 'swiftly', 'promptly', 'immediately', 'instantly', 'flatly',
    'vehemently', 'vigorously', 'adamantly', 'roundly', 'harshly', 'angrily', 'bitterly', 'fiercely', 'sternly', 'firmly', 'forcefully', 'aggressively',
    'unequivocally', 'categorically', 'unanimously', 'openly', 'vocally', 'loudly', 'privately', 'regularly', 'frequently', 'often',
    'initially', 'subsequently', 'later', 'long', 'even', 'still',
    // "Russia has steadfastly denied", "emphatically rejected", "increasingly criticized".
    'steadfastly', 'emphatically', 'strenuously', 'staunchly', 'resolutely', 'furiously', 'bluntly', 'pointedly', 'personally', 'routinely', 'constantly',
    'continually', 'persistently', 'increasingly', 'heavily', 'squarely', 'vociferously', 'passionately', 'indignantly',
    // Epithets of a visit or a meeting after its owner: "Obama's first visit to Israel", "Pompeo's surprise trip to Baghdad".
    'first', 'second', 'third', 'latest', 'recent', 'surprise', 'unannounced', 'historic', 'official', 'brief',
    // "never" negates the relation too (negation): "Feltman never met with Chagoury" is read, and negated.
    'never', 'now', 'then', 'twice', 'effectively', 'essentially', 'specifically',
    // An office's past and a region of a place say when and where, not who: "accused former President
    // Obama", "invaded northern Syria".
    'former', 'ex', 'northern', 'southern', 'eastern', 'western', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'central',
  ],
  manner: [],
  // Auxiliaries of a continuous tense, stepped over only before a word with its ending
  // (Grammar.progressiveEnding): "Trump was lashing out at Macron". Before a participle they make a
  // passive, which has rules of its own.
  progressive: ['is', 'are', 'was', 'were', 'been', 'am'],
  future: [
    'will', 'would', 'expected', 'tomorrow', 'upcoming', 'planned', 'imminent', 'plans', 'intends', 'prepares', 'preparing',
    // "sanctions are likely to target Russia's energy sector": expected, not yet.
    'likely',
  ],
  timeToCome: ['tomorrow', 'next'],
  threat: ['threatened', 'threatens', 'threatening', 'threat'],
  lifting: englishVerbs('lift', 'ease', 'suspend', 'remove', 'waive'),
  // A trade war is no attack.
  figurative: ['trade', 'tariff', 'tariffs', 'words', 'currency', 'price'],
  // "in a phone call with"
  phoneCall: ['phone', 'telephone', 'phoned', 'videoconference', 'video'],
  preposition: ['against', 'on', 'with', 'to', 'from', 'by', 'at', 'in', 'into', 'of', 'for'],
  report: ['according', 'reported', 'reportedly'],
  speech: ['said', 'says', 'told', 'announced', 'stated', 'according'],
};
