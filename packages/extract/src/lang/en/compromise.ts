/**
 * English inflections from compromise's conjugator, so English lexicons list a verb once, as Arabic
 * ones do through verbForms: "condemn" gives condemn, condemns, condemned, condemning.
 */
import nlp from 'compromise';

type Conjugation = Partial<Record<'Infinitive' | 'PastTense' | 'PresentTense' | 'Gerund' | 'Participle', string>>;

/** Every form of each verb (infinitive, -s, past, participle, -ing), lower-cased. */
export function englishVerbs(...infinitives: string[]): string[] {
  const forms = new Set<string>();
  for (const verb of infinitives) {
    // Tagged as a verb first: compromise reads "shell" or "station" as nouns on their own.
    const doc = nlp(verb);
    doc.tag('Infinitive');
    const conjugation = (doc.verbs().conjugate()[0] ?? {}) as Conjugation;
    for (const form of [verb, conjugation.PresentTense, conjugation.PastTense, conjugation.Participle, conjugation.Gerund]) {
      if (form && !form.includes(' ')) forms.add(form.toLowerCase());
    }
  }
  return [...forms];
}

/** Tags of words that are not names written in lower case: "may", "brown", "rice", "young". */
const COMMON_WORD = '(#Verb|#Adjective|#Adverb|#Preposition|#Determiner|#Conjunction|#Pronoun|#QuestionWord|#Date|#Value|#Uncountable|#Plural)';

/** Whether an English word is a common word of the language, which a capital at a sentence start would make look like a name. */
export function isCommonEnglishWord(word: string): boolean {
  const lower = word.toLowerCase();
  let common = commonWords.get(lower);
  if (common === undefined) commonWords.set(lower, (common = nlp(lower).has(COMMON_WORD)));
  return common;
}
const commonWords = new Map<string, boolean>();

/** Tags compromise's lexicon gives to given names. */
const GIVEN_NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);
const LEXICON = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;

/**
 * Whether an English word is a given name in compromise's lexicon ("Robert", "Lindsey"); a word the
 * lexicon files as anything else ("Will", "Rich") is not. A lookup, not a parse: it runs on every
 * capitalised word of the English corpus.
 */
export function isGivenName(word: string): boolean {
  const tags = LEXICON[word.toLowerCase()];
  return tags !== undefined && (Array.isArray(tags) ? tags.some((t) => GIVEN_NAME_TAGS.has(t)) : GIVEN_NAME_TAGS.has(tags));
}
