// Example queries for analysts, opened in GraphiQL (`/graphql?query=…`) with one click.

export interface Example {
  key: 'regionDashboard' | 'serviceMetrics' | 'holidays' | 'regions';
  query: string;
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
  },
  {
    key: 'holidays',
    query: `# Hari libur dan cuti bersama / Public holidays and collective leave
query Holidays($regionId: ID!) {
  holidays(regionId: $regionId, year: 2026) { date name collectiveLeave }
}`,
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
  },
];

export const graphiqlUrl = (query: string) => `/graphql?query=${encodeURIComponent(query)}`;
