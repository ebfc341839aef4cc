// Who may see which person. Organisation structure (regions, agencies, units) is public;
// people are not. Kept in one place so every schema module asks the same question the same way.
import type { Context } from '../context.js';
import { memoize } from '../context.js';
import { AppError, notFound } from '../errors.js';

interface EmployeeRef {
  id: string;
  agencyId: string;
}

/** Ids of everyone below the viewer's own employee record, directly or indirectly. */
export function subordinateIds(context: Context): Promise<Set<string>> {
  const employeeId = context.viewer?.employeeId;
  if (!employeeId) return Promise.resolve(new Set());
  return memoize(context, `subordinates:${employeeId}`, async () => {
    const rows = await context.prisma.$queryRaw<Array<{ id: string }>>`
      WITH RECURSIVE below AS (
        SELECT id FROM "Employee" WHERE "superiorId" = ${employeeId}
        UNION
        SELECT e.id FROM "Employee" e JOIN below b ON e."superiorId" = b.id
      )
      SELECT id FROM below`;
    return new Set(rows.map((row) => row.id));
  });
}

function agencyRegionId(context: Context, agencyId: string): Promise<string | null> {
  return memoize(context, `agencyRegion:${agencyId}`, async () => {
    const agency = await context.prisma.agency.findUnique({ where: { id: agencyId }, select: { regionId: true } });
    return agency?.regionId ?? null;
  });
}

export async function canViewEmployee(context: Context, employee: EmployeeRef): Promise<boolean> {
  const viewer = context.viewer;
  if (!viewer) return false;
  switch (viewer.role) {
    case 'ADMIN':
      return true;
    case 'AGENCY_ADMIN':
      return viewer.agencyId === employee.agencyId;
    case 'LEADER':
      return viewer.regionId !== null && (await agencyRegionId(context, employee.agencyId)) === viewer.regionId;
    case 'ANALYST':
    case 'CANDIDATE':
      return false;
    case 'SUPERVISOR':
    case 'EMPLOYEE':
      if (employee.id === viewer.employeeId) return true;
      if (await isDirectSuperiorOfViewer(context, employee.id)) return true;
      return (await subordinateIds(context)).has(employee.id);
  }
}

async function isDirectSuperiorOfViewer(context: Context, employeeId: string): Promise<boolean> {
  const ownId = context.viewer?.employeeId;
  if (!ownId) return false;
  const own = await memoize(context, `employee:${ownId}`, () =>
    context.prisma.employee.findUnique({ where: { id: ownId }, select: { superiorId: true } }),
  );
  return own?.superiorId === employeeId;
}

/** May the viewer list the people of an agency? */
export async function canListAgencyEmployees(context: Context, agencyId: string): Promise<boolean> {
  const viewer = context.viewer;
  if (!viewer) return false;
  if (viewer.role === 'ADMIN') return true;
  if (viewer.role === 'AGENCY_ADMIN') return viewer.agencyId === agencyId;
  if (viewer.role === 'LEADER') return viewer.regionId !== null && (await agencyRegionId(context, agencyId)) === viewer.regionId;
  return false;
}

/**
 * Refuses a change to an agency's organisation or people unless the viewer is an ADMIN or that
 * agency's AGENCY_ADMIN. `field` names the input that chose the agency.
 */
export function assertAgencyAdministrator(context: Context, agencyId: string, field: string): void {
  const viewer = context.viewer;
  if (viewer?.role === 'ADMIN') return;
  if (viewer?.role === 'AGENCY_ADMIN' && viewer.agencyId === agencyId) return;
  throw new AppError('FORBIDDEN', 'Only an administrator of this agency may change it.', field);
}

/**
 * May the viewer see this person's realisations and ratings? Like canViewEmployee, except that a
 * subordinate never sees their superior's: the plan (SKP) is shared down the cascade, the
 * appraisal is not.
 */
export async function canViewPerformanceOf(context: Context, employee: EmployeeRef): Promise<boolean> {
  const viewer = context.viewer;
  if (!viewer) return false;
  if (viewer.role === 'SUPERVISOR' || viewer.role === 'EMPLOYEE') {
    return employee.id === viewer.employeeId || (await subordinateIds(context)).has(employee.id);
  }
  return canViewEmployee(context, employee);
}

/** May the viewer read a unit's or agency's aggregates (calibration, progress)? */
export async function canReadAgencyAggregates(context: Context, agencyId: string): Promise<boolean> {
  const viewer = context.viewer;
  if (!viewer) return false;
  if (viewer.role === 'ANALYST') return viewer.regionId !== null && (await agencyRegionId(context, agencyId)) === viewer.regionId;
  return canListAgencyEmployees(context, agencyId);
}

/**
 * May the viewer read a unit's performance aggregates (progress, calibration)? Readers of its
 * agency's aggregates, and any superior of someone in the unit (a unit head over their unit).
 * NOT_FOUND when the unit does not exist; `field` names the argument that chose it.
 */
export async function canReadUnitAggregates(context: Context, unitId: string, field: string): Promise<boolean> {
  const unit = await context.prisma.unit.findUnique({ where: { id: unitId }, select: { agencyId: true } });
  if (!unit) throw notFound('The unit', field);
  if (await canReadAgencyAggregates(context, unit.agencyId)) return true;
  const below = await subordinateIds(context);
  return below.size > 0 && (await context.prisma.employee.findFirst({ where: { unitId, id: { in: [...below] } }, select: { id: true } })) !== null;
}

/** May the viewer administer the agency's performance cycle (periods, goals, unit ratings, locking)? */
export function canAdministerAgency(context: Context, agencyId: string): boolean {
  const viewer = context.viewer;
  return viewer !== null && (viewer.role === 'ADMIN' || (viewer.role === 'AGENCY_ADMIN' && viewer.agencyId === agencyId));
}

/**
 * Is the viewer the one who decides for this person: their direct superior, or, for someone with
 * no superior in the system (a head of agency), a leader of the region (the head's own superior,
 * the regional secretary or mayor, is not an employee of any agency)?
 */
export async function isDeciderFor(context: Context, employee: { agencyId: string; superiorId: string | null }): Promise<boolean> {
  const viewer = context.viewer;
  if (!viewer) return false;
  if (employee.superiorId === null) {
    return viewer.role === 'LEADER' && viewer.regionId !== null && (await agencyRegionId(context, employee.agencyId)) === viewer.regionId;
  }
  return viewer.employeeId === employee.superiorId;
}

/**
 * May the viewer download a person's uploaded evidence or certificate? The person, their direct
 * and indirect superiors, and their agency's administrator (the uploader always may, see the file store).
 */
export async function canDownloadFilesOf(context: Context, employee: EmployeeRef): Promise<boolean> {
  const viewer = context.viewer;
  if (!viewer) return false;
  if (viewer.role === 'AGENCY_ADMIN') return viewer.agencyId === employee.agencyId;
  return employee.id === viewer.employeeId || (await subordinateIds(context)).has(employee.id);
}
