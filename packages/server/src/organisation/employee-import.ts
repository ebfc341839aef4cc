// Import of an agency's employees from a spreadsheet: every row is checked first (row, column and
// reason for each problem), then, when nothing is wrong, everything is written in one transaction.
// Rows are matched to existing employees by NIP, so importing the same file twice changes nothing.
import type { z } from 'zod';
import type { Viewer } from '../context.js';
import type { PrismaClient } from '../db/client.js';
import { recordAuditMany, type AuditInput } from '../audit/log.js';
import { Prisma } from '../generated/prisma/client.js';
import type { EmploymentStatus, Sex } from '../generated/prisma/enums.js';
import { parseNip } from '@pantau/shared';
import { createsCycle, EMPLOYMENT_STATUSES, employeeFieldRules, nipContradiction, normaliseNip, SEXES } from './employee-rules.js';
import { readSheet, type SheetRow } from './spreadsheet.js';

export const IMPORT_COLUMNS = ['nip', 'name', 'sex', 'birthDate', 'status', 'positionTitle', 'rankGrade', 'unitCode', 'superiorNip'] as const;
const REQUIRED_COLUMNS = IMPORT_COLUMNS.filter((column) => column !== 'superiorNip');
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;
export const IMPORT_MAX_ROWS = 20_000;
export const IMPORT_PREVIEW_ROWS = 50;
/** A file with errors everywhere would otherwise answer with megabytes of them. */
export const IMPORT_MAX_ERRORS = 1000;

type Column = (typeof IMPORT_COLUMNS)[number];
export type ImportAction = 'CREATE' | 'UPDATE' | 'UNCHANGED';

export interface ImportRowError {
  row: number;
  column: Column | null;
  /** Stable reason for translations: REQUIRED, NIP_<parseNip code>, BIRTH_DATE_NIP, UNIT_UNKNOWN, … */
  code: string;
  message: string;
  /** The other row involved (the first row with the same NIP). */
  relatedRow?: number;
}

interface EmployeeValues {
  nip: string;
  name: string;
  sex: Sex;
  birthDate: string;
  status: EmploymentStatus;
  positionTitle: string;
  rankGrade: string;
  unitId: string;
  superiorNip: string | null;
}

export interface PlannedRow extends EmployeeValues {
  row: number;
  unitCode: string;
  action: ImportAction;
  /** The existing employee's id for UPDATE and UNCHANGED. */
  id: string | null;
}

export interface ImportPlan {
  totalRows: number;
  rows: PlannedRow[];
  errors: ImportRowError[];
  errorCount: number;
  counts: Record<ImportAction, number>;
}

/** Sex as written in Indonesian files too: L (laki-laki) and P (perempuan). */
const SEX_ALIASES: Record<string, Sex> = { MALE: 'MALE', FEMALE: 'FEMALE', L: 'MALE', P: 'FEMALE' };

export async function planEmployeeImport(prisma: PrismaClient, agencyId: string, file: File): Promise<ImportPlan> {
  const sheet = await readSheet(file, { maxBytes: IMPORT_MAX_BYTES, maxRows: IMPORT_MAX_ROWS, columns: IMPORT_COLUMNS, required: REQUIRED_COLUMNS });
  const fileNips = sheet.map((row) => normaliseNip(row.values.nip ?? ''));
  const [units, existing, elsewhere] = await Promise.all([
    prisma.unit.findMany({ where: { agencyId }, select: { id: true, code: true } }),
    prisma.employee.findMany({ where: { agencyId } }),
    prisma.employee.findMany({ where: { nip: { in: fileNips }, agencyId: { not: agencyId } }, select: { nip: true } }),
  ]);
  const unitIdByCode = new Map(units.map((unit) => [unit.code, unit.id]));
  const existingByNip = new Map(existing.map((employee) => [employee.nip, employee]));
  const nipById = new Map(existing.map((employee) => [employee.id, employee.nip]));
  const otherAgencyNips = new Set(elsewhere.map((employee) => employee.nip));

  const errors: ImportRowError[] = [];
  const firstRowOfNip = new Map<string, number>();
  const valid: Array<EmployeeValues & { row: number; unitCode: string }> = [];
  for (const sheetRow of sheet) {
    const rowErrors: ImportRowError[] = [];
    const values = checkRow(sheetRow, unitIdByCode, (column, code, message) => rowErrors.push({ row: sheetRow.row, column, code, message }));
    if (values) {
      const earlier = firstRowOfNip.get(values.nip);
      if (earlier !== undefined) rowErrors.push({ row: sheetRow.row, column: 'nip', code: 'NIP_DUPLICATE', message: `the same NIP is already on row ${earlier}`, relatedRow: earlier });
      else firstRowOfNip.set(values.nip, sheetRow.row);
      if (otherAgencyNips.has(values.nip)) rowErrors.push({ row: sheetRow.row, column: 'nip', code: 'NIP_OTHER_AGENCY', message: 'belongs to an employee of another agency; transfer them there first' });
    }
    errors.push(...rowErrors);
    if (values && rowErrors.length === 0) valid.push({ ...values, row: sheetRow.row, unitCode: sheetRow.values.unitCode ?? '' });
  }

  // Superiors: another row of the file, or an employee of the agency already stored.
  const superiorOf = new Map<string, string | null>(existing.map((employee) => [employee.nip, employee.superiorId ? (nipById.get(employee.superiorId) ?? null) : null]));
  for (const row of valid) superiorOf.set(row.nip, row.superiorNip);
  for (const row of valid) {
    if (row.superiorNip === null) continue;
    if (!firstRowOfNip.has(row.superiorNip) && !existingByNip.has(row.superiorNip)) {
      errors.push({ row: row.row, column: 'superiorNip', code: 'SUPERIOR_UNKNOWN', message: 'is not an employee of this agency nor another row of the file' });
    } else if (createsCycle(superiorOf, row.nip, row.superiorNip)) {
      errors.push({ row: row.row, column: 'superiorNip', code: 'SUPERIOR_LOOP', message: 'makes a loop: this superior reports (directly or indirectly) to the employee' });
    }
  }

  const rows = valid.map((row): PlannedRow => {
    const current = existingByNip.get(row.nip);
    if (!current) return { ...row, action: 'CREATE', id: null };
    const same =
      current.name === row.name &&
      current.sex === row.sex &&
      current.birthDate.toISOString().slice(0, 10) === row.birthDate &&
      current.status === row.status &&
      current.positionTitle === row.positionTitle &&
      current.rankGrade === row.rankGrade &&
      current.unitId === row.unitId &&
      (current.superiorId ? nipById.get(current.superiorId) : null) === row.superiorNip;
    return { ...row, action: same ? 'UNCHANGED' : 'UPDATE', id: current.id };
  });
  errors.sort((a, b) => a.row - b.row);
  const counts: Record<ImportAction, number> = { CREATE: 0, UPDATE: 0, UNCHANGED: 0 };
  for (const row of rows) counts[row.action]++;
  return { totalRows: sheet.length, rows, errors: errors.slice(0, IMPORT_MAX_ERRORS), errorCount: errors.length, counts };
}

/** The reason code of a value a field rule refused (the NIP's from parseNip, which names the part at fault). */
const INVALID_CODES: Partial<Record<Column, string>> = { name: 'NAME_LENGTH', birthDate: 'DATE', positionTitle: 'TITLE_LENGTH', rankGrade: 'RANK_LENGTH' };

function checkRow(sheetRow: SheetRow, unitIdByCode: Map<string, string>, fail: (column: Column, code: string, message: string) => void): EmployeeValues | null {
  const text = (column: Column) => sheetRow.values[column] ?? '';
  const checked = (column: Column, rule: z.ZodType<string>): string | null => {
    if (text(column) === '') {
      fail(column, 'REQUIRED', 'is required');
      return null;
    }
    const result = rule.safeParse(text(column));
    if (!result.success) {
      const nipError = column === 'nip' ? parseNip(text(column)) : null;
      const code = nipError && !nipError.ok ? `NIP_${nipError.error.code}` : (INVALID_CODES[column] ?? 'INVALID');
      fail(column, code, result.error.issues[0]?.message ?? 'is not valid');
    }
    return result.success ? result.data : null;
  };
  // An 18-digit number in a spreadsheet cell has already lost its last digits.
  const numericNip = (column: Column) => sheetRow.numericCells.has(column) && text(column).length > 15;
  if (numericNip('nip')) fail('nip', 'NIP_AS_NUMBER', 'is stored as a number, which loses digits; format the column as text');
  const nip = numericNip('nip') ? null : checked('nip', employeeFieldRules.nip);
  const name = checked('name', employeeFieldRules.name);
  const birthDate = checked('birthDate', employeeFieldRules.birthDate);
  const positionTitle = checked('positionTitle', employeeFieldRules.positionTitle);
  const rankGrade = checked('rankGrade', employeeFieldRules.rankGrade);
  const sex = SEX_ALIASES[text('sex').toUpperCase()];
  if (!sex) fail('sex', 'SEX_VALUE', `must be one of ${SEXES.join(', ')} (or L, P)`);
  const status = EMPLOYMENT_STATUSES.find((value) => value === text('status').toUpperCase());
  if (!status) fail('status', 'STATUS_VALUE', `must be one of ${EMPLOYMENT_STATUSES.join(', ')}`);
  const unitId = unitIdByCode.get(text('unitCode'));
  if (!unitId) {
    if (text('unitCode') === '') fail('unitCode', 'REQUIRED', 'is required');
    else fail('unitCode', 'UNIT_UNKNOWN', 'is not the code of a unit of this agency');
  }
  let superiorNip: string | null = null;
  if (text('superiorNip') !== '') {
    if (numericNip('superiorNip')) fail('superiorNip', 'NIP_AS_NUMBER', 'is stored as a number, which loses digits; format the column as text');
    else if (!employeeFieldRules.nip.safeParse(text('superiorNip')).success) fail('superiorNip', 'SUPERIOR_INVALID', 'is not a valid NIP');
    else superiorNip = normaliseNip(text('superiorNip'));
    if (superiorNip !== null && nip !== null && superiorNip === normaliseNip(nip)) fail('superiorNip', 'SUPERIOR_SELF', 'is the employee\'s own NIP');
  }
  if (nip === null || name === null || birthDate === null || positionTitle === null || rankGrade === null || !sex || !status || !unitId) return null;
  const contradiction = nipContradiction(normaliseNip(nip), birthDate, sex);
  if (contradiction) {
    fail(contradiction.field, contradiction.field === 'birthDate' ? 'BIRTH_DATE_NIP' : 'SEX_NIP', contradiction.message);
    return null;
  }
  return { nip: normaliseNip(nip), name, sex, birthDate, status, positionTitle, rankGrade, unitId, superiorNip };
}

const INSERT_BATCH = 1000;

/** Writes a plan without errors, all or nothing; returns after the transaction commits. */
export async function applyEmployeeImport(
  prisma: PrismaClient,
  viewer: Viewer | null,
  agencyId: string,
  fileName: string,
  plan: ImportPlan,
): Promise<void> {
  const data = (row: PlannedRow) => ({
    nip: row.nip,
    name: row.name,
    sex: row.sex,
    birthDate: new Date(`${row.birthDate}T00:00:00Z`),
    status: row.status,
    positionTitle: row.positionTitle,
    rankGrade: row.rankGrade,
    unitId: row.unitId,
  });
  const created = plan.rows.filter((row) => row.action === 'CREATE');
  const updated = plan.rows.filter((row) => row.action === 'UPDATE');
  await prisma.$transaction(
    async (tx) => {
      for (let start = 0; start < created.length; start += INSERT_BATCH) {
        await tx.employee.createMany({ data: created.slice(start, start + INSERT_BATCH).map((row) => ({ ...data(row), agencyId })) });
      }
      for (const row of updated) await tx.employee.update({ where: { id: row.id! }, data: data(row) });
      // Superiors last, once every row of the file exists; one statement per batch (a statement per row took 20 s for 20,000 rows on PGlite).
      const idByNip = new Map((await tx.employee.findMany({ where: { agencyId }, select: { id: true, nip: true } })).map((employee) => [employee.nip, employee.id]));
      const links = [...created, ...updated].map((row) => Prisma.sql`(${idByNip.get(row.nip)!}::text, ${row.superiorNip === null ? null : idByNip.get(row.superiorNip)!}::text)`);
      for (let start = 0; start < links.length; start += INSERT_BATCH) {
        await tx.$executeRaw`UPDATE "Employee" AS e SET "superiorId" = v.superior FROM (VALUES ${Prisma.join(links.slice(start, start + INSERT_BATCH))}) AS v(id, superior) WHERE e.id = v.id`;
      }

      const perEmployee: AuditInput[] = [...created, ...updated].map((row) => ({
        action: row.action === 'CREATE' ? 'employee.create' : 'employee.update',
        entityType: 'Employee',
        entityId: idByNip.get(row.nip)!,
        after: { ...data(row), birthDate: row.birthDate, superiorNip: row.superiorNip, viaImport: fileName },
      }));
      await recordAuditMany(tx, viewer, [
        ...perEmployee,
        {
          action: 'employee.import',
          entityType: 'Agency',
          entityId: agencyId,
          after: { file: fileName, rows: plan.totalRows, created: plan.counts.CREATE, updated: plan.counts.UPDATE, unchanged: plan.counts.UNCHANGED },
        },
      ]);
    },
    // A large file on the embedded database takes longer than Prisma's default 5 s.
    { timeout: 120_000, maxWait: 10_000 },
  );
}
