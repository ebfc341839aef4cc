// A person's right of access (UU 27/2022 PDP): everything the product holds about the logged-in
// person, in one machine-readable document. Each area of the product contributes its section
// here, next to the others, so a new kind of personal data is not forgotten in the export.
import type { Context, Viewer } from '../context.js';

type Section = (context: Context, viewer: Viewer) => Promise<unknown>;

const sections: Record<string, Section> = {
  account: async ({ prisma }, viewer) =>
    prisma.user.findUniqueOrThrow({
      where: { id: viewer.userId },
      select: { username: true, displayName: true, role: true, createdAt: true, lastLoginAt: true, disabledAt: true },
    }),
  employee: async ({ prisma }, viewer) =>
    viewer.employeeId
      ? prisma.employee.findUnique({
          where: { id: viewer.employeeId },
          select: {
            nip: true,
            name: true,
            sex: true,
            birthDate: true,
            status: true,
            positionTitle: true,
            rankGrade: true,
            agency: { select: { name: true } },
            unit: { select: { name: true } },
            superior: { select: { name: true, positionTitle: true } },
          },
        })
      : null,
  sessions: async ({ prisma }, viewer) =>
    prisma.session.findMany({ where: { userId: viewer.userId }, select: { createdAt: true, expiresAt: true, revokedAt: true }, orderBy: { createdAt: 'asc' } }),
  changesMade: async ({ prisma }, viewer) =>
    prisma.auditEntry.findMany({ where: { actorId: viewer.userId }, select: { at: true, action: true, entityType: true, entityId: true }, orderBy: { id: 'asc' } }),
};

export async function exportPersonalData(context: Context, viewer: Viewer): Promise<Record<string, unknown>> {
  const entries = await Promise.all(Object.entries(sections).map(async ([name, section]) => [name, await section(context, viewer)] as const));
  return { generatedAt: new Date().toISOString(), ...Object.fromEntries(entries) };
}
