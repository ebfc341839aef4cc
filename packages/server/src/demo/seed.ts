// Deterministic demo data: five cities, their OPD, organisation charts, civil servants and one
// sign-in account per role. The same seed gives the same regions, agencies, units, names, NIPs
// and hierarchy (database ids and passwords differ on every run).
//
// Seeding is not one transaction (the large data set would hold one open for many seconds on
// PGlite); it is all-or-nothing from the caller's side instead: it refuses a database that already
// holds data, and when it throws or is interrupted halfway the caller discards what was written
// (install.ts wipes the tables, or the data directory is deleted) and seeds again.
import { Faker, base, id_ID } from '@faker-js/faker';
import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '../generated/prisma/client.js';
import { AppError } from '../errors.js';
import { createDemoAccounts, type AccountTargets, type DemoAccount } from './accounts.js';
import { agencySpecsFor } from './agencies.js';
import { generateAgency, planAgency, type AgencyPlan, type DemoSize, type EmployeeRow, type GeneratedAgency, type UnitRow } from './employees.js';
import { NipRegistry } from './nip.js';
import { seedDevelopmentDemo } from './development.js';
import { seedPerformanceDemo } from './performance.js';
import { REGIONS } from './regions.js';
import { seedComplaintDemo } from './complaints.js';
import { seedRecruitmentDemo } from './recruitment.js';
import { seedServiceDemo } from './services.js';

export type { DemoAccount } from './accounts.js';
export type { DemoSize } from './employees.js';

export const DEFAULT_DEMO_SEED = 20261123;

/** Rows per INSERT: measured fastest on PGlite (2,000 and 5,000 were slower), and far below PostgreSQL's 65,535 bind parameters. */
const INSERT_BATCH = 1000;
/** The region whose Disdukcapil and Bappeda get the agency-level demo accounts. */
const HOME_REGION = '36.73';

export interface SeedDemoOptions {
  size: DemoSize;
  seed?: number;
  /** Called as employees are generated; `total` is known from the start. */
  onProgress?: (done: number, total: number, stage: string) => void;
}

/** Whether the database already holds data (any region). */
export async function hasData(prisma: PrismaClient): Promise<boolean> {
  return (await prisma.region.findFirst({ select: { id: true } })) !== null;
}

function createFaker(seed: number): Faker {
  // A private instance: the shared `fakerID_ID` could be drawn from elsewhere between our awaits.
  const faker = new Faker({ locale: [id_ID, base] });
  faker.seed(seed);
  return faker;
}

async function insertInBatches<T>(rows: T[], insert: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < rows.length; start += INSERT_BATCH) await insert(rows.slice(start, start + INSERT_BATCH));
}

export async function seedDemoData(prisma: PrismaClient, options: SeedDemoOptions): Promise<DemoAccount[]> {
  if (await hasData(prisma)) {
    throw new AppError('CONFLICT', 'The database already holds data; demo data is only seeded into an empty database.');
  }
  const faker = createFaker(options.seed ?? DEFAULT_DEMO_SEED);
  const nips = new NipRegistry();

  // Reference data: regions, kecamatan, agencies.
  const regions = REGIONS.map((seed) => ({ id: randomUUID(), seed }));
  await prisma.region.createMany({
    data: regions.map(({ id, seed }) => ({ id, code: seed.code, name: seed.name, kind: seed.kind, province: seed.province, timeZone: seed.timeZone })),
  });
  await prisma.district.createMany({
    data: regions.flatMap(({ id, seed }) => seed.districts.map((district) => ({ id: randomUUID(), regionId: id, code: district.code, name: district.name }))),
  });

  // Plan every agency first so that the number of employees (the progress total) is known.
  const plans: AgencyPlan[] = regions.flatMap(({ seed }) => agencySpecsFor(seed).map((spec) => planAgency(faker, seed, spec, options.size)));
  const regionIds = new Map(regions.map(({ id, seed }) => [seed.code, id]));
  await prisma.agency.createMany({
    data: plans.map((plan) => ({
      id: plan.agencyId,
      regionId: regionIds.get(plan.region.code)!,
      code: plan.spec.code,
      name: plan.spec.name,
      shortName: plan.spec.shortName,
    })),
  });

  const total = plans.reduce((sum, plan) => sum + plan.employeeCount, 0);
  options.onProgress?.(0, total, 'reference data');

  // Units and employees, agency by agency; rows are buffered only up to one batch so that memory
  // stays bounded in the large data set.
  let pendingUnits: UnitRow[] = [];
  let pendingEmployees: EmployeeRow[] = [];
  const flush = async () => {
    await insertInBatches(pendingUnits, (data) => prisma.unit.createMany({ data }));
    await insertInBatches(pendingEmployees, (data) => prisma.employee.createMany({ data }));
    pendingUnits = [];
    pendingEmployees = [];
  };
  const home: Partial<Record<'DISDUKCAPIL' | 'BAPPEDA', { plan: AgencyPlan; generated: GeneratedAgency }>> = {};
  // Performance data: in the small set every agency of the home region (with daily reports) and
  // each other region's Disdukcapil; in the large set the home region's Disdukcapil only.
  const withPerformance: GeneratedAgency[] = [];
  const reporting = new Set<GeneratedAgency>();
  let done = 0;
  for (const plan of plans) {
    const generated = generateAgency(faker, plan, nips);
    if (plan.region.code === HOME_REGION && (plan.spec.code === 'DISDUKCAPIL' || plan.spec.code === 'BAPPEDA')) {
      home[plan.spec.code] = { plan, generated };
    }
    const isHome = plan.region.code === HOME_REGION;
    const isDukcapil = plan.spec.code === 'DISDUKCAPIL';
    if (options.size === 'small' ? isHome || isDukcapil : isHome && isDukcapil) withPerformance.push(generated);
    if (isHome) reporting.add(generated);
    pendingUnits.push(...generated.units);
    pendingEmployees.push(...generated.employees);
    if (pendingEmployees.length >= INSERT_BATCH) await flush();
    done += generated.employees.length;
    options.onProgress?.(done, total, `${plan.region.name} · ${plan.spec.shortName}`);
  }
  await flush();

  options.onProgress?.(done, total, 'service delivery');
  await seedServiceDemo(prisma, regions.map(({ id, seed }) => ({ id, code: seed.code })), options.size, (options.seed ?? DEFAULT_DEMO_SEED) + 1);

  options.onProgress?.(done, total, 'accounts');
  const targets = accountTargets(regions, home);
  const accounts = await createDemoAccounts(prisma, targets);
  options.onProgress?.(done, total, 'performance');
  const { disdukcapil } = targets.home;
  await seedPerformanceDemo(prisma, createFaker((options.seed ?? DEFAULT_DEMO_SEED) + 1), {
    agencies: withPerformance,
    reporting,
    home: { head: disdukcapil.head, supervisor: disdukcapil.supervisor },
  });
  const dukcapil = home.DISDUKCAPIL!.generated;
  await seedDevelopmentDemo(prisma, createFaker((options.seed ?? DEFAULT_DEMO_SEED) + 3), {
    employees: dukcapil.employees,
    head: disdukcapil.head,
    supervisor: disdukcapil.supervisor,
    subordinate: disdukcapil.subordinate,
    supervisorUnitId: dukcapil.unitIds.get('BIDANG-PIAK')!,
  });
  await seedComplaintDemo(prisma, regions.map(({ id, seed }) => ({ id, code: seed.code })), options.size, (options.seed ?? DEFAULT_DEMO_SEED) + 2);
  options.onProgress?.(done, total, 'recruitment');
  const candidate = await seedRecruitmentDemo(prisma, targets.home.regionId, { agencyId: disdukcapil.agencyId, mentorId: disdukcapil.supervisor.id, unitId: disdukcapil.supervisor.unitId });
  options.onProgress?.(total, total, 'done');
  return [...accounts, candidate];
}

function accountTargets(
  regions: AccountTargets['regions'],
  home: Partial<Record<'DISDUKCAPIL' | 'BAPPEDA', { plan: AgencyPlan; generated: GeneratedAgency }>>,
): AccountTargets {
  const region = regions.find((entry) => entry.seed.code === HOME_REGION);
  const dukcapil = home.DISDUKCAPIL;
  const bappeda = home.BAPPEDA;
  if (!region || !dukcapil || !bappeda) throw new Error('Demo data lacks Kota Serang’s Disdukcapil or Bappeda');

  const staffOf = (generated: GeneratedAgency, unitCode: string) => {
    const unitId = generated.unitIds.get(unitCode);
    const headId = generated.unitHeads.get(unitCode);
    return generated.employees.filter((employee) => employee.unitId === unitId && employee.id !== headId);
  };
  const byId = (generated: GeneratedAgency, id: string | undefined) => generated.employees.find((employee) => employee.id === id);

  // The Kepala Bidang of PIAK has functional staff reporting directly to them (no Seksi between).
  const supervisor = byId(dukcapil.generated, dukcapil.generated.unitHeads.get('BIDANG-PIAK'));
  const subordinate = staffOf(dukcapil.generated, 'BIDANG-PIAK')[0];
  const umpeg = staffOf(dukcapil.generated, 'SUBBAG-UMPEG');
  const admin = umpeg.find((employee) => /^(Pranata Komputer|Analis Kepegawaian)/.test(employee.positionTitle)) ?? umpeg[0];
  const planners = [...staffOf(bappeda.generated, 'BIDANG-PPEPD'), ...bappeda.generated.employees];
  const analyst = planners.find((employee) => /^(Perencana|Statistisi)/.test(employee.positionTitle)) ?? planners.at(-1);
  const head = byId(dukcapil.generated, dukcapil.generated.unitHeads.get(dukcapil.plan.spec.code));
  if (!supervisor || !subordinate || !admin || !analyst || !head) throw new Error('Demo data lacks the employees the demo accounts need');

  return {
    regions,
    home: {
      regionId: region.id,
      seed: region.seed,
      disdukcapil: {
        agencyId: dukcapil.plan.agencyId,
        shortName: dukcapil.plan.spec.shortName,
        admin,
        supervisor,
        supervisorUnitName: dukcapil.plan.units.find((unit) => unit.code === 'BIDANG-PIAK')!.name,
        subordinate,
        head,
      },
      bappeda: { shortName: bappeda.plan.spec.shortName, analyst },
    },
  };
}
