import type { CombinedError } from 'urql';
import type { TFunction } from 'i18next';
import { errorsForForm, type UserErrors } from '../../graphql/errors';
import { resources } from '../../i18n';

type WorkCode = keyof typeof resources.id.translation.work.errorCodes;
const workCodes = new Set<string>(Object.keys(resources.id.translation.work.errorCodes));

/**
 * errorsForForm with the performance cycle's own error codes (a superior's SKP missing, a closed
 * period, …) in the user's language instead of the server's English text.
 */
export function workErrors(error: CombinedError | undefined, fieldNames: readonly string[], t: TFunction): UserErrors {
  return errorsForForm(error, fieldNames, t, (code) => (code !== undefined && workCodes.has(code) ? t(`work.errorCodes.${code as WorkCode}`) : undefined));
}
