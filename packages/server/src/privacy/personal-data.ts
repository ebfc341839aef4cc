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
  candidacy: async ({ prisma }, viewer) => {
    const [profile, documents, applications, internships] = await Promise.all([
      prisma.candidateProfile.findUnique({ where: { userId: viewer.userId }, select: { fullName: true, birthDate: true, sex: true, phone: true, educationLevel: true, major: true, institution: true, updatedAt: true } }),
      prisma.candidateDocument.findMany({ where: { userId: viewer.userId }, select: { kind: true, createdAt: true, file: { select: { name: true, mediaType: true, size: true, sha256: true } } }, orderBy: { createdAt: 'asc' } }),
      prisma.application.findMany({
        where: { candidateId: viewer.userId },
        select: {
          opening: { select: { positionTitle: true, agency: { select: { name: true } } } },
          status: true,
          createdAt: true,
          submittedAt: true,
          rejectionReason: true,
          twkScore: true,
          tiuScore: true,
          tkpScore: true,
          interviewScore: true,
          finalScore: true,
          rank: true,
          announcedAt: true,
          hiredAt: true,
          objections: { select: { stage: true, reason: true, status: true, response: true, filedAt: true, decidedAt: true } },
        },
        orderBy: { createdAt: 'asc' },
      }),
      prisma.user
        .findUniqueOrThrow({ where: { id: viewer.userId }, select: { username: true } })
        .then(({ username }) => prisma.internPlacement.findMany({ where: { internEmail: username }, select: { internName: true, studyProgramme: true, startsOn: true, endsOn: true, university: { select: { name: true } }, evaluations: { select: { discipline: true, skill: true, teamwork: true, comment: true, createdAt: true } } } })),
    ]);
    return profile || documents.length || applications.length || internships.length ? { profile, documents, applications, internships } : null;
  },
  sessions: async ({ prisma }, viewer) =>
    prisma.session.findMany({ where: { userId: viewer.userId }, select: { createdAt: true, expiresAt: true, revokedAt: true }, orderBy: { createdAt: 'asc' } }),
  changesMade: async ({ prisma }, viewer) =>
    prisma.auditEntry.findMany({ where: { actorId: viewer.userId }, select: { at: true, action: true, entityType: true, entityId: true }, orderBy: { id: 'asc' } }),
};

export async function exportPersonalData(context: Context, viewer: Viewer): Promise<Record<string, unknown>> {
  const entries = await Promise.all(Object.entries(sections).map(async ([name, section]) => [name, await section(context, viewer)] as const));
  return { generatedAt: new Date().toISOString(), ...Object.fromEntries(entries) };
}
