import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../auth/password.js';
import { createPrismaClient } from '../db/client.js';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../db/embedded-postgres.js';
import { applyPendingMigrations } from '../db/schema-engine.js';
import type { PrismaClient } from '../generated/prisma/client.js';
import { Faker, base, id_ID } from '@faker-js/faker';
import { agencySpecsFor } from './agencies.js';
import { generateAgency, planAgency, REFERENCE_DATE } from './employees.js';
import { NipRegistry } from './nip.js';
import { REGIONS } from './regions.js';
import { hasData, seedDemoData, type DemoAccount } from './seed.js';

interface Database {
  prisma: PrismaClient;
  close(): Promise<void>;
}

async function freshDatabase(): Promise<Database> {
  const postgres: EmbeddedPostgres = await startEmbeddedPostgres();
  await applyPendingMigrations(postgres.connectionString);
  const prisma = createPrismaClient(postgres.connectionString, 1);
  return {
    prisma,
    async close() {
      await prisma.$disconnect();
      await postgres.close();
    },
  };
}

const fingerprint = async (prisma: PrismaClient) =>
  (await prisma.employee.findMany({ select: { nip: true, name: true, positionTitle: true }, orderBy: { nip: 'asc' } })).map(
    (employee) => `${employee.nip}|${employee.name}|${employee.positionTitle}`,
  );

describe('seedDemoData (small)', () => {
  let first: Database;
  let accounts: DemoAccount[];
  const progress: Array<[number, number, string]> = [];

  beforeAll(async () => {
    first = await freshDatabase();
    expect(await hasData(first.prisma)).toBe(false);
    const started = performance.now();
    accounts = await seedDemoData(first.prisma, { size: 'small', onProgress: (done, total, stage) => progress.push([done, total, stage]) });
    console.info(`small demo data seeded in ${Math.round(performance.now() - started)} ms`);
  }, 120_000);

  afterAll(async () => {
    await first?.close();
  });

  it('creates the five cities with their kecamatan', async () => {
    expect(await hasData(first.prisma)).toBe(true);
    const regions = await first.prisma.region.findMany({ include: { _count: { select: { districts: true } } } });
    expect(regions.map((region) => region.name).sort()).toEqual(
      ['Kota Medan', 'Kota Palembang', 'Kota Semarang', 'Kota Serang', 'Kota Tanjungpinang'].sort(),
    );
    const districtCounts = Object.fromEntries(regions.map((region) => [region.name, region._count.districts]));
    expect(districtCounts).toEqual({ 'Kota Serang': 6, 'Kota Medan': 21, 'Kota Semarang': 16, 'Kota Tanjungpinang': 4, 'Kota Palembang': 18 });
    const kertapati = await first.prisma.district.findFirst({ where: { name: 'Kertapati', region: { name: 'Kota Palembang' } } });
    expect(kertapati?.code).toBe('16.71.13');
  });

  it('gives every city at least ten agencies, each with 15–25 employees', async () => {
    const regions = await first.prisma.region.findMany({ include: { agencies: { include: { _count: { select: { employees: true } } } } } });
    for (const region of regions) {
      expect(region.agencies.length).toBeGreaterThanOrEqual(10);
      for (const agency of region.agencies) {
        expect(agency._count.employees).toBeGreaterThanOrEqual(15);
        expect(agency._count.employees).toBeLessThanOrEqual(25);
      }
    }
    expect(await first.prisma.agency.findFirst({ where: { code: 'KEC-KERTAPATI', region: { name: 'Kota Palembang' } } })).not.toBeNull();
  });

  it('builds a hierarchy without cycles, inside each agency, with one head per agency', async () => {
    const employees = await first.prisma.employee.findMany({ select: { id: true, agencyId: true, superiorId: true, unitId: true } });
    const units = await first.prisma.unit.findMany({ select: { id: true, agencyId: true } });
    const byId = new Map(employees.map((employee) => [employee.id, employee]));
    const unitAgency = new Map(units.map((unit) => [unit.id, unit.agencyId]));
    expect(employees.length).toBeGreaterThan(900);
    for (const employee of employees) {
      expect(unitAgency.get(employee.unitId)).toBe(employee.agencyId);
      if (employee.superiorId !== null) expect(byId.get(employee.superiorId)?.agencyId).toBe(employee.agencyId);
      const seen = new Set<string>();
      for (let current = employee; current.superiorId !== null; current = byId.get(current.superiorId)!) {
        expect(seen.has(current.id)).toBe(false);
        seen.add(current.id);
      }
    }
    const heads = new Map<string, number>();
    for (const employee of employees) if (employee.superiorId === null) heads.set(employee.agencyId, (heads.get(employee.agencyId) ?? 0) + 1);
    const agencies = await first.prisma.agency.count();
    expect(heads.size).toBe(agencies);
    expect([...heads.values()].every((count) => count === 1)).toBe(true);
  });

  it('issues well-formed, unique NIPs matching birth date and sex, and mixes PNS with PPPK', async () => {
    const employees = await first.prisma.employee.findMany({ select: { nip: true, birthDate: true, sex: true, status: true, rankGrade: true } });
    expect(new Set(employees.map((employee) => employee.nip)).size).toBe(employees.length);
    for (const { nip, birthDate, sex, status, rankGrade } of employees) {
      expect(nip).toMatch(/^\d{18}$/);
      expect(nip.slice(0, 8)).toBe(birthDate.toISOString().slice(0, 10).replaceAll('-', ''));
      expect(nip[14]).toBe(sex === 'MALE' ? '1' : '2');
      const appointed = Date.UTC(Number(nip.slice(8, 12)), Number(nip.slice(12, 14)) - 1, 1);
      expect(Number(nip.slice(12, 14))).toBeGreaterThanOrEqual(1);
      expect(Number(nip.slice(12, 14))).toBeLessThanOrEqual(12);
      expect(appointed).toBeLessThan(REFERENCE_DATE.getTime());
      expect(appointed).toBeGreaterThanOrEqual(Date.UTC(birthDate.getUTCFullYear() + 20, birthDate.getUTCMonth(), birthDate.getUTCDate()));
      const age = REFERENCE_DATE.getUTCFullYear() - birthDate.getUTCFullYear();
      expect(age).toBeGreaterThanOrEqual(22);
      expect(age).toBeLessThanOrEqual(58);
      expect(rankGrade).toMatch(status === 'PNS' ? /^[A-Za-z ]+, (II|III|IV)\/[a-e]$/ : /^[IVX]+$/);
    }
    const pppkShare = employees.filter((employee) => employee.status === 'PPPK').length / employees.length;
    expect(pppkShare).toBeGreaterThan(0.1);
    expect(pppkShare).toBeLessThan(0.2);
  });

  it('creates one account per role, with scope links and passwords that verify', async () => {
    const users = await first.prisma.user.findMany({ include: { employee: true, agency: true, region: true } });
    expect(new Set(users.map((user) => user.role))).toEqual(new Set(['ADMIN', 'AGENCY_ADMIN', 'LEADER', 'SUPERVISOR', 'EMPLOYEE', 'ANALYST', 'CANDIDATE']));
    // Besides the accounts, the demo applicants are candidate users no password matches.
    const applicants = users.filter((user) => user.role === 'CANDIDATE' && !accounts.some((account) => account.username === user.username));
    expect(applicants.length).toBeGreaterThan(5);
    expect(accounts.map((account) => account.username).sort()).toEqual(users.filter((user) => !applicants.includes(user)).map((user) => user.username).sort());
    const byName = new Map(users.map((user) => [user.username, user]));
    for (const account of accounts) {
      const user = byName.get(account.username)!;
      expect(user.role).toBe(account.role);
      expect(user.displayName).toBe(account.displayName);
      expect(await verifyPassword(account.password, user.passwordHash)).toBe(true);
      expect(await verifyPassword(`${account.password}x`, user.passwordHash)).toBe(false);
    }
    expect(new Set(accounts.map((account) => account.password)).size).toBe(accounts.length);

    const supervisor = byName.get('atasan.disdukcapil.serang')!;
    const employee = byName.get('pegawai.disdukcapil.serang')!;
    expect(supervisor.agency?.shortName).toBe('Disdukcapil');
    expect(supervisor.employee?.positionTitle).toMatch(/^Kepala Bidang /);
    expect(employee.employee?.superiorId).toBe(supervisor.employeeId);
    expect(employee.agencyId).toBe(supervisor.agencyId);
    expect(byName.get('admin.disdukcapil.serang')?.agencyId).toBe(supervisor.agencyId);
    expect(byName.get('walikota.serang')?.region?.name).toBe('Kota Serang');
    expect(byName.get('analis.bappeda.serang')?.region?.name).toBe('Kota Serang');
    for (const city of ['medan', 'semarang', 'tanjungpinang', 'palembang']) expect(byName.get(`walikota.${city}`)?.role).toBe('LEADER');
  });

  it('seeds the follow-up of performance around the demo employee', async () => {
    const prisma = first.prisma;
    const employee = (await prisma.user.findUniqueOrThrow({ where: { username: 'pegawai.disdukcapil.serang' }, select: { employeeId: true } })).employeeId!;
    const year2026 = { gte: new Date('2026-01-01'), lt: new Date('2027-01-01') };
    const hours = await prisma.trainingEnrolment.groupBy({ by: ['employeeId'], where: { status: 'COMPLETED', completedOn: year2026 }, _sum: { hours: true } });
    expect(hours.find((row) => row.employeeId === employee)?._sum.hours).toBe(12);
    expect(hours.some((row) => (row._sum.hours ?? 0) >= 20)).toBe(true);
    expect(await prisma.trainingEnrolment.count({ where: { employeeId: employee, status: 'ENROLLED' } })).toBe(1);
    const requests = await prisma.feedbackRequest.findMany({ where: { subjectId: employee }, select: { anonymous: true, invitations: { where: { respondedAt: { not: null } }, select: { id: true } } } });
    expect(requests.map((request) => [request.anonymous, request.invitations.length]).sort()).toEqual([[true, 2], [true, 4]]);
    expect(await prisma.feedbackInvitation.count({ where: { raterId: employee, respondedAt: null } })).toBe(1);
    expect(await prisma.recognition.count({ where: { kind: 'EMPLOYEE_OF_THE_MONTH' } })).toBe(3);
    expect(await prisma.oversightVisit.count({ where: { followUpStatus: { not: 'DONE' } } })).toBe(1);
    expect(await prisma.performanceDialogue.count()).toBe(1);
    const plan = await prisma.coachingPlan.findFirstOrThrow({ select: { appraisal: { select: { predikat: true } }, _count: { select: { sessions: true } } } });
    expect(plan).toEqual({ appraisal: { predikat: 'BUTUH_PERBAIKAN' }, _count: { sessions: 2 } });
    expect(await prisma.appraisal.count({ where: { status: 'OBJECTED' } })).toBe(1);
  });

  it('reports progress up to the total', () => {
    expect(progress.length).toBeGreaterThan(60);
    const last = progress.at(-1)!;
    expect(last[0]).toBe(last[1]);
  });

  it('refuses to seed a database that already holds data', async () => {
    await expect(seedDemoData(first.prisma, { size: 'small' })).rejects.toThrow(/already holds data/);
  });

  it('is deterministic: the same seed gives the same employees in a fresh database', async () => {
    const second = await freshDatabase();
    try {
      await seedDemoData(second.prisma, { size: 'small' });
      const [a, b] = [await fingerprint(first.prisma), await fingerprint(second.prisma)];
      expect(b).toEqual(a);
      // Hierarchy too: each employee's superior, compared by NIP.
      const hierarchy = async (prisma: PrismaClient) =>
        (await prisma.employee.findMany({ select: { nip: true, superior: { select: { nip: true } } }, orderBy: { nip: 'asc' } })).map(
          (employee) => `${employee.nip}>${employee.superior?.nip ?? ''}`,
        );
      expect(await hierarchy(second.prisma)).toEqual(await hierarchy(first.prisma));
    } finally {
      await second.close();
    }
  }, 120_000);
});

// The large data set takes several seconds to insert; its shape is checked without a database.
describe('large demo data plan', () => {
  it('has about 40,000 employees with unique NIPs and one head per agency', () => {
    const faker = new Faker({ locale: [id_ID, base] });
    faker.seed(20261123);
    const nips = new NipRegistry();
    const plans = REGIONS.flatMap((region) => agencySpecsFor(region).map((spec) => planAgency(faker, region, spec, 'large')));
    let employees = 0;
    let pppk = 0;
    for (const plan of plans) {
      const generated = generateAgency(faker, plan, nips);
      expect(generated.employees.length).toBe(plan.employeeCount);
      expect(generated.employees.filter((employee) => employee.superiorId === null)).toHaveLength(1);
      const ids = new Set(generated.employees.map((employee) => employee.id));
      expect(generated.employees.every((employee) => employee.superiorId === null || ids.has(employee.superiorId))).toBe(true);
      employees += generated.employees.length;
      pppk += generated.employees.filter((employee) => employee.status === 'PPPK').length;
    }
    expect(employees).toBeGreaterThan(35_000);
    expect(employees).toBeLessThan(45_000);
    expect(nips.size).toBe(employees);
    expect(pppk / employees).toBeCloseTo(0.15, 1);
  });
});
