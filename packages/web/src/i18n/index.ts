import { createInstance, type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';
import id from './locales/id.json';

export const languages = ['id', 'en'] as const;
export type Language = (typeof languages)[number];

/** Bahasa Indonesia is both the default and the fallback: it is the language of record. */
export const defaultLanguage: Language = 'id';

/**
 * How each language names itself on the toggle. Endonyms are deliberately not translated:
 * a reader looking for their own language must recognise it whatever the current one is.
 */
export const languageLabels: Record<Language, { short: string; name: string }> = {
  id: { short: 'ID', name: 'Bahasa Indonesia' },
  en: { short: 'EN', name: 'English' },
};

export const resources = { id: { translation: id }, en: { translation: en } } as const;

const storageKey = 'pantau.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

export function storedLanguage(storage: Pick<Storage, 'getItem'> | undefined): Language {
  try {
    const value = storage?.getItem(storageKey);
    return isLanguage(value) ? value : defaultLanguage;
  } catch {
    // Storage can throw (privacy modes, sandboxed frames): fall back rather than fail to start.
    return defaultLanguage;
  }
}

export interface CreateI18nOptions {
  /** Where the chosen language is remembered; `undefined` keeps it in memory only (tests). */
  storage?: Pick<Storage, 'getItem' | 'setItem'>;
  /** The document whose `<html lang>` follows the language. */
  document?: Document;
  /** Overrides the stored language. */
  language?: Language;
}

/**
 * One i18next instance per app (and per test): resources are bundled, so initialisation is
 * synchronous and the first render already has its texts.
 */
export function createI18n(options: CreateI18nOptions = {}): I18n {
  const { storage, document } = options;
  const instance = createInstance();
  instance.use(initReactI18next);
  void instance.init({
    resources,
    lng: options.language ?? storedLanguage(storage),
    fallbackLng: defaultLanguage,
    supportedLngs: [...languages],
    initAsync: false,
    // React already escapes text; escaping again would show entities such as &amp;.
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
  const apply = (language: string) => {
    if (document) document.documentElement.lang = language;
    try {
      storage?.setItem(storageKey, language);
    } catch {
      // Not being able to remember the choice must not break switching.
    }
  };
  apply(instance.language);
  instance.on('languageChanged', apply);
  return instance;
}

/** The current language of an instance, narrowed to the languages we ship. */
export function currentLanguage(instance: Pick<I18n, 'resolvedLanguage' | 'language'>): Language {
  const language = instance.resolvedLanguage ?? instance.language;
  return isLanguage(language) ? language : defaultLanguage;
}
