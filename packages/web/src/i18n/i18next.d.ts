import 'i18next';
import type id from './locales/id.json';

// Types every `t()` key against the Indonesian resources, so a typo or a missing key fails
// `pnpm typecheck`; the locale parity test keeps en.json in step with id.json.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof id };
  }
}
