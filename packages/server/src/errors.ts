import { GraphQLError } from 'graphql';

/**
 * Every error a user can act on carries a stable code (listed in the schema's ErrorCode enum)
 * and, when one input field is at fault, that field's path.
 */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'INVALID_STATE',
  'PERIOD_NOT_OPEN',
  'PERIOD_CLOSED',
  'SUPERIOR_SKP_MISSING',
  'SUPERIOR_SKP_NOT_APPROVED',
  'CURVE_VIOLATED',
  'INVALID_CREDENTIALS',
  'ACCOUNT_DISABLED',
  'EMAIL_NOT_VERIFIED',
  'ACCOUNT_LOCKED',
  'RATE_LIMITED',
  'QUERY_TOO_COMPLEX',
  'CSRF_REJECTED',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'DATA_DIR_LOCKED',
  'DATA_DIR_DAMAGED',
  'CONFIG_INVALID',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'AppError';
  }

  toGraphQLError(): GraphQLError {
    return new GraphQLError(this.message, {
      extensions: { code: this.code, ...(this.field ? { field: this.field } : {}) },
    });
  }
}

export const notFound = (what: string, field?: string) => new AppError('NOT_FOUND', `${what} was not found.`, field);
