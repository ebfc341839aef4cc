// Demo sign-in accounts: one per role with a known scope, each with a fresh random password that
// is returned once in plain text (the server prints it and stores it in the data directory).
import { randomUUID } from 'node:crypto';
import type { PrismaClient, Role } from '../generated/prisma/client.js';
import { generatePassword, hashPassword } from '../auth/password.js';
import type { EmployeeRow } from './employees.js';
import type { RegionSeed } from './regions.js';

export interface DemoAccount {
  role: Role;
  username: string;
  password: string;
  displayName: string;
  /** Human-readable scope, e.g. "Kota Serang · Disdukcapil". */
  scope: string;
}

/** What the accounts point at, picked out of the generated data. */
export interface AccountTargets {
  regions: Array<{ id: string; seed: RegionSeed }>;
  /** The region whose agencies get the agency-level accounts (Kota Serang). */
  home: {
    regionId: string;
    seed: RegionSeed;
    disdukcapil: {
      agencyId: string;
      shortName: string;
      /** A staff member of the Sekretariat, who administers the agency's data. */
      admin: EmployeeRow;
      /** A Kepala Bidang with staff of their own. */
      supervisor: EmployeeRow;
      supervisorUnitName: string;
      /** One of the supervisor's direct subordinates, without subordinates of their own. */
      subordinate: EmployeeRow;
      /** The head of the agency (Kepala Dinas): the supervisor's superior, who decides objections to the supervisor's ratings. */
      head: EmployeeRow;
    };
    bappeda: { shortName: string; analyst: EmployeeRow };
  };
}


interface AccountRow {
  account: DemoAccount;
  agencyId: string | null;
  regionId: string | null;
  employeeId: string | null;
}

export async function createDemoAccounts(prisma: PrismaClient, targets: AccountTargets): Promise<DemoAccount[]> {
  const { home } = targets;
  const city = home.seed.name;
  const dukcapil = home.disdukcapil;
  const row = (
    role: Role,
    username: string,
    displayName: string,
    scope: string,
    links: { agencyId?: string; regionId?: string; employeeId?: string } = {},
  ): AccountRow => ({
    account: { role, username, password: generatePassword(), displayName, scope },
    agencyId: links.agencyId ?? null,
    regionId: links.regionId ?? null,
    employeeId: links.employeeId ?? null,
  });

  const rows: AccountRow[] = [
    row('ADMIN', 'admin', 'Administrator', 'Seluruh instalasi'),
    row('AGENCY_ADMIN', `admin.disdukcapil.${home.seed.slug}`, dukcapil.admin.name, `${city} · ${dukcapil.shortName}`, {
      agencyId: dukcapil.agencyId,
      employeeId: dukcapil.admin.id,
    }),
    row('LEADER', `walikota.${home.seed.slug}`, home.seed.leaderTitle, city, { regionId: home.regionId }),
    // The analyst reads the whole region; linked to a Bappeda planner so that a real person signs in.
    row('ANALYST', `analis.bappeda.${home.seed.slug}`, home.bappeda.analyst.name, `${city} · seluruh OPD`, {
      regionId: home.regionId,
      employeeId: home.bappeda.analyst.id,
    }),
    row(
      'SUPERVISOR',
      `atasan.disdukcapil.${home.seed.slug}`,
      dukcapil.supervisor.name,
      `${city} · ${dukcapil.shortName} · ${dukcapil.supervisorUnitName}`,
      { agencyId: dukcapil.agencyId, employeeId: dukcapil.supervisor.id },
    ),
    row(
      'EMPLOYEE',
      `pegawai.disdukcapil.${home.seed.slug}`,
      dukcapil.subordinate.name,
      `${city} · ${dukcapil.shortName} · ${dukcapil.supervisorUnitName}`,
      { agencyId: dukcapil.agencyId, employeeId: dukcapil.subordinate.id },
    ),
    row('SUPERVISOR', `kepala.disdukcapil.${home.seed.slug}`, dukcapil.head.name, `${city} · ${dukcapil.shortName}`, {
      agencyId: dukcapil.agencyId,
      employeeId: dukcapil.head.id,
    }),
    ...targets.regions
      .filter((region) => region.id !== home.regionId)
      .map((region) => row('LEADER', `walikota.${region.seed.slug}`, region.seed.leaderTitle, region.seed.name, { regionId: region.id })),
  ];

  // scrypt runs on libuv's thread pool, so hashing in parallel takes the time of a few hashes.
  const hashes = await Promise.all(rows.map((entry) => hashPassword(entry.account.password)));
  await prisma.user.createMany({
    data: rows.map((entry, index) => ({
      id: randomUUID(),
      username: entry.account.username,
      displayName: entry.account.displayName,
      passwordHash: hashes[index]!,
      role: entry.account.role,
      agencyId: entry.agencyId,
      regionId: entry.regionId,
      employeeId: entry.employeeId,
    })),
  });
  return rows.map((entry) => entry.account);
}
