import { assertAgencyAdministrator, canListAgencyEmployees, canViewEmployee } from '../auth/access.js';
import { recordAudit } from '../audit/log.js';
import type { Context } from '../context.js';
import { AppError, notFound } from '../errors.js';
import { createsCycle, EMPLOYMENT_STATUSES, employeeFieldRules, nipContradiction, normaliseNip, SEXES } from '../organisation/employee-rules.js';
import { AgencyNode } from './agency.js';
import { builder } from './builder.js';
import { UnitNode } from './unit.js';

export const EmploymentStatus = builder.enumType('EmploymentStatus', {
  description: 'PNS: career civil servant. PPPK: civil servant on a work agreement.',
  values: EMPLOYMENT_STATUSES,
});

export const Sex = builder.enumType('Sex', { values: SEXES });

const toLocalDate = (date: Date) => date.toISOString().slice(0, 10);

export const EmployeeNode = builder.prismaNode('Employee', {
  id: { field: 'id' },
  description: 'An ASN employee. Personal data: visible to the employee, their superiors, and the administrators and leaders over them.',
  // Checked for every employee object the API returns, whichever field it came through.
  authScopes: async (employee, context) => canViewEmployee(context, employee),
  select: { id: true, agencyId: true },
  fields: (t) => ({
    nip: t.exposeString('nip', { description: 'NIP: the 18-digit civil-servant number.' }),
    name: t.exposeString('name'),
    sex: t.expose('sex', { type: Sex }),
    birthDate: t.string({ select: { birthDate: true }, description: 'YYYY-MM-DD.', resolve: (employee) => toLocalDate(employee.birthDate) }),
    status: t.expose('status', { type: EmploymentStatus }),
    positionTitle: t.exposeString('positionTitle'),
    rankGrade: t.exposeString('rankGrade', { description: 'Pangkat/golongan for PNS (e.g. "Penata, III/c"), grade for PPPK.' }),
    agency: t.relation('agency'),
    unit: t.relation('unit'),
    superior: t.relation('superior', { nullable: true, description: 'The direct superior (atasan langsung).' }),
    subordinates: t.relatedConnection('subordinates', { cursor: 'id', totalCount: true, query: { orderBy: { name: 'asc' } } }),
  }),
});

builder.prismaObjectField('Agency', 'employees', (t) =>
  t.relatedConnection('employees', {
    cursor: 'id',
    totalCount: true,
    description: 'The people of the agency: for administrators of the agency and leaders of its region.',
    authScopes: async (agency, _args, context) => canListAgencyEmployees(context, agency.id),
    query: { orderBy: { name: 'asc' } },
  }),
);

builder.prismaObjectField('Unit', 'employees', (t) =>
  t.relatedConnection('employees', {
    cursor: 'id',
    totalCount: true,
    description: 'The people of the unit itself (not of the units below it): for administrators of its agency and leaders of its region.',
    authScopes: async (unit, _args, context) => canListAgencyEmployees(context, unit.agencyId),
    query: { orderBy: { name: 'asc' } },
  }),
);

/** Name contains the text (any case), or the NIP starts with its digits. */
function employeeSearch(agencyId: string, search: string | null | undefined) {
  const text = search?.trim();
  if (!text) return { agencyId };
  const digits = normaliseNip(text);
  return {
    agencyId,
    OR: [{ name: { contains: text, mode: 'insensitive' as const } }, ...(/^\d+$/.test(digits) ? [{ nip: { startsWith: digits } }] : [])],
  };
}

builder.queryField('employees', (t) =>
  t.prismaConnection({
    type: 'Employee',
    cursor: 'id',
    description: 'The people of one agency by name, optionally filtered by part of the name or the start of the NIP.',
    args: {
      agencyId: t.arg.globalID({ required: true, for: AgencyNode }),
      search: t.arg.string({ description: 'Part of the name, or the first digits of the NIP.' }),
    },
    authScopes: async (_parent, args, context) => canListAgencyEmployees(context, args.agencyId.id),
    totalCount: (_parent, args, context) => context.prisma.employee.count({ where: employeeSearch(args.agencyId.id, args.search) }),
    resolve: (query, _parent, args, context) =>
      context.prisma.employee.findMany({ ...query, where: employeeSearch(args.agencyId.id, args.search), orderBy: [{ name: 'asc' }, { id: 'asc' }] }),
  }),
);

const CreateEmployeeInput = builder.inputType('CreateEmployeeInput', {
  fields: (t) => ({
    unitId: t.globalID({ required: true, for: UnitNode, description: 'The unit; the employee belongs to its agency.' }),
    nip: t.string({ required: true, validate: employeeFieldRules.nip }),
    name: t.string({ required: true, validate: employeeFieldRules.name }),
    sex: t.field({ type: Sex, required: true }),
    birthDate: t.string({ required: true, validate: employeeFieldRules.birthDate, description: 'YYYY-MM-DD; must match the NIP.' }),
    status: t.field({ type: EmploymentStatus, required: true }),
    positionTitle: t.string({ required: true, validate: employeeFieldRules.positionTitle }),
    rankGrade: t.string({ required: true, validate: employeeFieldRules.rankGrade }),
    superiorId: t.globalID({ for: EmployeeNode, description: 'The direct superior, in the same agency.' }),
  }),
});

const UpdateEmployeeInput = builder.inputType('UpdateEmployeeInput', {
  description: 'Fields left out stay as they are; superiorId null removes the superior. The NIP is the identity and does not change.',
  fields: (t) => ({
    id: t.globalID({ required: true, for: EmployeeNode }),
    unitId: t.globalID({ for: UnitNode, description: 'Moves the employee to another unit of the same agency.' }),
    name: t.string({ validate: employeeFieldRules.name }),
    sex: t.field({ type: Sex }),
    birthDate: t.string({ validate: employeeFieldRules.birthDate }),
    status: t.field({ type: EmploymentStatus }),
    positionTitle: t.string({ validate: employeeFieldRules.positionTitle }),
    rankGrade: t.string({ validate: employeeFieldRules.rankGrade }),
    superiorId: t.globalID({ for: EmployeeNode }),
  }),
});

async function unitAgency(context: Context, unitId: string): Promise<string> {
  const unit = await context.prisma.unit.findUnique({ where: { id: unitId }, select: { agencyId: true } });
  if (!unit) throw notFound('The unit', 'input.unitId');
  return unit.agencyId;
}

/** Refuses a superior outside the agency, or one that would make the employee their own (indirect) superior. */
async function checkSuperior(context: Context, agencyId: string, employeeId: string | null, superiorId: string): Promise<void> {
  const superiors = await context.prisma.employee.findMany({ where: { agencyId }, select: { id: true, superiorId: true } });
  const parentOf = new Map(superiors.map((row) => [row.id, row.superiorId]));
  if (!parentOf.has(superiorId)) throw new AppError('BAD_USER_INPUT', 'input.superiorId: the superior must work in the same agency.', 'input.superiorId');
  if (employeeId !== null && createsCycle(parentOf, employeeId, superiorId)) {
    throw new AppError('BAD_USER_INPUT', 'input.superiorId: this superior reports (directly or indirectly) to the employee; that would make a loop.', 'input.superiorId');
  }
}

function checkAgainstNip(nip: string, birthDate: string, sex: string): void {
  const contradiction = nipContradiction(nip, birthDate, sex);
  if (contradiction) throw new AppError('BAD_USER_INPUT', `input.${contradiction.field}: ${contradiction.message}.`, `input.${contradiction.field}`);
}

const auditView = (employee: { nip: string; name: string; sex: string; birthDate: Date; status: string; positionTitle: string; rankGrade: string; unitId: string; superiorId: string | null }) => ({
  nip: employee.nip,
  name: employee.name,
  sex: employee.sex,
  birthDate: toLocalDate(employee.birthDate),
  status: employee.status,
  positionTitle: employee.positionTitle,
  rankGrade: employee.rankGrade,
  unitId: employee.unitId,
  superiorId: employee.superiorId,
});

builder.mutationFields((t) => ({
  createEmployee: t.prismaField({
    type: 'Employee',
    authScopes: { roles: ['ADMIN', 'AGENCY_ADMIN'] },
    args: { input: t.arg({ type: CreateEmployeeInput, required: true }) },
    resolve: async (query, _parent, { input }, context) => {
      const agencyId = await unitAgency(context, input.unitId.id);
      assertAgencyAdministrator(context, agencyId, 'input.unitId');
      const nip = normaliseNip(input.nip);
      checkAgainstNip(nip, input.birthDate, input.sex);
      if (input.superiorId) await checkSuperior(context, agencyId, null, input.superiorId.id);
      if (await context.prisma.employee.findUnique({ where: { nip }, select: { id: true } })) {
        throw new AppError('CONFLICT', 'input.nip: an employee with this NIP already exists.', 'input.nip');
      }
      return context.prisma.$transaction(async (tx) => {
        const created = await tx.employee.create({
          ...query,
          data: {
            nip,
            name: input.name.trim(),
            sex: input.sex,
            birthDate: new Date(`${input.birthDate}T00:00:00Z`),
            status: input.status,
            positionTitle: input.positionTitle.trim(),
            rankGrade: input.rankGrade.trim(),
            agencyId,
            unitId: input.unitId.id,
            superiorId: input.superiorId?.id ?? null,
          },
        });
        const row = await tx.employee.findUniqueOrThrow({ where: { id: created.id } });
        await recordAudit(tx, context.viewer, { action: 'employee.create', entityType: 'Employee', entityId: row.id, after: auditView(row) });
        return created;
      });
    },
  }),
  updateEmployee: t.prismaField({
    type: 'Employee',
    description: 'Changes an employee: personal data, position, unit (transfer) or superior.',
    authScopes: { roles: ['ADMIN', 'AGENCY_ADMIN'] },
    args: { input: t.arg({ type: UpdateEmployeeInput, required: true }) },
    resolve: async (query, _parent, { input }, context) => {
      const id = input.id.id;
      const existing = await context.prisma.employee.findUnique({ where: { id } });
      if (!existing) throw notFound('The employee', 'input.id');
      assertAgencyAdministrator(context, existing.agencyId, 'input.id');
      if (input.unitId && (await unitAgency(context, input.unitId.id)) !== existing.agencyId) {
        throw new AppError('BAD_USER_INPUT', 'input.unitId: the unit must belong to the employee\'s agency.', 'input.unitId');
      }
      if (input.superiorId) await checkSuperior(context, existing.agencyId, id, input.superiorId.id);
      const birthDate = input.birthDate ?? toLocalDate(existing.birthDate);
      checkAgainstNip(existing.nip, birthDate, input.sex ?? existing.sex);
      const changes = {
        ...(input.name ? { name: input.name.trim() } : {}),
        ...(input.sex ? { sex: input.sex } : {}),
        ...(input.birthDate ? { birthDate: new Date(`${input.birthDate}T00:00:00Z`) } : {}),
        ...(input.status ? { status: input.status } : {}),
        ...(input.positionTitle ? { positionTitle: input.positionTitle.trim() } : {}),
        ...(input.rankGrade ? { rankGrade: input.rankGrade.trim() } : {}),
        ...(input.unitId ? { unitId: input.unitId.id } : {}),
        ...(input.superiorId !== undefined ? { superiorId: input.superiorId?.id ?? null } : {}),
      };
      return context.prisma.$transaction(async (tx) => {
        const updated = await tx.employee.update({ ...query, where: { id }, data: changes });
        await recordAudit(tx, context.viewer, {
          action: 'employee.update',
          entityType: 'Employee',
          entityId: id,
          before: auditView(existing),
          after: auditView({ ...existing, ...changes }),
        });
        return updated;
      });
    },
  }),
}));
