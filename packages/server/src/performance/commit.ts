// Every change to the performance cycle is written with its audit entry in one transaction, and
// then announced to the live progress of the employee's unit (and its region) when it moves it.
import { recordAudit, type AuditInput } from '../audit/log.js';
import type { Context } from '../context.js';
import type { Prisma } from '../generated/prisma/client.js';

/** The employee whose progress a change moves, and their unit. */
export interface Mover {
  unitId: string;
  employeeId: string;
}

export async function commit<T>(
  context: Context,
  write: (tx: Prisma.TransactionClient) => Promise<T>,
  audit: (result: T) => AuditInput,
  moves?: Mover,
): Promise<T> {
  const result = await context.prisma.$transaction(async (tx) => {
    const value = await write(tx);
    await recordAudit(tx, context.viewer, audit(value));
    return value;
  });
  if (moves) {
    context.pubsub.publish('performance.changed', moves.unitId, { employeeId: moves.employeeId });
    const unit = await context.prisma.unit.findUnique({ where: { id: moves.unitId }, select: { agency: { select: { id: true, regionId: true } } } });
    if (unit) context.pubsub.publish('performance.regionChanged', unit.agency.regionId, { agencyId: unit.agency.id });
  }
  return result;
}
