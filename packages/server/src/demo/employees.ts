// Plans and generates one agency's organisation: its unit tree (rooted at a unit standing for the
// agency itself, where the head sits), a head for every unit, and staff in the units without
// sub-units. Ids are made here so that superiors are referenced without a round trip.
import { randomUUID } from 'node:crypto';
import type { Faker } from '@faker-js/faker';
import type { AgencySpec, UnitSpec } from './agencies.js';
import { personName, type PersonSex } from './names.js';
import type { NipRegistry } from './nip.js';
import {
  MIN_SERVICE_YEARS,
  pangkatLabel,
  pickJenjang,
  pppkGrade,
  staffEducation,
  staffGolongan,
  staffTitle,
  structuralEducation,
  structuralGolongan,
  titledName,
  type DegreeKey,
  type Education,
  type StaffPosition,
  type StructuralLevel,
} from './positions.js';
import type { RegionSeed } from './regions.js';

export type DemoSize = 'small' | 'large';

/**
 * Ages, ranks and appointment dates are computed against this fixed date, never the clock, so
 * that a seed gives the same data whenever it runs. Appointments end in December of the year
 * before; everyone is 22–57 years old on this date.
 */
export const REFERENCE_DATE = new Date(Date.UTC(2026, 0, 1));
const LAST_APPOINTMENT_YEAR = REFERENCE_DATE.getUTCFullYear() - 1;
const MAX_AGE = 57;

/** Share of PPPK (contract civil servants) in every agency. */
const PPPK_SHARE = 0.15;
/** Staff per unit of `AgencySpec.size × RegionSeed.scale` in the large data set (≈ 40,000 in all). */
const LARGE_STAFF_PER_SIZE = 272;
/** Employees per agency in the small data set. */
const SMALL_AGENCY_SIZE = { min: 15, max: 25 };

export interface UnitRow {
  id: string;
  agencyId: string;
  parentId: string | null;
  code: string;
  name: string;
}

export interface EmployeeRow {
  id: string;
  nip: string;
  name: string;
  sex: PersonSex;
  birthDate: Date;
  status: 'PNS' | 'PPPK';
  positionTitle: string;
  rankGrade: string;
  agencyId: string;
  unitId: string;
  superiorId: string | null;
}

interface PlannedUnit {
  id: string;
  code: string;
  name: string;
  parentCode: string | null;
  headTitle: string;
  headLevel: StructuralLevel;
  headDegree: DegreeKey;
  staffPositions: StaffPosition[];
  weight: number;
  leaf: boolean;
  staffCount: number;
}

export interface AgencyPlan {
  region: RegionSeed;
  spec: AgencySpec;
  agencyId: string;
  /** Parents before children; the first unit is the agency's root. */
  units: PlannedUnit[];
  employeeCount: number;
}

export interface GeneratedAgency {
  units: UnitRow[];
  employees: EmployeeRow[];
  /** Unit code → the unit's id. */
  unitIds: Map<string, string>;
  /** Unit code → id of the unit's head. */
  unitHeads: Map<string, string>;
}

const chance = (f: Faker, probability: number) => f.number.float({ min: 0, max: 1 }) < probability;

export function planAgency(f: Faker, region: RegionSeed, spec: AgencySpec, size: DemoSize): AgencyPlan {
  const units: PlannedUnit[] = [
    {
      id: randomUUID(),
      code: spec.code,
      name: spec.name,
      parentCode: null,
      headTitle: spec.headTitle,
      headLevel: spec.headLevel,
      headDegree: spec.headDegree,
      staffPositions: spec.staff,
      weight: 0,
      leaf: false,
      staffCount: 0,
    },
  ];
  const add = (unit: UnitSpec, parentCode: string) => {
    units.push({
      id: randomUUID(),
      code: unit.code,
      name: unit.name,
      parentCode,
      headTitle: unit.headTitle ?? `Kepala ${unit.name}`,
      headLevel: unit.headLevel,
      headDegree: unit.headDegree ?? spec.headDegree,
      staffPositions: unit.staff ?? spec.staff,
      weight: unit.weight ?? 1,
      leaf: true,
      staffCount: 0,
    });
    for (const child of unit.children ?? []) add(child, unit.code);
  };
  for (const unit of spec.units) add(unit, spec.code);

  const findLeaves = () => {
    const parents = new Set(units.map((unit) => unit.parentCode));
    for (const unit of units) unit.leaf = unit.parentCode !== null && !parents.has(unit.code);
    return units.filter((unit) => unit.leaf);
  };

  let staffCount: number;
  if (size === 'large') {
    staffCount = Math.round(LARGE_STAFF_PER_SIZE * spec.size * region.scale * f.number.float({ min: 0.9, max: 1.1 }));
    for (const extra of spec.extraUnits?.(staffCount) ?? []) add(extra, extra.parentCode ?? spec.code);
  } else {
    // Heads plus staff land between 15 and 25, with at least one staff member per leaf unit.
    const min = Math.max(findLeaves().length, SMALL_AGENCY_SIZE.min - units.length);
    staffCount = f.number.int({ min, max: Math.max(min, SMALL_AGENCY_SIZE.max - units.length) });
  }

  const leaves = findLeaves();
  // Every leaf gets one person first, so that every head has someone to supervise.
  for (const leaf of leaves) leaf.staffCount = 1;
  const weighted = leaves.map((leaf) => ({ value: leaf, weight: leaf.weight }));
  for (let i = leaves.length; i < staffCount; i += 1) f.helpers.weightedArrayElement(weighted).staffCount += 1;

  return {
    region,
    spec,
    agencyId: randomUUID(),
    units,
    employeeCount: units.length + Math.max(staffCount, leaves.length),
  };
}

const STRUCTURAL_FEMALE_SHARE: Record<StructuralLevel, number> = {
  SEKDA: 0.15,
  HEAD: 0.25,
  JPT: 0.25,
  CAMAT: 0.2,
  ESELON_III: 0.38,
  ESELON_IV: 0.47,
  COORDINATOR: 0.5,
};

const PNS_TMT_MONTH = [
  { value: 1, weight: 30 },
  { value: 3, weight: 18 },
  { value: 12, weight: 10 },
  { value: 2, weight: 6 },
  { value: 4, weight: 8 },
  { value: 5, weight: 4 },
  { value: 6, weight: 4 },
  { value: 7, weight: 4 },
  { value: 8, weight: 4 },
  { value: 9, weight: 4 },
  { value: 10, weight: 4 },
  { value: 11, weight: 4 },
];

interface Person {
  name: string;
  sex: PersonSex;
  birthDate: Date;
  nip: string;
  rankGrade: string;
}

interface PersonRequest {
  region: RegionSeed;
  femaleShare: number;
  degree: DegreeKey;
  /** Golongan (PNS) or grade (PPPK). */
  rank: string;
  status: 'PNS' | 'PPPK';
  education: (rank: string) => Education;
  /** Structural officials more often carry the hajj title in official documents. */
  hajjShare: number;
}

function makePerson(f: Faker, nips: NipRegistry, request: PersonRequest): Person {
  const sex: PersonSex = chance(f, request.femaleShare) ? 'FEMALE' : 'MALE';
  const group = f.helpers.weightedArrayElement(
    Object.entries(request.region.nameMix).map(([value, weight]) => ({ value: value as keyof RegionSeed['nameMix'], weight: weight ?? 0 })),
  );
  const base = personName(f, group, sex);

  // Career: entry age 22–32 (most 22–26), service at least what the rank needs.
  let entryAge = f.number.int({ min: 22, max: 26 }) + (chance(f, 0.35) ? f.number.int({ min: 0, max: 6 }) : 0);
  let appointmentYear: number;
  let appointmentMonth: number;
  if (request.status === 'PNS') {
    const minService = MIN_SERVICE_YEARS[request.rank] ?? 0;
    let service = minService + f.number.int({ min: 0, max: 12 });
    if (entryAge + service > MAX_AGE) service = Math.max(minService, MAX_AGE - entryAge);
    if (entryAge + service > MAX_AGE) entryAge = MAX_AGE - service;
    appointmentYear = LAST_APPOINTMENT_YEAR - service;
    appointmentMonth = f.helpers.weightedArrayElement(PNS_TMT_MONTH);
  } else {
    // PPPK were first appointed in large numbers from 2021; many were long-serving honorary staff.
    appointmentYear = f.number.int({ min: 2021, max: LAST_APPOINTMENT_YEAR });
    entryAge += chance(f, 0.5) ? f.number.int({ min: 0, max: 15 }) : 0;
    appointmentMonth = f.number.int({ min: 1, max: 12 });
  }
  const birthYear = appointmentYear - entryAge;
  const birthDate = new Date(Date.UTC(birthYear, 0, 1 + f.number.int({ min: 0, max: 364 })));
  const age = LAST_APPOINTMENT_YEAR - birthYear;

  const hajj = base.muslim && age >= 45 && chance(f, request.hajjShare) ? (sex === 'MALE' ? 'H.' : 'Hj.') : null;
  const name = titledName(f, base.name, { degree: request.degree, education: request.education(request.rank), hajj });
  const nip = nips.issue(f, birthDate, appointmentYear, appointmentMonth, sex);
  const rankGrade = request.status === 'PNS' ? pangkatLabel(request.rank) : request.rank;
  return { name, sex, birthDate, nip, rankGrade };
}

export function generateAgency(f: Faker, plan: AgencyPlan, nips: NipRegistry): GeneratedAgency {
  const { region, agencyId } = plan;
  const units: UnitRow[] = [];
  const employees: EmployeeRow[] = [];
  const unitIds = new Map<string, string>();
  const unitHeads = new Map<string, string>();

  for (const unit of plan.units) unitIds.set(unit.code, unit.id);
  for (const unit of plan.units) {
    units.push({
      id: unit.id,
      agencyId,
      parentId: unit.parentCode === null ? null : (unitIds.get(unit.parentCode) ?? null),
      code: unit.code,
      name: unit.name,
    });
  }

  // Heads first, parents before children, so each head's superior already exists.
  for (const unit of plan.units) {
    const level = unit.headLevel;
    const person = makePerson(f, nips, {
      region,
      femaleShare: STRUCTURAL_FEMALE_SHARE[level],
      degree: unit.headDegree,
      rank: structuralGolongan(f, level),
      status: 'PNS',
      education: () => structuralEducation(f, level),
      hajjShare: 0.3,
    });
    const id = randomUUID();
    unitHeads.set(unit.code, id);
    employees.push({
      id,
      ...person,
      status: 'PNS',
      positionTitle: unit.headTitle,
      agencyId,
      unitId: unit.id,
      // The agency head's superior (Wali Kota, Sekda) is outside the agency: none is recorded.
      superiorId: unit.parentCode === null ? null : (unitHeads.get(unit.parentCode) ?? null),
    });
  }

  const staffTotal = plan.units.reduce((sum, unit) => sum + unit.staffCount, 0);
  const pppkCount = Math.min(staffTotal, Math.round(PPPK_SHARE * (staffTotal + plan.units.length)));
  const pppk = new Set(f.helpers.arrayElements([...Array(staffTotal).keys()], pppkCount));
  let staffIndex = 0;
  for (const unit of plan.units) {
    const positions = unit.staffPositions.map((position) => ({ value: position, weight: position.weight }));
    const superiorId = unitHeads.get(unit.code) ?? null;
    for (let i = 0; i < unit.staffCount; i += 1) {
      const position = f.helpers.weightedArrayElement(positions);
      const jenjang = pickJenjang(f, position.kind);
      const status = pppk.has(staffIndex) ? 'PPPK' : 'PNS';
      staffIndex += 1;
      const person = makePerson(f, nips, {
        region,
        femaleShare: position.femaleShare ?? 0.5,
        degree: position.degree,
        rank: status === 'PNS' ? staffGolongan(f, jenjang) : pppkGrade(f, jenjang),
        status,
        education: (rank) => staffEducation(f, jenjang, rank),
        hajjShare: 0.12,
      });
      employees.push({
        id: randomUUID(),
        ...person,
        status,
        positionTitle: staffTitle(position, jenjang),
        agencyId,
        unitId: unit.id,
        superiorId,
      });
    }
  }
  return { units, employees, unitIds, unitHeads };
}
