// Example queries for analysts, opened in GraphiQL (`/graphql?query=…`) with one click.

import { gql } from 'urql';

/** Real ids to fill the examples' variables with, so each opens ready to run. */
export interface Sample {
  regionId: string;
  agencyId: string | undefined;
}

export interface Example {
  key: 'regionDashboard' | 'serviceMetrics' | 'holidays' | 'regions';
  query: string;
  variables: (sample: Sample) => Record<string, unknown>;
}

export const examples: Example[] = [
  {
    key: 'regionDashboard',
    query: `# Angka utama layanan per OPD, 30 hari terakhir / Headline figures per agency, last 30 days
query RegionDashboard($regionId: ID!) {
  regionServiceDashboard(regionId: $regionId) {
    from
    to
    computedAt
    agencies {
      name
      metrics { suppressed received completed medianWorkingDays withinStandardShare openBacklog overdue }
      ikm { suppressed responses converted grade }
    }
  }
}`,
    variables: (sample) => ({ regionId: sample.regionId }),
  },
  {
    key: 'serviceMetrics',
    query: `# Waktu layanan per minggu / Service times per week
query ServiceMetrics($agencyId: ID!) {
  serviceMetrics(agencyId: $agencyId, from: "2026-01-01", to: "2026-03-31", granularity: WEEK) {
    window { received completed medianWorkingDays p90WorkingDays withinStandardShare }
    series { from to received completed medianWorkingDays withinStandardShare }
    ikm { converted grade responses sampleSufficient }
  }
}`,
    variables: (sample) => ({ agencyId: sample.agencyId }),
  },
  {
    key: 'holidays',
    query: `# Hari libur dan cuti bersama / Public holidays and collective leave
query Holidays($regionId: ID!) {
  holidays(regionId: $regionId, year: 2026) { date name collectiveLeave }
}`,
    variables: (sample) => ({ regionId: sample.regionId }),
  },
  {
    key: 'regions',
    query: `# Wilayah dan OPD, 20 per halaman / Regions and agencies, 20 per page
query Regions($after: String) {
  regions(first: 20, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      node {
        id
        name
        agencies(first: 20) {
          totalCount
          pageInfo { hasNextPage endCursor }
          edges { node { id name shortName serviceTypes { id name } } }
        }
      }
    }
  }
}`,
    variables: () => ({}),
  },
];

/** GraphiQL (served at /graphql) opens with the query and variables of its URL. */
export function graphiqlUrl(query: string, variables?: Record<string, unknown>): string {
  const params = new URLSearchParams({ query });
  if (variables && Object.keys(variables).length > 0) params.set('variables', JSON.stringify(variables, null, 2));
  return `/graphql?${params.toString().replace(/\+/g, '%20')}`;
}

/** The first region, and its first agency that delivers services. */
interface SampleData {
  regions: { edges: Array<{ node: { id: string; agencies: { edges: Array<{ node: { id: string; serviceTypes: Array<{ id: string }> } }> } } }> };
}

export const AnalystsSampleQuery = gql<SampleData>`
  query AnalystsSample {
    regions(first: 1) {
      edges { node { id agencies(first: 100) { edges { node { id serviceTypes { id } } } } } }
    }
  }
`;

export function sampleOf(data: SampleData | undefined): Sample | undefined {
  const region = data?.regions.edges[0]?.node;
  if (!region) return undefined;
  const agency = region.agencies.edges.map((edge) => edge.node).find((node) => node.serviceTypes.length > 0);
  return { regionId: region.id, agencyId: agency?.id };
}
