// Demo service delivery: every region's holiday calendar for 2025–2026, the services of its
// Disdukcapil and DPMPTSP with their standards, two years of requests up to today, and IKM
// survey answers. Patterns: weekday peaks (Monday busiest), school-enrolment peaks in January
// and July, a KTP-el blank-card shortage (a backlog crisis) fourteen to eleven months ago and its
// recovery, and Serang's KTP-el reform: processing time falling from weeks to days, with its
// standard cut from 14 to 3 working days.
//
// Requests are generated already folded (the same foldServiceRequest as ingestion) and the
// aggregates are then rebuilt in one SQL pass, which is far faster than replaying events; the
// demo requests therefore have no stored events. Content is deterministic for a given day: the
// history ends today so that the dashboards' last 30 days are populated.
import { randomUUID } from 'node:crypto';
import { Faker, base } from '@faker-js/faker';
import {
  addWorkingMinutes,
  foldServiceRequest,
  IKM_ELEMENT_CODES,
  isWorkingDay,
  localDateOf,
  NATIONAL_HOLIDAYS,
  targetMinutes,
  toHolidaySet,
  type ServiceSteps,
  type WorkingCalendar,
} from '@pantau/shared';
import type { Prisma, PrismaClient } from '../generated/prisma/client.js';
import { rebuildServiceAggregates } from '../service/aggregates.js';
import { rebuildIkmAggregates } from '../service/ikm.js';
import type { DemoSize } from './employees.js';

interface ServiceSpec {
  agencyCode: 'DISDUKCAPIL' | 'DPMPTSP';
  code: string;
  name: string;
  target: [value: number, unit: 'HOURS' | 'DAYS'];
  cost: number;
  requirements: string;
  /** Requests per working day in the large data set. */
  dailyRate: number;
  /** Typical processing time in working days. */
  typicalDays: number;
}

export const DEMO_SERVICES: ServiceSpec[] = [
  {
    agencyCode: 'DISDUKCAPIL',
    code: 'KTP-EL',
    name: 'Kartu Tanda Penduduk Elektronik (KTP-el)',
    target: [14, 'DAYS'],
    cost: 0,
    requirements: 'Berusia 17 tahun atau sudah/pernah kawin; fotokopi Kartu Keluarga; perekaman biometrik.',
    dailyRate: 60,
    typicalDays: 6,
  },
  {
    agencyCode: 'DISDUKCAPIL',
    code: 'KK',
    name: 'Kartu Keluarga',
    target: [1, 'DAYS'],
    cost: 0,
    requirements: 'Formulir F-1.02; Kartu Keluarga lama; dokumen perubahan (akta, surat nikah, surat pindah).',
    dailyRate: 40,
    typicalDays: 0.6,
  },
  {
    agencyCode: 'DISDUKCAPIL',
    code: 'AKTA-LAHIR',
    name: 'Akta Kelahiran',
    target: [3, 'DAYS'],
    cost: 0,
    requirements: 'Surat keterangan lahir; Kartu Keluarga; buku nikah/akta perkawinan orang tua.',
    dailyRate: 30,
    typicalDays: 1.5,
  },
  {
    agencyCode: 'DISDUKCAPIL',
    code: 'SURAT-PINDAH',
    name: 'Surat Keterangan Pindah',
    target: [2, 'HOURS'],
    cost: 0,
    requirements: 'Formulir F-1.03; Kartu Keluarga; KTP-el.',
    dailyRate: 15,
    typicalDays: 0.2,
  },
  {
    agencyCode: 'DPMPTSP',
    code: 'PBG',
    name: 'Persetujuan Bangunan Gedung',
    target: [28, 'DAYS'],
    cost: 0,
    requirements: 'Dokumen rencana teknis; bukti kepemilikan tanah; KTP-el pemohon.',
    dailyRate: 6,
    typicalDays: 20,
  },
  {
    agencyCode: 'DPMPTSP',
    code: 'SIP-NAKES',
    name: 'Surat Izin Praktik Tenaga Kesehatan',
    target: [5, 'DAYS'],
    cost: 0,
    requirements: 'STR yang berlaku; rekomendasi organisasi profesi; surat keterangan tempat praktik.',
    dailyRate: 10,
    typicalDays: 3,
  },
];

const SERANG = '36.73';
const HISTORY_DAYS = 730;
/** The small data set has a thirtieth of the requests, enough for every figure to be published. */
const VOLUME: Record<DemoSize, number> = { small: 1 / 30, large: 2.5 };
const SURVEY_SHARE = 0.15;
const INSERT_BATCH = 1000;
const DAY_MS = 86_400_000;

interface DemoRegion {
  id: string;
  code: string;
}

const wibMidnight = (day: string) => new Date(`${day}T00:00:00+07:00`);

export async function seedServiceDemo(prisma: PrismaClient, regions: DemoRegion[], size: DemoSize, seed: number, now = new Date()): Promise<void> {
  const faker = new Faker({ locale: [base] });
  faker.seed(seed);
  const firstDay = localDateOf(new Date(now.getTime() - HISTORY_DAYS * DAY_MS));
  const holidays = toHolidaySet(NATIONAL_HOLIDAYS.map(([date]) => date));
  const calendar: WorkingCalendar = { holidays };
  await prisma.holiday.createMany({
    data: regions.flatMap((region) =>
      NATIONAL_HOLIDAYS.map(([date, name, collectiveLeave]) => ({ id: randomUUID(), regionId: region.id, date: new Date(`${date}T00:00:00Z`), name, collectiveLeave: collectiveLeave ?? false })),
    ),
  });
  const agencies = await prisma.agency.findMany({
    where: { regionId: { in: regions.map((region) => region.id) }, code: { in: ['DISDUKCAPIL', 'DPMPTSP'] } },
    select: { id: true, code: true, regionId: true },
  });

  // Serang's KTP-el reform: the standard drops to 3 working days nine months ago.
  const reformDay = localDateOf(new Date(now.getTime() - 270 * DAY_MS));
  const requests: DemoRequest[] = [];
  const surveys: Prisma.SurveyResponseCreateManyInput[] = [];
  let sequence = 0;
  const flush = async (force: boolean) => {
    if (requests.length >= INSERT_BATCH || (force && requests.length > 0)) {
      await insertRequests(prisma, requests.splice(0));
    }
    if (surveys.length >= INSERT_BATCH || (force && surveys.length > 0)) {
      await prisma.surveyResponse.createMany({ data: surveys.splice(0) });
    }
  };

  for (const agency of agencies) {
    const region = regions.find((candidate) => candidate.id === agency.regionId)!;
    for (const spec of DEMO_SERVICES.filter((service) => service.agencyCode === agency.code)) {
      const serviceTypeId = randomUUID();
      const reformed = region.code === SERANG && spec.code === 'KTP-EL';
      const standards = [
        { validFrom: wibMidnight(firstDay), value: spec.target[0], unit: spec.target[1] },
        ...(reformed ? [{ validFrom: wibMidnight(reformDay), value: 3, unit: 'DAYS' as const }] : []),
      ];
      await prisma.serviceType.create({
        data: {
          id: serviceTypeId,
          agencyId: agency.id,
          code: spec.code,
          name: spec.name,
          standards: {
            create: standards.map((standard) => ({ validFrom: standard.validFrom, targetValue: standard.value, targetUnit: standard.unit, cost: spec.cost, requirements: spec.requirements })),
          },
        },
      });
      const versions = standards.map((standard) => ({ validFrom: standard.validFrom, targetMinutes: targetMinutes(standard.value, standard.unit) }));

      for (let offset = HISTORY_DAYS; offset >= 0; offset -= 1) {
        const day = localDateOf(new Date(now.getTime() - offset * DAY_MS));
        if (!isWorkingDay(day, holidays)) continue;
        const date = new Date(`${day}T00:00:00Z`);
        const weekday = date.getUTCDay(); // 1 = Monday
        const month = date.getUTCMonth();
        const seasonal = month === 0 || month === 6 ? 1.25 : 1;
        const rate = spec.dailyRate * VOLUME[size] * seasonal * (weekday === 1 ? 1.35 : weekday === 5 ? 0.75 : 1);
        const count = Math.floor(rate) + (faker.number.float() < rate % 1 ? 1 : 0);
        // The blank-card shortage: KTP-el takes four times longer between 14 and 11 months ago.
        const crisis = spec.code === 'KTP-EL' && offset <= 425 && offset >= 335 ? 4 : 1;
        // Serang's KTP-el falls from about 15 working days two years ago to under 2 today.
        const typicalDays = reformed ? 1.6 + 13.5 * (offset / HISTORY_DAYS) ** 1.5 : spec.typicalDays;
        for (let index = 0; index < count; index += 1) {
          const receivedAt = new Date(wibMidnight(day).getTime() + (8 * 60 + faker.number.int({ min: 0, max: 450 })) * 60_000);
          // Log-normal spread around the typical time.
          const normal = Math.sqrt(-2 * Math.log(1 - faker.number.float())) * Math.cos(2 * Math.PI * faker.number.float());
          const minutes = Math.max(5, typicalDays * crisis * 480 * Math.exp(0.45 * normal - 0.1));
          const outcome = faker.number.float();
          const closedAt = addWorkingMinutes(receivedAt, minutes, calendar);
          // A few files are never finished: they pile up as the overdue backlog.
          const steps: ServiceSteps =
            closedAt > now || outcome > 0.995
              ? { RECEIVED: receivedAt }
              : outcome < 0.03
                ? { RECEIVED: receivedAt, REJECTED: closedAt }
                : outcome < 0.05
                  ? { RECEIVED: receivedAt, CANCELLED: closedAt }
                  : { RECEIVED: receivedAt, COMPLETED: closedAt };
          const folded = foldServiceRequest(steps, versions, calendar);
          sequence += 1;
          requests.push({
            id: randomUUID(),
            serviceTypeId,
            agencyId: agency.id,
            reference: `${spec.code}/${day.replaceAll('-', '')}/${String(sequence).padStart(7, '0')}`,
            status: folded.status,
            receivedAt,
            completedAt: steps.COMPLETED ?? null,
            rejectedAt: steps.REJECTED ?? null,
            cancelledAt: steps.CANCELLED ?? null,
            receivedDay: folded.receivedDay!,
            closedDay: folded.closedDay,
            workingMinutes: folded.workingMinutes,
            targetMinutes: folded.targetMinutes,
            dueDate: folded.dueDate,
          });
          if (folded.status === 'COMPLETED' && faker.number.float() < SURVEY_SHARE) {
            // Slow service lowers satisfaction, most of all with the time taken (U3).
            const late = folded.withinStandard ? 0 : 0.8;
            surveys.push({
              id: randomUUID(),
              agencyId: agency.id,
              serviceTypeId,
              submittedAt: new Date(Math.min(now.getTime(), folded.closedAt!.getTime() + faker.number.int({ min: 10, max: 600 }) * 60_000)),
              scores: IKM_ELEMENT_CODES.map((code) => {
                const mean = 3.35 - late * (code === 'U3' ? 1.5 : 0.5);
                return Math.min(4, Math.max(1, Math.round(mean + (faker.number.float() - 0.5) * 1.6)));
              }),
              comment: faker.number.float() < 0.1 ? faker.helpers.arrayElement(['Pelayanan cepat dan ramah.', 'Antrean terlalu lama.', 'Petugas membantu.', 'Blangko sering habis.']) : null,
            });
          }
        }
        await flush(false);
      }
    }
  }
  await flush(true);
  await seedKpis(prisma, agencies, now);
  await rebuildServiceAggregates(prisma);
  await rebuildIkmAggregates(prisma);
}

interface DemoRequest {
  id: string;
  serviceTypeId: string;
  agencyId: string;
  reference: string;
  status: string;
  receivedAt: Date;
  completedAt: Date | null;
  rejectedAt: Date | null;
  cancelledAt: Date | null;
  receivedDay: string;
  closedDay: string | null;
  workingMinutes: number | null;
  targetMinutes: number | null;
  dueDate: string | null;
}

/** One INSERT … SELECT FROM unnest per batch: several times faster than createMany on PGlite. */
async function insertRequests(prisma: PrismaClient, rows: DemoRequest[]): Promise<void> {
  const column = <K extends keyof DemoRequest>(key: K) => rows.map((row) => row[key]);
  const instant = (key: 'receivedAt' | 'completedAt' | 'rejectedAt' | 'cancelledAt') => rows.map((row) => row[key]?.toISOString() ?? null);
  await prisma.$executeRaw`
    INSERT INTO "ServiceRequest" ("id", "serviceTypeId", "agencyId", "reference", "status", "receivedAt", "completedAt", "rejectedAt",
      "cancelledAt", "receivedDay", "closedDay", "workingMinutes", "targetMinutes", "dueDate", "updatedAt")
    SELECT v.*, now() FROM unnest(${column('id')}::text[], ${column('serviceTypeId')}::text[], ${column('agencyId')}::text[],
      ${column('reference')}::text[], ${column('status')}::"ServiceRequestStatus"[], ${instant('receivedAt')}::timestamptz[],
      ${instant('completedAt')}::timestamptz[], ${instant('rejectedAt')}::timestamptz[], ${instant('cancelledAt')}::timestamptz[],
      ${column('receivedDay')}::date[], ${column('closedDay')}::date[], ${column('workingMinutes')}::int[], ${column('targetMinutes')}::int[],
      ${column('dueDate')}::date[]) AS v`;
}

/** Disdukcapil's IKU: three fed from the service figures, one reported by hand. */
async function seedKpis(prisma: PrismaClient, agencies: Array<{ id: string; code: string }>, now: Date): Promise<void> {
  const year = Number(localDateOf(now).slice(0, 4));
  const quarters = [year - 1, year].flatMap((y) => [1, 2, 3, 4].map((quarter) => `${y}-Q${quarter}`));
  for (const agency of agencies.filter((candidate) => candidate.code === 'DISDUKCAPIL')) {
    const ktp = await prisma.serviceType.findUniqueOrThrow({ where: { agencyId_code: { agencyId: agency.id, code: 'KTP-EL' } }, select: { id: true } });
    const producer = 'Bidang Pelayanan Pendaftaran Penduduk, Disdukcapil';
    const kpis = [
      {
        code: 'IKU-01',
        name: 'Persentase KTP-el selesai sesuai standar pelayanan',
        definition: 'Bagian permohonan KTP-el yang selesai dalam waktu standar pelayanan yang berlaku saat permohonan diterima.',
        unit: '%',
        formula: 'KTP-el selesai tepat waktu ÷ KTP-el selesai × 100',
        cadence: 'QUARTERLY' as const,
        direction: 'HIGHER_IS_BETTER' as const,
        source: 'SERVICE_WITHIN_STANDARD_SHARE' as const,
        serviceTypeId: ktp.id,
        targets: quarters.map((period) => ({ period, target: 90 })),
      },
      {
        code: 'IKU-02',
        name: 'Median waktu penyelesaian KTP-el',
        definition: 'Median hari kerja dari permohonan diterima sampai KTP-el selesai.',
        unit: 'hari kerja',
        formula: 'median(waktu kerja penyelesaian)',
        cadence: 'QUARTERLY' as const,
        direction: 'LOWER_IS_BETTER' as const,
        source: 'SERVICE_MEDIAN_WORKING_DAYS' as const,
        serviceTypeId: ktp.id,
        targets: quarters.map((period) => ({ period, target: 3 })),
      },
      {
        code: 'IKU-03',
        name: 'Indeks Kepuasan Masyarakat',
        definition: 'IKM seluruh layanan Disdukcapil menurut PermenPANRB 14/2017 (nilai konversi).',
        unit: 'indeks',
        formula: 'Σ NRR unsur × 1/9 × 25',
        cadence: 'ANNUAL' as const,
        direction: 'HIGHER_IS_BETTER' as const,
        source: 'IKM' as const,
        serviceTypeId: null,
        targets: [year - 1, year].map((y) => ({ period: String(y), target: 85 })),
      },
      {
        code: 'IKU-04',
        name: 'Persentase penduduk wajib KTP yang telah memiliki KTP-el',
        definition: 'Penduduk wajib KTP yang telah merekam dan memiliki KTP-el dibanding seluruh penduduk wajib KTP.',
        unit: '%',
        formula: 'penduduk ber-KTP-el ÷ penduduk wajib KTP × 100',
        cadence: 'ANNUAL' as const,
        direction: 'HIGHER_IS_BETTER' as const,
        source: 'MANUAL' as const,
        serviceTypeId: null,
        targets: [year - 1, year].map((y) => ({ period: String(y), target: 98 })),
        values: [{ period: String(year - 1), value: 97.2 }],
      },
    ];
    for (const { targets, values, ...kpi } of kpis.map((entry) => ({ values: [] as Array<{ period: string; value: number }>, ...entry }))) {
      await prisma.kpi.create({ data: { ...kpi, agencyId: agency.id, dataProducer: producer, targets: { create: targets }, values: { create: values } } });
    }
  }
}
