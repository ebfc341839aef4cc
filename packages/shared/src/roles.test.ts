import { describe, expect, it } from 'vitest';
import { isRole, Role, ROLES } from './roles.js';

describe('Role', () => {
  it('lists exactly the eight roles, each value equal to its key', () => {
    expect(ROLES).toEqual([
      'ADMIN',
      'AGENCY_ADMIN',
      'LEADER',
      'SUPERVISOR',
      'EMPLOYEE',
      'ANALYST',
      'CANDIDATE',
      'PUBLIC',
    ]);
    for (const [key, value] of Object.entries(Role)) expect(value).toBe(key);
  });

  it('recognises role values and rejects anything else', () => {
    for (const role of ROLES) expect(isRole(role)).toBe(true);
    for (const value of ['admin', 'GUEST', '', null, undefined, 1, {}]) {
      expect(isRole(value)).toBe(false);
    }
  });
});
