/** Why a new password is not acceptable, or null when it is. */
export function checkPasswordStrength(password: string, username: string): string | null {
  if (password.length < 12) return 'must be at least 12 characters long';
  if (password.length > 1024) return 'must be at most 1024 characters long';
  if (password.toLowerCase().includes(username.toLowerCase())) return 'must not contain the username';
  if (new Set(password).size < 6) return 'must use at least 6 different characters';
  return null;
}

/** Usernames: 3–64 of a-z 0-9 . _ - (lower case, so logins are case-insensitive). */
export const USERNAME_PATTERN = /^[a-z0-9._-]{3,64}$/;
