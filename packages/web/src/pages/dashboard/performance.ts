import { useSearchParams } from 'react-router';
import { gql, useQuery, useSubscription } from 'urql';
import { lastDaysRange } from './period';
import { latest } from '../../components/metrics/types';

export const PREDIKATS = ['SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'] as const;
export type Predikat = (typeof PREDIKATS)[number];

export interface AgencyProgress {
  agencyId: string;
  name: string;
  shortName: string;
  employees: number;
  approvedShare: number | null;
  skpByStatus: Array<{ status: 'DRAFT' | 'SUBMITTED' | 'RETURNED' | 'APPROVED'; count: number }>;
  predikat: Array<{ predikat: Predikat; count: number }>;
}

export interface RegionProgress {
  year: number;
  computedAt: string;
  agencies: AgencyProgress[];
}

const fields = /* GraphQL */ `
  year
  computedAt
  agencies { agencyId name shortName employees approvedShare skpByStatus { status count } predikat { predikat count } }
`;

const RegionProgressQuery = gql<{ regionPerformanceProgress: RegionProgress }, { regionId: string; year: number }>`
  query RegionProgress($regionId: ID!, $year: Int) { regionPerformanceProgress(regionId: $regionId, year: $year) { ${fields} } }
`;

const RegionProgressSubscription = gql<{ regionPerformanceProgress: RegionProgress }, { regionId: string; year: number }>`
  subscription RegionProgressLive($regionId: ID!, $year: Int) { regionPerformanceProgress(regionId: $regionId, year: $year) { ${fields} } }
`;

/** The performance year shown: `?tahun=` when it is one of the last three, else the current one (WIB). */
export function useProgressYear() {
  const [params, setParams] = useSearchParams();
  const current = Number(lastDaysRange(1).to.slice(0, 4));
  const years = [current, current - 1, current - 2];
  const year = years.find((candidate) => String(candidate) === params.get('tahun')) ?? current;
  const choose = (next: number) =>
    setParams(
      (previous) => {
        const updated = new URLSearchParams(previous);
        if (next === current) updated.delete('tahun');
        else updated.set('tahun', String(next));
        return updated;
      },
      { replace: true },
    );
  return { year, years, choose };
}

/** Each agency's SKP completion and predikat counts for a year, kept current live. */
export function useRegionProgress(regionId: string, year: number) {
  const [query] = useQuery({ query: RegionProgressQuery, variables: { regionId, year } });
  const [live] = useSubscription({ query: RegionProgressSubscription, variables: { regionId, year } });
  const readings = [query.data?.regionPerformanceProgress, live.data?.regionPerformanceProgress].filter((reading) => reading?.year === year);
  return {
    progress: latest(...readings),
    error: query.data ? undefined : query.error,
  };
}

export const statusCount = (row: AgencyProgress, status: AgencyProgress['skpByStatus'][number]['status']) =>
  row.skpByStatus.find((entry) => entry.status === status)?.count ?? 0;

/** Employees without any SKP for the year. */
export const withoutSkp = (row: AgencyProgress) => row.employees - row.skpByStatus.reduce((sum, entry) => sum + entry.count, 0);

/** SKPs with a rating so far. */
export const rated = (row: AgencyProgress) => row.predikat.reduce((sum, entry) => sum + entry.count, 0);
