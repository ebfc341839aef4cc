import { describe, expect, it } from 'vitest';
import { brokenPasswordRules } from './password.js';

describe('brokenPasswordRules', () => {
  it('accepts a long, varied password without the username', () => {
    expect(brokenPasswordRules('kopi-susu-2026!', 'siti')).toEqual([]);
  });
  it('names every rule a password breaks', () => {
    expect(brokenPasswordRules('siti', 'siti')).toEqual(['length', 'username', 'distinct']);
    expect(brokenPasswordRules('aaaaaaaaaaaaaaab', 'siti')).toEqual(['distinct']);
    expect(brokenPasswordRules('x'.repeat(1025), 'siti')).toEqual(['length', 'distinct']);
    expect(brokenPasswordRules('my-SITI-password', 'siti')).toEqual(['username']);
  });
});
