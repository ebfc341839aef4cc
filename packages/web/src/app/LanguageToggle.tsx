import { useTranslation } from 'react-i18next';
import { currentLanguage, languageLabels, languages, switchLanguage } from '../i18n';

export function LanguageToggle() {
  const { t, i18n } = useTranslation();
  const current = currentLanguage(i18n);
  return (
    <div className="language-toggle" role="group" aria-label={t('language.label')}>
      {languages.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          aria-pressed={current === language}
          aria-label={`${languageLabels[language].name} (${languageLabels[language].short})`}
          onClick={() => void switchLanguage(i18n, language)}
        >
          {languageLabels[language].short}
        </button>
      ))}
    </div>
  );
}
