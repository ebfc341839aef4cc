import type { CombinedError } from '@urql/core';
import type { TFunction } from 'i18next';
import { resources } from '../i18n';

/** The error codes the UI has a translated message for (see `errors.codes` in the locales). */
export type KnownErrorCode = keyof typeof resources.id.translation.errors.codes;

const knownErrorCodes = new Set<string>(Object.keys(resources.id.translation.errors.codes));

export interface UserError {
  /** The server's error code, when it sent one. */
  code?: string;
  /** The input field at fault (last segment of `extensions.field`, e.g. `input.username` → `username`). */
  field?: string;
  /** What to show the user, in the current language. */
  message: string;
}

export interface UserErrors {
  /** Errors that belong next to one input, keyed by field name. */
  fields: Record<string, string>;
  /** Errors that belong to the form or page as a whole. */
  form: string[];
}

function isKnownCode(code: unknown): code is KnownErrorCode {
  return typeof code === 'string' && knownErrorCodes.has(code);
}

/**
 * Turns an urql error into messages users can act on: known codes get our translated text,
 * unknown ones fall back to the server's own message, and a failed request gets the network text.
 */
export function describeErrors(error: CombinedError, t: TFunction): UserError[] {
  if (error.graphQLErrors.length === 0) {
    return [{ message: error.networkError ? t('errors.network') : t('errors.unknown') }];
  }
  return error.graphQLErrors.map((graphQLError) => {
    const { code, field } = graphQLError.extensions ?? {};
    const userError: UserError = {
      message: isKnownCode(code) ? t(`errors.codes.${code}`) : graphQLError.message || t('errors.unknown'),
    };
    if (typeof code === 'string') userError.code = code;
    if (typeof field === 'string' && field !== '') userError.field = field.split('.').at(-1) ?? field;
    return userError;
  });
}

/**
 * Splits errors between the given form fields and the form as a whole. `messageFor` lets a page
 * translate error codes of its own domain that `errors.codes` does not cover.
 */
export function errorsForForm(
  error: CombinedError | undefined,
  fieldNames: readonly string[],
  t: TFunction,
  messageFor?: (code: string | undefined) => string | undefined,
): UserErrors {
  const result: UserErrors = { fields: {}, form: [] };
  if (!error) return result;
  for (const userError of describeErrors(error, t)) {
    const message = messageFor?.(userError.code) ?? userError.message;
    if (userError.field && fieldNames.includes(userError.field) && !(userError.field in result.fields)) {
      result.fields[userError.field] = message;
    } else {
      result.form.push(message);
    }
  }
  return result;
}
