import { isLocalDate, parseNip } from '@pantau/shared';
import type { EmployeeInput } from './queries';

export type EmployeeField = keyof EmployeeInput;
/** Keys under admin.employees.problems. */
export type Problem =
  | 'required'
  | 'nameLength'
  | 'titleLength'
  | 'date'
  | 'birthDateNip'
  | 'sexNip'
  | `nip.${'NOT_DIGITS' | 'LENGTH' | 'BIRTH_DATE' | 'APPOINTMENT_MONTH' | 'APPOINTMENT_BEFORE_BIRTH' | 'SEX' | 'SEQUENCE'}`;

/**
 * The same rules the server applies (packages/shared's parseNip for the NIP), checked as the user
 * types so most mistakes show before sending; the server still has the last word.
 */
export function employeeProblems(values: EmployeeInput, checkNip: boolean): Partial<Record<EmployeeField, Problem>> {
  const problems: Partial<Record<EmployeeField, Problem>> = {};
  const nip = checkNip ? parseNip(values.nip) : null;
  if (checkNip) {
    if (values.nip.trim() === '') problems.nip = 'required';
    else if (nip && !nip.ok) problems.nip = `nip.${nip.error.code}`;
  }
  const name = values.name.trim().length;
  if (name === 0) problems.name = 'required';
  else if (name < 3 || name > 200) problems.name = 'nameLength';
  if (values.birthDate === '') problems.birthDate = 'required';
  else if (!isLocalDate(values.birthDate)) problems.birthDate = 'date';
  else if (nip?.ok && nip.nip.birthDate !== values.birthDate) problems.birthDate = 'birthDateNip';
  if (nip?.ok && nip.nip.sex !== values.sex) problems.sex = 'sexNip';
  const title = values.positionTitle.trim().length;
  if (title === 0) problems.positionTitle = 'required';
  else if (title < 2 || title > 200) problems.positionTitle = 'titleLength';
  if (values.rankGrade.trim() === '') problems.rankGrade = 'required';
  if (values.unitId === '') problems.unitId = 'required';
  return problems;
}
