/** The rules a new password must meet, shared by the server (which enforces them) and the web forms (which show them as the user types). */
export const PASSWORD_RULES = ['length', 'username', 'distinct'] as const;
export type PasswordRule = (typeof PASSWORD_RULES)[number];

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 1024;
export const PASSWORD_MIN_DISTINCT = 6;

/** The rules a password breaks, in the order of PASSWORD_RULES; empty when it is acceptable. */
export function brokenPasswordRules(password: string, username: string): PasswordRule[] {
  const broken: PasswordRule[] = [];
  if (password.length < PASSWORD_MIN_LENGTH || password.length > PASSWORD_MAX_LENGTH) broken.push('length');
  if (password.toLowerCase().includes(username.toLowerCase())) broken.push('username');
  if (new Set(password).size < PASSWORD_MIN_DISTINCT) broken.push('distinct');
  return broken;
}
