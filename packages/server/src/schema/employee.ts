import { canListAgencyEmployees, canViewEmployee } from '../auth/access.js';
import { builder } from './builder.js';

const EmploymentStatus = builder.enumType('EmploymentStatus', {
  description: 'PNS: career civil servant. PPPK: civil servant on a work agreement.',
  values: ['PNS', 'PPPK'] as const,
});

const Sex = builder.enumType('Sex', { values: ['MALE', 'FEMALE'] as const });

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
