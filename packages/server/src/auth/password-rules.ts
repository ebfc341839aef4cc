import { brokenPasswordRules, PASSWORD_MAX_LENGTH, PASSWORD_MIN_DISTINCT, PASSWORD_MIN_LENGTH, type PasswordRule } from '@pantau/shared';

const explanations: Record<PasswordRule, (password: string) => string> = {
  length: (password) =>
    password.length < PASSWORD_MIN_LENGTH
      ? `must be at least ${PASSWORD_MIN_LENGTH} characters long`
      : `must be at most ${PASSWORD_MAX_LENGTH} characters long`,
  username: () => 'must not contain the username',
  distinct: () => `must use at least ${PASSWORD_MIN_DISTINCT} different characters`,
};

/** Why a new password is not acceptable, or null when it is. */
export function checkPasswordStrength(password: string, username: string): string | null {
  const [broken] = brokenPasswordRules(password, username);
  return broken ? explanations[broken](password) : null;
}

/** Usernames: 3–64 of a-z 0-9 . _ - (lower case, so logins are case-insensitive). */
export const USERNAME_PATTERN = /^[a-z0-9._-]{3,64}$/;
