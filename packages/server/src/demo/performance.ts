// Demo performance data: year 2025 complete for the given agencies (cascaded SKPs, realisations
// with link evidence, four closed quarters of appraisals with a believable spread, a few
// objections, daily reports for the last weeks of December, unit ratings), so that calibration has real numbers;
// and in the home agency, year 2026 with its last quarter open and the approved SKPs of the demo
// supervisor and the head above them, so that the demo employee can carry their own SKP through.
import type { Faker } from '@faker-js/faker';
import {
  CORE_VALUES,
  listWorkingDays,
  perilakuFromCoreValues,
  periodsOfYear,
  predikatFor,
  type CoreValue,
  type Expectation,
  type Predikat,
} from '@pantau/shared';
import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '../generated/prisma/client.js';
import type { EmployeeRow, GeneratedAgency } from './employees.js';

const YEAR = 2025;
const CURRENT_YEAR = 2026;
/** Daily reports are seeded for the last weeks of YEAR (working days only, a few missed). */
const REPORT_DAYS = { from: '2025-12-15', to: '2025-12-31' };
const REPORT_SHARE = 0.9;

/** Most employees are Baik; a few at either end (the shares of the final quarter). */
const OUTCOMES: ReadonlyArray<{ weight: number; value: Predikat }> = [
  { weight: 10, value: 'SANGAT_BAIK' },
  { weight: 72, value: 'BAIK' },
  { weight: 10, value: 'BUTUH_PERBAIKAN' },
  { weight: 5, value: 'KURANG' },
  { weight: 3, value: 'SANGAT_KURANG' },
];

/** The hasil kerja and perilaku kerja behind each outcome (BAIK has three cells in the matrix). */
const CELLS: Readonly<Record<Predikat, ReadonlyArray<[Expectation, Expectation]>>> = {
  SANGAT_BAIK: [['DI_ATAS', 'DI_ATAS']],
  BAIK: [['SESUAI', 'SESUAI'], ['SESUAI', 'SESUAI'], ['DI_ATAS', 'SESUAI'], ['SESUAI', 'DI_ATAS']],
  BUTUH_PERBAIKAN: [['DI_BAWAH', 'SESUAI'], ['DI_BAWAH', 'DI_ATAS']],
  KURANG: [['SESUAI', 'DI_BAWAH'], ['DI_ATAS', 'DI_BAWAH']],
  SANGAT_KURANG: [['DI_BAWAH', 'DI_BAWAH']],
};

const RHK_TITLES = [
  'Terlaksananya pelayanan publik sesuai standar pelayanan',
  'Tersusunnya laporan kinerja unit tepat waktu',
  'Meningkatnya kualitas data dan informasi layanan',
  'Terselesaikannya pengaduan masyarakat sesuai tenggat',
  'Terlaksananya pembinaan dan pengawasan kegiatan',
  'Tersusunnya dokumen perencanaan dan anggaran',
  'Terkelolanya administrasi persuratan dan kearsipan',
  'Meningkatnya kepuasan masyarakat atas layanan',
];

const INDICATORS: ReadonlyArray<{ aspect: 'QUANTITY' | 'QUALITY' | 'TIME'; description: string; target: number; unit: string }> = [
  { aspect: 'QUANTITY', description: 'Jumlah dokumen layanan yang diselesaikan', target: 240, unit: 'dokumen' },
  { aspect: 'QUALITY', description: 'Persentase dokumen tanpa koreksi', target: 95, unit: 'persen' },
  { aspect: 'TIME', description: 'Persentase layanan selesai dalam standar waktu', target: 90, unit: 'persen' },
  { aspect: 'QUANTITY', description: 'Jumlah laporan yang disusun', target: 12, unit: 'laporan' },
];

const ACTIVITIES = [
  ['Memverifikasi berkas permohonan layanan', 'berkas terverifikasi'],
  ['Menginput data ke aplikasi layanan', 'data terinput'],
  ['Menyusun laporan kegiatan mingguan', 'laporan'],
  ['Menindaklanjuti pengaduan masyarakat', 'pengaduan ditindaklanjuti'],
  ['Mengikuti rapat koordinasi unit', 'notulen rapat'],
  ['Melayani konsultasi pemohon di loket', 'pemohon terlayani'],
] as const;

const INSERT_BATCH = 1000;

async function insert<T>(rows: T[], create: (data: T[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < rows.length; start += INSERT_BATCH) await create(rows.slice(start, start + INSERT_BATCH));
}

interface Rows {
  years: Array<{ id: string; agencyId: string; year: number; cadence: 'QUARTERLY' }>;
  periods: Array<{ id: string; yearId: string; index: number; code: string; startDate: Date; endDate: Date; status: 'CLOSED' | 'OPEN' | 'PLANNED'; openedAt: Date | null; closedAt: Date | null }>;
  goals: Array<{ id: string; agencyId: string; year: number; code: string; title: string }>;
  skps: Array<{ id: string; employeeId: string; yearId: string; status: 'APPROVED'; submittedAt: Date; decidedAt: Date }>;
  rhk: Array<{ id: string; skpId: string; kind: 'UTAMA' | 'TAMBAHAN'; title: string; parentRhkId: string | null; agencyGoalId: string | null }>;
  indicators: Array<{ id: string; rhkId: string; aspect: 'QUANTITY' | 'QUALITY' | 'TIME'; description: string; target: number; unit: string }>;
  realisations: Array<{ id: string; indicatorId: string; periodId: string; value: number; evidenceUrl: string }>;
  appraisals: Array<Record<string, unknown> & { id: string }>;
  behaviour: Array<{ id: string; appraisalId: string; value: CoreValue; expectation: Expectation; comment: string }>;
  unitRatings: Array<{ id: string; unitId: string; year: number; rating: 'ISTIMEWA' | 'BAIK' }>;
  reports: Array<{ id: string; employeeId: string; date: Date; activity: string; output: string; rhkId: string | null; durationMinutes: number }>;
}

const at = (date: string) => new Date(`${date}T02:00:00.000Z`);

export interface PerformanceDemoTargets {
  /** Agencies that get the full 2025 cycle. */
  agencies: GeneratedAgency[];
  /** Agencies whose employees also file daily reports (a subset of `agencies`). */
  reporting: ReadonlySet<GeneratedAgency>;
  /** The two people above the demo employee, who get an approved 2026 SKP. */
  home: { head: EmployeeRow; supervisor: EmployeeRow };
}

export async function seedPerformanceDemo(prisma: PrismaClient, f: Faker, targets: PerformanceDemoTargets): Promise<void> {
  const rows: Rows = { years: [], periods: [], goals: [], skps: [], rhk: [], indicators: [], realisations: [], appraisals: [], behaviour: [], unitRatings: [], reports: [] };
  for (const agency of targets.agencies) planAgencyYear(f, rows, agency, targets.reporting.has(agency));
  planCurrentYear(f, rows, targets.home);

  await insert(rows.years, (data) => prisma.performanceYear.createMany({ data }));
  await insert(rows.periods, (data) => prisma.evaluationPeriod.createMany({ data }));
  await insert(rows.goals, (data) => prisma.agencyGoal.createMany({ data }));
  await insert(rows.skps, (data) => prisma.skp.createMany({ data }));
  await insert(rows.rhk, (data) => prisma.rhk.createMany({ data }));
  await insert(rows.indicators, (data) => prisma.rhkIndicator.createMany({ data }));
  await insert(rows.realisations, (data) => prisma.realisation.createMany({ data }));
  await insert(rows.appraisals, (data) => prisma.appraisal.createMany({ data: data as never }));
  await insert(rows.behaviour, (data) => prisma.behaviourRating.createMany({ data }));
  await insert(rows.unitRatings, (data) => prisma.unitRating.createMany({ data }));
  await insert(rows.reports, (data) => prisma.dailyReport.createMany({ data }));
}

function planYear(rows: Rows, agencyId: string, year: number, openIndex: number | null) {
  const yearId = randomUUID();
  rows.years.push({ id: yearId, agencyId, year, cadence: 'QUARTERLY' });
  const periods = periodsOfYear(year, 'QUARTERLY').map((period) => {
    const status = openIndex === null || period.index < openIndex ? 'CLOSED' : period.index === openIndex ? 'OPEN' : 'PLANNED';
    const row = {
      id: randomUUID(),
      yearId,
      index: period.index,
      code: period.code,
      startDate: new Date(period.startDate),
      endDate: new Date(period.endDate),
      status,
      openedAt: status === 'PLANNED' ? null : at(period.startDate),
      closedAt: status === 'CLOSED' ? at(period.endDate) : null,
    } as const;
    rows.periods.push(row);
    return row;
  });
  return { yearId, periods };
}

/**
 * Plans SKPs down the hierarchy (heads before their staff, as the generator orders them): each
 * UTAMA RHK supports one of the superior's, the head's support the agency's goals.
 */
function planSkps(f: Faker, rows: Rows, employees: EmployeeRow[], yearId: string, year: number, goalIds: string[]) {
  const rhkOf = new Map<string, string[]>();
  const plans: Array<{ employee: EmployeeRow; skpId: string; rhkIds: string[]; indicators: Rows['indicators'] }> = [];
  for (const employee of employees) {
    const skpId = randomUUID();
    rows.skps.push({ id: skpId, employeeId: employee.id, yearId, status: 'APPROVED', submittedAt: at(`${year}-01-10`), decidedAt: at(`${year}-01-15`) });
    const parents = employee.superiorId ? (rhkOf.get(employee.superiorId) ?? []) : [];
    const own: string[] = [];
    const rhkIds: string[] = [];
    const indicators: Rows['indicators'] = [];
    const titles = f.helpers.arrayElements(RHK_TITLES, f.number.int({ min: 2, max: 3 }));
    titles.forEach((title, index) => {
      const kind = index < 2 ? 'UTAMA' : 'TAMBAHAN';
      const id = randomUUID();
      const parentRhkId = kind === 'UTAMA' && parents.length > 0 ? f.helpers.arrayElement(parents) : null;
      const agencyGoalId = employee.superiorId === null && kind === 'UTAMA' ? (goalIds[index] ?? null) : null;
      rows.rhk.push({ id, skpId, kind, title, parentRhkId, agencyGoalId });
      rhkIds.push(id);
      if (kind === 'UTAMA') own.push(id);
      for (const template of f.helpers.arrayElements(INDICATORS, f.number.int({ min: 1, max: 2 }))) {
        const indicator = { id: randomUUID(), rhkId: id, ...template };
        indicators.push(indicator);
        rows.indicators.push(indicator);
      }
    });
    rhkOf.set(employee.id, own);
    plans.push({ employee, skpId, rhkIds, indicators });
  }
  return plans;
}

function planAgencyYear(f: Faker, rows: Rows, agency: GeneratedAgency, reports: boolean): void {
  const agencyId = agency.employees[0]!.agencyId;
  const { yearId, periods } = planYear(rows, agencyId, YEAR, null);
  const goalIds = ['IKU-1', 'IKU-2'].map((code, index) => {
    const id = randomUUID();
    rows.goals.push({ id, agencyId, year: YEAR, code, title: index === 0 ? 'Indeks kepuasan masyarakat atas layanan OPD' : 'Nilai akuntabilitas kinerja OPD' });
    return id;
  });
  for (const unit of agency.units) {
    rows.unitRatings.push({ id: randomUUID(), unitId: unit.id, year: YEAR, rating: f.helpers.weightedArrayElement([{ weight: 8, value: 'BAIK' as const }, { weight: 2, value: 'ISTIMEWA' as const }]) });
  }
  let objections = 0;
  for (const { employee, skpId, rhkIds, indicators } of planSkps(f, rows, agency.employees, yearId, YEAR, goalIds)) {
    const final = f.helpers.weightedArrayElement(OUTCOMES);
    for (const period of periods) {
      // Earlier quarters mostly match the final outcome; some differ, as people improve or slip.
      const outcome = period.index === 4 || f.datatype.boolean(0.8) ? final : f.helpers.weightedArrayElement(OUTCOMES);
      const [hasilKerja, perilaku] = f.helpers.arrayElement(CELLS[outcome]);
      const behaviour = behaviourFor(f, perilaku);
      const perilakuKerja = perilakuFromCoreValues(Object.fromEntries(behaviour.map((row) => [row.value, row.expectation])));
      const predikat = predikatFor(hasilKerja, perilakuKerja);
      const appraisalId = randomUUID();
      const ratedAt = at(period.endDate.toISOString().slice(0, 10));
      // Two objections per agency against low final ratings: one upheld, one revised to Baik.
      const objects = period.index === 4 && objections < 2 && (predikat === 'KURANG' || predikat === 'BUTUH_PERBAIKAN');
      const revised = objects && objections === 1;
      rows.appraisals.push({
        id: appraisalId,
        skpId,
        periodId: period.id,
        status: 'ACKNOWLEDGED',
        selfAssessment: 'Target kuartal tercapai sesuai rencana; kendala dicatat pada laporan harian.',
        selfAssessedAt: ratedAt,
        hasilKerja: revised ? 'SESUAI' : hasilKerja,
        perilakuKerja: revised ? 'SESUAI' : perilakuKerja,
        predikat: revised ? 'BAIK' : predikat,
        raterComment: f.helpers.arrayElement(['Pertahankan capaian.', 'Perlu peningkatan ketepatan waktu.', 'Kinerja stabil.', 'Koordinasi tim perlu diperkuat.']),
        ratedAt,
        acknowledgedAt: ratedAt,
        ...(objects
          ? {
              objectionReason: 'Capaian kuartal ini terhambat gangguan sistem yang di luar kendali saya; bukti terlampir.',
              objectedAt: ratedAt,
              objectionDecision: revised ? 'REVISED' : 'UPHELD',
              objectionNote: revised ? 'Gangguan sistem terbukti; penilaian direvisi.' : 'Bukti tidak menunjukkan gangguan pada periode tersebut.',
              originalPredikat: revised ? predikat : null,
              objectionDecidedAt: ratedAt,
            }
          : {}),
      });
      if (objects) objections++;
      for (const row of behaviour) rows.behaviour.push({ id: randomUUID(), appraisalId, ...row });
      const achievement = hasilKerja === 'DI_ATAS' ? f.number.float({ min: 1.05, max: 1.2 }) : hasilKerja === 'SESUAI' ? f.number.float({ min: 0.95, max: 1.05 }) : f.number.float({ min: 0.6, max: 0.9 });
      for (const indicator of indicators) {
        const share = indicator.unit === 'persen' ? 1 : period.index / 4;
        rows.realisations.push({
          id: randomUUID(),
          indicatorId: indicator.id,
          periodId: period.id,
          value: Math.round(indicator.target * share * achievement * 10) / 10,
          evidenceUrl: `https://arsip.pantau-kinerja.example/bukti/${indicator.id}/${period.code}.pdf`,
        });
      }
    }
    if (reports) planReports(f, rows, employee.id, rhkIds);
  }
}

/** Seven core-value ratings whose derived perilaku kerja is `perilaku`. */
function behaviourFor(f: Faker, perilaku: Expectation): Array<{ value: CoreValue; expectation: Expectation; comment: string }> {
  const above = perilaku === 'DI_ATAS' ? f.number.int({ min: 4, max: 7 }) : f.number.int({ min: 0, max: 3 });
  const below = perilaku === 'DI_BAWAH' ? f.number.int({ min: 1, max: 2 }) : 0;
  const order = f.helpers.shuffle([...CORE_VALUES]);
  return order.map((value, index) => {
    const expectation: Expectation = index < below ? 'DI_BAWAH' : index < below + above ? 'DI_ATAS' : 'SESUAI';
    const comment = expectation === 'DI_ATAS' ? 'Menjadi teladan bagi rekan kerja.' : expectation === 'SESUAI' ? 'Sesuai pedoman perilaku.' : 'Perlu pembinaan pada nilai ini.';
    return { value, expectation, comment };
  });
}

function planReports(f: Faker, rows: Rows, employeeId: string, rhkIds: string[]): void {
  for (const day of listWorkingDays(REPORT_DAYS.from, REPORT_DAYS.to, new Set())) {
    if (!f.datatype.boolean(REPORT_SHARE)) continue;
    const [activity, output] = f.helpers.arrayElement(ACTIVITIES);
    rows.reports.push({
      id: randomUUID(),
      employeeId,
      date: new Date(day),
      activity,
      output: `${f.number.int({ min: 3, max: 40 })} ${output}`,
      rhkId: f.helpers.arrayElement(rhkIds),
      durationMinutes: f.helpers.arrayElement([120, 180, 240, 300, 360, 420]),
    });
  }
}

function planCurrentYear(f: Faker, rows: Rows, home: PerformanceDemoTargets['home']): void {
  const agencyId = home.head.agencyId;
  const { yearId } = planYear(rows, agencyId, CURRENT_YEAR, 4);
  const goalId = randomUUID();
  rows.goals.push({ id: goalId, agencyId, year: CURRENT_YEAR, code: 'IKU-1', title: 'Cakupan kepemilikan KTP-el penduduk wajib KTP' });
  planSkps(f, rows, [home.head, home.supervisor], yearId, CURRENT_YEAR, [goalId]);
}
