import { describe, expect, it } from 'vitest';
import { createI18n, loadLanguage, switchLanguage } from '.';
import en from './locales/en.json';
import id from './locales/id.json';

describe('languages', () => {
  it('has Indonesian at once and fetches English only when it is asked for', async () => {
    const i18n = createI18n({ language: 'en' });
    expect(i18n.hasResourceBundle('en', 'translation')).toBe(false);
    // Until English arrives, the language of record stands in.
    expect(i18n.t('app.tagline')).toBe(id.app.tagline);
    await loadLanguage(i18n, 'en');
    expect(i18n.t('app.tagline')).toBe(en.app.tagline);
  });

  it('switches language only once the texts are there', async () => {
    const i18n = createI18n({ language: 'id' });
    await switchLanguage(i18n, 'en');
    expect(i18n.language).toBe('en');
    expect(i18n.t('app.tagline')).toBe(en.app.tagline);
    await switchLanguage(i18n, 'id');
    expect(i18n.t('app.tagline')).toBe(id.app.tagline);
  });
});
