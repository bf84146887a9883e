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
