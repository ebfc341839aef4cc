import { createInstance, type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
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

/** Indonesian is bundled; every other language is fetched when it is chosen, keeping the first load small. */
export const resources = { id: { translation: id } } as const;

type Translations = typeof id;
const loaders: Record<Exclude<Language, 'id'>, () => Promise<{ default: Translations }>> = {
  en: () => import('./locales/en.json'),
};

/** Makes a language's texts available to the instance (fetching them once). */
export async function loadLanguage(instance: I18n, language: Language): Promise<void> {
  if (language === 'id' || instance.hasResourceBundle(language, 'translation')) return;
  instance.addResourceBundle(language, 'translation', (await loaders[language]()).default);
}

/** Switches to a language once its texts are there, so the page never shows a mix. */
export async function switchLanguage(instance: I18n, language: Language): Promise<void> {
  await loadLanguage(instance, language);
  await instance.changeLanguage(language);
}

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
  /** Texts of other languages to have from the start (tests), instead of fetching them. */
  bundles?: Partial<Record<Language, Translations>>;
}

/**
 * One i18next instance per app (and per test). Initialisation is synchronous; a language other
 * than Indonesian shows its texts once `loadLanguage` has fetched them (the app waits for that
 * before its first render).
 */
export function createI18n(options: CreateI18nOptions = {}): I18n {
  const { storage, document } = options;
  const instance = createInstance();
  instance.use(initReactI18next);
  void instance.init({
    resources: { ...resources, ...Object.fromEntries(Object.entries(options.bundles ?? {}).map(([language, translation]) => [language, { translation }])) },
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
