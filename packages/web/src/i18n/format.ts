import { useTranslation } from 'react-i18next';
import { isLanguage, type Language } from './index';

const locales: Record<Language, string> = { id: 'id-ID', en: 'en-GB' };

/**
 * All five regions run on WIB, and dates must read the same for every viewer of a region's data
 * wherever their browser is, so formatting uses Asia/Jakarta unless a caller says otherwise.
 */
export const defaultTimeZone = 'Asia/Jakarta';

export function localeFor(language: string): string {
  return isLanguage(language) ? locales[language] : locales.id;
}

type DateInput = Date | string | number;

export function formatNumber(value: number, language: string, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(localeFor(language), options).format(value);
}

export function formatDate(value: DateInput, language: string, options?: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(localeFor(language), {
    dateStyle: 'long',
    timeZone: defaultTimeZone,
    ...options,
  }).format(new Date(value));
}

export function formatDateTime(value: DateInput, language: string, options?: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(localeFor(language), {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: defaultTimeZone,
    ...options,
  }).format(new Date(value));
}

/** A calendar day written YYYY-MM-DD (as the API sends WIB days), e.g. "23 November 2026". */
export function formatDay(day: string, language: string, options?: Intl.DateTimeFormatOptions): string {
  return formatDate(`${day}T00:00:00+07:00`, language, options);
}

/** The formatters bound to the current language; components re-render when it changes. */
export function useFormat() {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return {
    formatNumber: (value: number, options?: Intl.NumberFormatOptions) => formatNumber(value, language, options),
    formatDate: (value: DateInput, options?: Intl.DateTimeFormatOptions) => formatDate(value, language, options),
    formatDateTime: (value: DateInput, options?: Intl.DateTimeFormatOptions) =>
      formatDateTime(value, language, options),
    formatDay: (day: string, options?: Intl.DateTimeFormatOptions) => formatDay(day, language, options),
  };
}
