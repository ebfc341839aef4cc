// Demo data for the follow-up of performance in the home Disdukcapil: the competency dictionary,
// training programmes with enrolments (some people over the annual 20 JP, the demo employee below
// it with one programme still to complete), 360-degree feedback requests about the demo employee
// (one anonymous with enough answers to show, one with too few) and one addressed to them, employee
// of the month recognitions and an award, oversight visits with their follow-up, a performance
// dialogue, a coaching plan after a Butuh Perbaikan rating, and an objection awaiting the head's
// decision. Fixed dates in 2025 and 2026 (the demo years), except programmes and the open request,
// which stay upcoming relative to the day of seeding.
import type { Faker } from '@faker-js/faker';
import { predikatFor, type Expectation } from '@pantau/shared';
import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '../generated/prisma/client.js';
import type { EmployeeRow } from './employees.js';

export interface DevelopmentDemoTargets {
  /** Every employee of the home Disdukcapil. */
  employees: EmployeeRow[];
  head: EmployeeRow;
  supervisor: EmployeeRow;
  /** The demo employee (a direct report of the supervisor). */
  subordinate: EmployeeRow;
  /** The unit the supervisor heads. */
  supervisorUnitId: string;
}

const date = (text: string) => new Date(`${text}T00:00:00.000Z`);
const at = (text: string) => new Date(`${text}T03:00:00.000Z`);
/** A local date `days` after `from`. */
const daysAfter = (from: Date, days: number) => date(new Date(from.getTime() + days * 86_400_000).toISOString().slice(0, 10));

const COMPETENCIES = [
  { code: 'T-ADMINDUK', name: 'Administrasi kependudukan', kind: 'TECHNICAL', coreValue: null },
  { code: 'T-SIAK', name: 'Pengelolaan data SIAK', kind: 'TECHNICAL', coreValue: null },
  { code: 'M-KEPEMIMPINAN', name: 'Kepemimpinan', kind: 'MANAGERIAL', coreValue: null },
  { code: 'M-PERENCANAAN', name: 'Perencanaan dan pengukuran kinerja', kind: 'MANAGERIAL', coreValue: null },
  { code: 'S-PELAYANAN', name: 'Orientasi pelayanan publik', kind: 'SOCIOCULTURAL', coreValue: 'BERORIENTASI_PELAYANAN' },
  { code: 'S-KOLABORASI', name: 'Kerja sama lintas unit', kind: 'SOCIOCULTURAL', coreValue: 'KOLABORATIF' },
] as const;
type CompetencyCode = (typeof COMPETENCIES)[number]['code'];

interface ProgrammeSpec {
  key: string;
  title: string;
  delivery: 'INTERNAL' | 'EXTERNAL';
  provider: string;
  hours: number;
  /** A fixed date, or days after seeding for an upcoming programme. */
  start: string | number;
  days: number;
  competencies: CompetencyCode[];
}

const PROGRAMMES: ProgrammeSpec[] = [
  { key: 'plan', title: 'Penyusunan SKP dan Indikator Kinerja', delivery: 'INTERNAL', provider: 'Subbagian Umum dan Kepegawaian', hours: 6, start: '2025-09-15', days: 1, competencies: ['M-PERENCANAAN'] },
  { key: 'siak', title: 'Bimtek SIAK Terpusat', delivery: 'INTERNAL', provider: 'Widyaiswara Disdukcapil', hours: 12, start: '2026-03-09', days: 3, competencies: ['T-SIAK', 'T-ADMINDUK'] },
  { key: 'service', title: 'Pelatihan Pelayanan Prima', delivery: 'EXTERNAL', provider: 'BPSDM Provinsi Banten', hours: 16, start: '2026-05-18', days: 3, competencies: ['S-PELAYANAN'] },
  { key: 'lead', title: 'Pelatihan Kepemimpinan Pengawas', delivery: 'EXTERNAL', provider: 'LAN RI', hours: 24, start: '2026-07-06', days: 5, competencies: ['M-KEPEMIMPINAN'] },
  { key: 'data', title: 'Literasi Data Kependudukan', delivery: 'INTERNAL', provider: 'Widyaiswara Disdukcapil', hours: 8, start: '2026-11-23', days: 2, competencies: ['T-ADMINDUK'] },
  { key: 'collab', title: 'Kolaborasi Lintas Sektor Layanan Adminduk', delivery: 'EXTERNAL', provider: 'BPSDM Provinsi Banten', hours: 10, start: 21, days: 3, competencies: ['S-KOLABORASI', 'S-PELAYANAN'] },
  { key: 'update', title: 'Bimtek Pemutakhiran Data Kependudukan', delivery: 'INTERNAL', provider: 'Widyaiswara Disdukcapil', hours: 8, start: 35, days: 2, competencies: ['T-SIAK'] },
];

const COMMENTS = ['Pelayanan di loket ramah dan cepat.', 'Berkas selalu diperiksa dengan teliti.', 'Perlu lebih sering berbagi informasi dengan rekan.', 'Sigap membantu saat antrean panjang.', 'Konsisten menyelesaikan tugas tepat waktu.'];

type Relation = 'SUPERIOR' | 'PEER' | 'SUBORDINATE' | 'OTHER';
function relationOf(rater: EmployeeRow, subject: EmployeeRow): Relation {
  if (rater.id === subject.superiorId) return 'SUPERIOR';
  if (rater.superiorId === subject.id) return 'SUBORDINATE';
  if (rater.superiorId !== null && rater.superiorId === subject.superiorId) return 'PEER';
  return 'OTHER';
}

export async function seedDevelopmentDemo(prisma: PrismaClient, f: Faker, targets: DevelopmentDemoTargets, now = new Date()): Promise<void> {
  const { employees, head, supervisor, subordinate } = targets;
  const users = await prisma.user.findMany({ where: { employeeId: { in: [head.id, supervisor.id, subordinate.id] } }, select: { id: true, employeeId: true } });
  const userOf = (employee: EmployeeRow) => {
    const user = users.find((row) => row.employeeId === employee.id);
    if (!user) throw new Error(`Demo data lacks the account of ${employee.name}`);
    return user.id;
  };
  const agencyId = head.agencyId;
  const others = employees.filter((employee) => employee.id !== subordinate.id);

  // Training: the dictionary, the agency's programmes, who took which.
  const competencyIds = new Map<CompetencyCode, string>(COMPETENCIES.map((competency) => [competency.code, randomUUID()]));
  await prisma.competency.createMany({ data: COMPETENCIES.map((competency) => ({ id: competencyIds.get(competency.code)!, ...competency })) });
  const programmes = new Map<string, { id: string; spec: ProgrammeSpec; startDate: Date; endDate: Date }>();
  for (const spec of PROGRAMMES) {
    const startDate = typeof spec.start === 'number' ? daysAfter(now, spec.start) : date(spec.start);
    programmes.set(spec.key, { id: randomUUID(), spec, startDate, endDate: daysAfter(startDate, spec.days - 1) });
  }
  for (const { id, spec, startDate, endDate } of programmes.values()) {
    await prisma.trainingProgramme.create({
      data: { id, agencyId, title: spec.title, delivery: spec.delivery, provider: spec.provider, hours: spec.hours, startDate, endDate, competencies: { connect: spec.competencies.map((code) => ({ id: competencyIds.get(code)! })) } },
    });
  }
  await prisma.competencyRequirement.createMany({
    data: (['T-SIAK', 'S-KOLABORASI'] as const).map((code) => ({ agencyId, positionTitle: subordinate.positionTitle, competencyId: competencyIds.get(code)! })),
  });
  const enrolments: Array<{ programmeId: string; employeeId: string; status: 'ENROLLED' | 'COMPLETED'; enrolledAt: Date; completedOn: Date | null; hours: number | null; certificateUrl: string | null }> = [];
  const enrol = (key: string, employee: EmployeeRow, completed: boolean) => {
    const programme = programmes.get(key)!;
    enrolments.push({
      programmeId: programme.id,
      employeeId: employee.id,
      status: completed ? 'COMPLETED' : 'ENROLLED',
      enrolledAt: daysAfter(programme.startDate, -14),
      completedOn: completed ? programme.endDate : null,
      hours: completed ? programme.spec.hours : null,
      certificateUrl: completed ? `https://bkpsdm.serangkota.go.id/sertifikat/${programme.id}/${employee.nip}.pdf` : null,
    });
  };
  const leads = new Set(employees.map((employee) => employee.superiorId).filter((id) => id !== null));
  for (const employee of others) {
    if (f.datatype.boolean(0.5)) enrol('plan', employee, true);
    if (f.datatype.boolean(0.6)) enrol('siak', employee, true);
    if (f.datatype.boolean(0.4)) enrol('service', employee, true);
    if (leads.has(employee.id)) enrol('lead', employee, true);
    if (f.datatype.boolean(0.2)) enrol('data', employee, false);
  }
  // The demo employee: 12 of 20 JP this year, one programme to complete with its certificate.
  enrol('plan', subordinate, true);
  enrol('siak', subordinate, true);
  enrol('data', subordinate, false);
  await prisma.trainingEnrolment.createMany({ data: enrolments });

  // 360-degree feedback about the demo employee, and one they are asked to give.
  const colleagues = others.filter((employee) => employee.id !== subordinate.superiorId && employee.superiorId === subordinate.superiorId);
  const raters = [supervisor, ...colleagues, ...others.filter((employee) => employee.id !== supervisor.id && !colleagues.includes(employee))].slice(0, 5);
  const requests = [
    { topic: 'Kualitas layanan di loket perekaman KTP-el', expiresAt: at('2026-10-31'), raters: raters.slice(0, 5), responded: 4 },
    { topic: 'Kerja sama dalam tim Bidang PIAK', expiresAt: at('2026-11-30'), raters: raters.slice(1, 4), responded: 2 },
  ];
  const subjectUser = userOf(subordinate);
  for (const request of requests) {
    const answeredAt = daysAfter(request.expiresAt, -7);
    await prisma.feedbackRequest.create({
      data: {
        subjectId: subordinate.id,
        requestedById: subjectUser,
        topic: request.topic,
        anonymous: true,
        expiresAt: request.expiresAt,
        createdAt: daysAfter(request.expiresAt, -14),
        invitations: {
          create: request.raters.map((rater, index) => ({
            raterId: rater.id,
            relation: relationOf(rater, subordinate),
            ...(index < request.responded ? { score: f.number.int({ min: 3, max: 5 }), comment: f.helpers.arrayElement(COMMENTS), respondedAt: answeredAt } : {}),
          })),
        },
      },
    });
  }
  const peer = colleagues[0];
  if (peer) {
    await prisma.feedbackRequest.create({
      data: {
        subjectId: peer.id,
        requestedById: userOf(supervisor),
        topic: 'Ketepatan waktu penyelesaian berkas pindah datang',
        anonymous: false,
        expiresAt: daysAfter(now, 14),
        invitations: { create: [subordinate, ...colleagues.slice(1, 3)].map((rater) => ({ raterId: rater.id, relation: relationOf(rater, peer) })) },
      },
    });
  }

  // Recognitions: three employees of the month and an award (December 2026 is left for the demo to give).
  const honoured = f.helpers.arrayElements(others, 4);
  await prisma.recognition.createMany({
    data: [
      ...['2026-09-30', '2026-10-30', '2026-11-30'].map((awardedOn, index) => ({
        employeeId: honoured[index]!.id,
        kind: 'EMPLOYEE_OF_THE_MONTH' as const,
        title: `Pegawai Teladan ${['September', 'Oktober', 'November'][index]} 2026`,
        citation: f.helpers.arrayElement(['Menuntaskan tunggakan perekaman KTP-el tanpa keluhan.', 'Membuka layanan jemput bola di kelurahan terpencil.', 'Menyelesaikan pemutakhiran data tepat waktu.']),
        awardedOn: date(awardedOn),
      })),
      { employeeId: honoured[3]!.id, kind: 'AWARD' as const, title: 'Inovasi Layanan Adminduk 2025', citation: 'Merancang antrean daring yang memangkas waktu tunggu loket.', awardedOn: date('2025-12-19') },
    ],
  });

  // Oversight: one visit whose follow-up is done, one overdue.
  await prisma.oversightVisit.createMany({
    data: [
      {
        unitId: targets.supervisorUnitId,
        team: 'Inspektorat Kota Serang: Tim Pengawasan I',
        visitedOn: date('2026-06-10'),
        findings: 'Arsip berkas permohonan KTP-el belum tertata per kelurahan; dua berkas tidak ditemukan.',
        recommendations: 'Menata arsip per kelurahan dan mencatat peminjaman berkas.',
        followUpStatus: 'DONE',
        followUpDueDate: date('2026-07-31'),
        followUpNote: 'Arsip ditata ulang dan buku peminjaman berkas berjalan.',
        followUpDoneOn: date('2026-07-24'),
      },
      {
        unitId: targets.supervisorUnitId,
        team: 'Inspektorat Kota Serang: Tim Pengawasan II',
        visitedOn: date('2026-10-14'),
        findings: 'Antrean perekaman melebihi dua jam pada hari Senin; papan standar pelayanan belum diperbarui.',
        recommendations: 'Membuka loket tambahan pada Senin pagi dan memperbarui papan standar pelayanan.',
        followUpStatus: 'IN_PROGRESS',
        followUpDueDate: date('2026-11-30'),
        followUpNote: 'Loket tambahan disiapkan; papan standar pelayanan dalam pencetakan.',
      },
    ],
  });

  // Coaching after a Butuh Perbaikan final rating, and an objection to a final rating awaiting the
  // head of agency, both among the supervisor's staff. The supervisor's judgement of hasil kerja is
  // lowered on one final Baik (perilaku kerja, derived from the core values, stays) so that the
  // demo has a Butuh Perbaikan under an account whatever the random spread gave.
  const finals = await prisma.appraisal.findMany({
    where: { period: { index: 4, year: { year: 2025 } }, objectionReason: null, skp: { employee: { superiorId: supervisor.id, id: { not: subordinate.id } } } },
    select: { id: true, predikat: true, perilakuKerja: true, ratedAt: true, skp: { select: { employeeId: true } } },
    orderBy: { id: 'asc' },
  });
  const coached = finals.find((row) => row.predikat === 'BUTUH_PERBAIKAN') ?? finals.find((row) => row.predikat === 'BAIK' && row.perilakuKerja !== 'DI_BAWAH');
  if (coached && coached.predikat !== 'BUTUH_PERBAIKAN') {
    await prisma.appraisal.update({ where: { id: coached.id }, data: { hasilKerja: 'DI_BAWAH', predikat: predikatFor('DI_BAWAH', coached.perilakuKerja as Expectation) } });
  }
  if (coached?.ratedAt) {
    const after = (days: number) => daysAfter(coached.ratedAt!, days);
    await prisma.coachingPlan.create({
      data: {
        appraisalId: coached.id,
        employeeId: coached.skp.employeeId,
        createdById: userOf(supervisor),
        goals: 'Menyelesaikan berkas layanan sesuai standar waktu dan menurunkan koreksi dokumen.',
        actions: 'Pendampingan mingguan oleh atasan; daftar periksa berkas sebelum diserahkan.',
        dueDate: after(120),
        status: 'COMPLETED',
        createdAt: after(10),
        sessions: {
          create: [
            { date: after(35), notes: 'Meninjau berkas yang terlambat dan menyusun daftar periksa.', employeeScore: 4, employeeComment: 'Daftar periksa sangat membantu.', ratedAt: after(36) },
            { date: after(90), notes: 'Ketepatan waktu membaik; koreksi dokumen turun separuh.', employeeScore: 5, employeeComment: null, ratedAt: after(91) },
          ],
        },
      },
    });
    // The dialogue that followed the coaching.
    await prisma.performanceDialogue.create({
      data: {
        employeeId: coached.skp.employeeId,
        recordedById: userOf(supervisor),
        date: date('2026-10-15'),
        topics: 'Capaian perekaman KTP-el kuartal III dan kendala jaringan SIAK.',
        agreedActions: 'Menjadwalkan perekaman ulang pada Sabtu pagi; melapor gangguan jaringan di hari yang sama.',
        followUpDate: date('2026-11-16'),
      },
    });
  }
  const objecting = finals.find((row) => row.id !== coached?.id);
  if (objecting) {
    await prisma.appraisal.update({
      where: { id: objecting.id },
      data: { status: 'OBJECTED', acknowledgedAt: null, objectionReason: 'Target perekaman terhambat kerusakan alat selama tiga pekan; berita acara kerusakan terlampir.', objectedAt: daysAfter(objecting.ratedAt ?? at('2025-12-31'), 2) },
    });
  }
}
