import type { Label } from '@entente/ontology';
import { useStore } from '../store.ts';
import { viewStore } from '../view/state.ts';
import { MESSAGES, type Messages } from './messages.ts';

export type Language = keyof Label;
export const LANGUAGES: readonly Language[] = ['en', 'ar'];

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

export function textDirection(language: Language): 'ltr' | 'rtl' {
  return language === 'ar' ? 'rtl' : 'ltr';
}

/** Actors carry a name in each script; the interface language picks which one leads. */
export function actorName(actor: { name_en: string; name_ar: string }, language: Language): string {
  return language === 'ar' ? actor.name_ar || actor.name_en : actor.name_en || actor.name_ar;
}

export function useLanguage(): Language {
  return useStore(viewStore, (view) => view.language);
}

export function useMessages(): { t: Messages; language: Language; label: (label: Label) => string } {
  const language = useLanguage();
  return { t: MESSAGES[language], language, label: (label) => label[language] };
}

/** The document follows the interface language: `dir` mirrors the whole layout through CSS logical properties. */
export function bindLanguageToDocument(): void {
  const apply = (language: Language) => {
    document.documentElement.lang = language;
    document.documentElement.dir = textDirection(language);
    document.title = `${MESSAGES[language].appTitle} — ${MESSAGES[language].appTagline}`;
  };
  apply(viewStore.get().language);
  viewStore.subscribe((view, previous) => {
    if (view.language !== previous.language) apply(view.language);
  });
}
