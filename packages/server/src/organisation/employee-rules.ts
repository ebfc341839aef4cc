// The rules an employee record must follow, shared by the GraphQL inputs and the CSV/XLSX import
// so that a form and an import row are refused for the same reasons with the same words.
import { isLocalDate, parseNip } from '@pantau/shared';
import { z } from 'zod';

export const EMPLOYMENT_STATUSES = ['PNS', 'PPPK'] as const;
export const SEXES = ['MALE', 'FEMALE'] as const;

export const employeeFieldRules = {
  // parseNip's messages say which part is wrong without repeating the NIP (personal data).
  nip: z.string().superRefine((value, ctx) => {
    const parsed = parseNip(value);
    if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.error.message });
  }),
  name: z.string().trim().min(3, 'must be at least 3 characters').max(200, 'must be at most 200 characters'),
  birthDate: z.string().refine(isLocalDate, 'must be a date as YYYY-MM-DD'),
  positionTitle: z.string().trim().min(2, 'must be at least 2 characters').max(200, 'must be at most 200 characters'),
  rankGrade: z.string().trim().min(1, 'is required').max(60, 'must be at most 60 characters'),
};

/** The NIP without spaces (it may be written "19850312 201001 1 003"). */
export const normaliseNip = (nip: string) => nip.replace(/\s+/g, '');

/**
 * The NIP encodes the birth date and sex; a record that contradicts its own NIP is a typing error
 * somewhere. Returns the field to blame and why, or null. Expects a valid NIP.
 */
export function nipContradiction(nip: string, birthDate: string, sex: string): { field: 'birthDate' | 'sex'; message: string } | null {
  const parsed = parseNip(nip);
  if (!parsed.ok) return null;
  if (parsed.nip.birthDate !== birthDate) return { field: 'birthDate', message: 'does not match the birth date in the NIP' };
  if (parsed.nip.sex !== sex) return { field: 'sex', message: 'does not match the sex digit in the NIP' };
  return null;
}

/**
 * Whether making `parent` the parent of `node` closes a loop, given every node's current parent.
 * Used for superiors (atasan) and for nested units.
 */
export function createsCycle(parentOf: ReadonlyMap<string, string | null>, node: string, parent: string | null): boolean {
  const seen = new Set<string>();
  for (let current = parent; current !== null; current = parentOf.get(current) ?? null) {
    if (current === node) return true;
    // A loop already present above (never written by us) must not hang the check.
    if (seen.has(current)) return false;
    seen.add(current);
  }
  return false;
}
