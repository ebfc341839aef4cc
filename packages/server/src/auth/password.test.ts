import { describe, expect, it } from 'vitest';
import { hashPassword, UNUSABLE_PASSWORD_HASH, verifyPassword } from './password.js';
import { checkPasswordStrength } from './password-rules.js';

describe('password hashing', () => {
  it('verifies the right password and rejects others', async () => {
    const hash = await hashPassword('Kertapati-2026!');
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(await verifyPassword('Kertapati-2026!', hash)).toBe(true);
    expect(await verifyPassword('kertapati-2026!', hash)).toBe(false);
  });

  it('salts each hash', async () => {
    expect(await hashPassword('same password')).not.toBe(await hashPassword('same password'));
  });

  it('never matches the placeholder used for unknown accounts, nor a malformed hash', async () => {
    expect(await verifyPassword('', UNUSABLE_PASSWORD_HASH)).toBe(false);
    expect(await verifyPassword('anything', 'md5$abc')).toBe(false);
  });
});

describe('password rules', () => {
  it('explains what is wrong with a weak password', () => {
    expect(checkPasswordStrength('short', 'budi')).toMatch(/12 characters/);
    expect(checkPasswordStrength('budi.santoso.2026', 'budi.santoso')).toMatch(/username/);
    expect(checkPasswordStrength('aaaaaaaaaaaaaaaa', 'budi')).toMatch(/6 different/);
    expect(checkPasswordStrength('Serang-Maju-2026', 'budi')).toBeNull();
  });
});
