// Demo recruitment: every region has an open round with a few openings; in Kota Serang one
// Disdukcapil opening has applicants at every stage (enough to be published in the metrics), a
// second one has none (for trying the whole path), a soft-skills programme awaits new hires, and a
// partner university has an intern who later applied. One candidate account signs in.
import { DEFAULT_SKD_THRESHOLDS, DEFAULT_STAGE_WEIGHTS } from '@pantau/shared';
import { randomUUID } from 'node:crypto';
import { generatePassword, hashPassword, UNUSABLE_PASSWORD_HASH } from '../auth/password.js';
import type { ApplicationStatus, Prisma, PrismaClient } from '../generated/prisma/client.js';
import type { DemoAccount } from './accounts.js';

const DAY_MS = 86_400_000;
const dayOffset = (now: Date, days: number) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + days));

const DEMO_CANDIDATE_EMAIL = 'kandidat@contoh.id';

/** Applicants of the busy opening: name, sex, stage, SKD (TWK, TIU, TKP) and interview. */
const APPLICANTS: Array<[string, 'MALE' | 'FEMALE', ApplicationStatus, [number, number, number] | null, number | null]> = [
  ['Rizky Pratama', 'MALE', 'SKD_PASSED', [110, 120, 180], 82],
  ['Siti Nurhaliza', 'FEMALE', 'SKD_PASSED', [95, 130, 190], 78],
  ['Dimas Saputra', 'MALE', 'SKD_PASSED', [100, 110, 175], 85],
  ['Putri Maharani', 'FEMALE', 'SKD_PASSED', [85, 100, 170], 70],
  ['Agus Setiawan', 'MALE', 'SKD_FAILED', [60, 120, 180], null],
  ['Nur Aini', 'FEMALE', 'SKD_FAILED', [90, 75, 170], null],
  ['Bayu Nugroho', 'MALE', 'ADMIN_REJECTED', null, null],
  ['Fitri Handayani', 'FEMALE', 'ADMIN_PASSED', null, null],
  ['Hendra Wijaya', 'MALE', 'SUBMITTED', null, null],
  ['Lestari Wulandari', 'FEMALE', 'SUBMITTED', null, null],
  ['Yoga Permana', 'MALE', 'DRAFT', null, null],
  ['Intan Permatasari', 'FEMALE', 'DRAFT', null, null],
];

interface OpeningSpec {
  positionTitle: string;
  rankGrade: string;
  employmentStatus: 'PNS' | 'PPPK';
  positions: number;
  educationLevel: 'SMA' | 'D3' | 'S1';
  majors: string[];
  description: string;
}

const OPENINGS: OpeningSpec[] = [
  { positionTitle: 'Pranata Komputer Ahli Pertama', rankGrade: 'Penata Muda, III/a', employmentStatus: 'PNS', positions: 2, educationLevel: 'S1', majors: ['Teknik Informatika', 'Sistem Informasi', 'Ilmu Komputer'], description: 'Mengelola sistem informasi dan basis data pelayanan.' },
  { positionTitle: 'Pengadministrasi Perkantoran', rankGrade: 'VII', employmentStatus: 'PPPK', positions: 3, educationLevel: 'D3', majors: [], description: 'Mengadministrasikan surat, arsip dan layanan kantor.' },
  { positionTitle: 'Analis Kebijakan Ahli Pertama', rankGrade: 'Penata Muda, III/a', employmentStatus: 'PNS', positions: 1, educationLevel: 'S1', majors: ['Administrasi Publik', 'Ilmu Pemerintahan', 'Ekonomi Pembangunan'], description: 'Menyusun kajian dan rekomendasi kebijakan.' },
];

export async function seedRecruitmentDemo(prisma: PrismaClient, homeRegionId: string, home: { agencyId: string; mentorId: string; unitId: string }, now = new Date()): Promise<DemoAccount> {
  const year = now.getUTCFullYear();
  const regions = await prisma.region.findMany({ select: { id: true } });
  const schedule = { adminCheckOn: dayOffset(now, 24), writtenTestOn: dayOffset(now, 31), interviewOn: dayOffset(now, 38), announcementOn: dayOffset(now, 45) };
  const openings: Prisma.JobOpeningCreateManyInput[] = [];
  const rounds: Prisma.RecruitmentRoundCreateManyInput[] = [];
  let homeRoundId = '';
  for (const region of regions) {
    const roundId = randomUUID();
    if (region.id === homeRegionId) homeRoundId = roundId;
    rounds.push({
      id: roundId,
      regionId: region.id,
      year,
      name: `Seleksi CASN ${year}`,
      registrationOpens: dayOffset(now, -7),
      registrationCloses: dayOffset(now, 21),
      objectionDays: 3,
      twkThreshold: DEFAULT_SKD_THRESHOLDS.twk,
      tiuThreshold: DEFAULT_SKD_THRESHOLDS.tiu,
      tkpThreshold: DEFAULT_SKD_THRESHOLDS.tkp,
      skdWeight: DEFAULT_STAGE_WEIGHTS.skd,
      interviewWeight: DEFAULT_STAGE_WEIGHTS.interview,
    });
    const agencies = await prisma.agency.findMany({ where: { regionId: region.id }, orderBy: { code: 'asc' }, select: { id: true }, take: 3 });
    const targets = region.id === homeRegionId ? [home.agencyId, home.agencyId, ...agencies.map((a) => a.id).filter((id) => id !== home.agencyId).slice(0, 1)] : agencies.map((a) => a.id);
    targets.forEach((agencyId, index) => openings.push({ id: randomUUID(), roundId, agencyId, minAge: 18, maxAge: 35, ...OPENINGS[index % OPENINGS.length]!, ...schedule }));
  }
  await prisma.recruitmentRound.createMany({ data: rounds });
  await prisma.jobOpening.createMany({ data: openings });
  const busy = openings.find((opening) => opening.roundId === homeRoundId)!;

  // Applicants at every stage (they cannot sign in: no password matches).
  const applicants = APPLICANTS.map(([name, sex, status, skd, interview], index) => ({ id: randomUUID(), email: `pelamar${String(index + 1).padStart(2, '0')}@contoh.id`, name, sex, status, skd, interview, index }));
  await prisma.user.createMany({ data: applicants.map((a) => ({ id: a.id, username: a.email, displayName: a.name, passwordHash: UNUSABLE_PASSWORD_HASH, role: 'CANDIDATE' as const, emailVerifiedAt: dayOffset(now, -6) })) });
  await prisma.candidateProfile.createMany({
    data: applicants.map((a) => ({ userId: a.id, fullName: a.name, birthDate: new Date(Date.UTC(1996 + (a.index % 6), a.index % 12, 10 + a.index)), sex: a.sex, phone: `08127700${String(a.index).padStart(4, '0')}`, educationLevel: 'S1' as const, major: 'Teknik Informatika', institution: 'Universitas Sultan Ageng Tirtayasa' })),
  });
  await prisma.application.createMany({
    data: applicants.map((a) => {
      const submittedAt = a.status === 'DRAFT' ? null : new Date(now.getTime() - (6 - (a.index % 5)) * DAY_MS);
      const checked = a.status !== 'DRAFT' && a.status !== 'SUBMITTED';
      return {
        roundId: homeRoundId,
        openingId: busy.id!,
        candidateId: a.id,
        status: a.status,
        createdAt: new Date(now.getTime() - 6 * DAY_MS),
        submittedAt,
        adminCheckedAt: checked ? new Date(now.getTime() - DAY_MS) : null,
        rejectionReason: a.status === 'ADMIN_REJECTED' ? 'Ijazah yang diunggah tidak terbaca.' : null,
        ...(a.skd ? { twkScore: a.skd[0], tiuScore: a.skd[1], tkpScore: a.skd[2], skdScoredAt: now } : {}),
        interviewScore: a.interview,
      };
    }),
  });

  // The soft-skills programme new hires are enrolled in.
  const competency = await prisma.competency.create({ data: { code: 'S-SOFTSKILL-ASN', name: 'Komunikasi dan kerja sama tim', kind: 'SOCIOCULTURAL' }, select: { id: true } });
  await prisma.trainingProgramme.create({
    data: { agencyId: home.agencyId, title: 'Pelatihan Soft Skills CPNS', delivery: 'INTERNAL', provider: 'BKPSDM', hours: 8, startDate: dayOffset(now, 14), endDate: dayOffset(now, 16), competencies: { connect: [{ id: competency.id }] } },
  });

  // A partner university and an intern (who later applied: pelamar03).
  const university = await prisma.partnerUniversity.create({ data: { regionId: homeRegionId, name: 'Universitas Sultan Ageng Tirtayasa', city: 'Serang' }, select: { id: true } });
  const placement = await prisma.internPlacement.create({
    data: { universityId: university.id, unitId: home.unitId, mentorId: home.mentorId, internName: applicants[2]!.name, internEmail: applicants[2]!.email, studyProgramme: 'Teknik Informatika', startsOn: dayOffset(now, -120), endsOn: dayOffset(now, -30) },
    select: { id: true },
  });
  await prisma.mentorEvaluation.create({ data: { placementId: placement.id, discipline: 5, skill: 4, teamwork: 4, comment: 'Teliti dan cepat belajar; membantu migrasi arsip digital.' } });

  // The demo candidate: verified, with a profile, not yet applied.
  const password = generatePassword();
  const candidate = await prisma.user.create({
    data: { username: DEMO_CANDIDATE_EMAIL, displayName: 'Dewi Kandidat', passwordHash: await hashPassword(password), role: 'CANDIDATE', emailVerifiedAt: now },
    select: { id: true },
  });
  await prisma.candidateProfile.create({
    data: { userId: candidate.id, fullName: 'Dewi Kandidat', birthDate: new Date(Date.UTC(1999, 4, 12)), sex: 'FEMALE', phone: '081277001234', educationLevel: 'S1', major: 'Sistem Informasi', institution: 'Universitas Sultan Ageng Tirtayasa' },
  });
  return { role: 'CANDIDATE', username: DEMO_CANDIDATE_EMAIL, password, displayName: 'Dewi Kandidat', scope: 'Pelamar (halaman /lowongan)' };
}
