import { useMessages } from '../core/i18n/index.ts';
import { viewActions } from '../core/view/state.ts';

export function LanguageSwitch() {
  const { t, language } = useMessages();
  const other = language === 'ar' ? 'en' : 'ar';
  return (
    <button type="button" className="language-switch" lang={other} aria-label={t.switchLanguageLabel} onClick={() => viewActions.setLanguage(other)}>
      {t.switchLanguage}
    </button>
  );
}
