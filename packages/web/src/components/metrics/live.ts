import { useEffect, useMemo, useRef } from 'react';
import { gql, useQuery, useSubscription, type AnyVariables, type DocumentInput } from 'urql';
import { latest, regionDashboardFields, reportFields, type MetricsReport, type RegionDashboard } from './types';

const RegionDashboardQuery = gql<{ region: { id: string; name: string } | null; regionServiceDashboard: RegionDashboard }, { regionId: string }>`
  query RegionDashboard($regionId: ID!) {
    region(id: $regionId) { id name }
    regionServiceDashboard(regionId: $regionId) { ${regionDashboardFields} }
  }
`;

const RegionDashboardSubscription = gql<{ regionDashboard: RegionDashboard }, { regionId: string }>`
  subscription RegionDashboardLive($regionId: ID!) {
    regionDashboard(regionId: $regionId) { ${regionDashboardFields} }
  }
`;

const MetricsSubscription = gql<{ serviceMetrics: MetricsReport }, { agencyId: string; serviceTypeId: string | null }>`
  subscription ServiceMetricsLive($agencyId: ID!, $serviceTypeId: ID) {
    serviceMetrics(agencyId: $agencyId, serviceTypeId: $serviceTypeId) { ${reportFields} }
  }
`;

/**
 * A region's headline figures (last 30 days): the query paints at once, the subscription keeps
 * them current; whichever reading is newer is shown.
 */
export function useLiveRegionDashboard(regionId: string) {
  const [query, refetch] = useQuery({ query: RegionDashboardQuery, variables: { regionId } });
  const [live] = useSubscription({ query: RegionDashboardSubscription, variables: { regionId } });
  return {
    region: query.data?.region,
    dashboard: latest(query.data?.regionServiceDashboard, live.data?.regionDashboard),
    fetching: query.fetching,
    error: query.data ? undefined : query.error,
    retry: () => refetch({ requestPolicy: 'network-only' }),
  };
}

/** An agency's (or one service's) live figures over the last 30 days. */
export function useLiveMetrics(agencyId: string, serviceTypeId: string | null, pause = false) {
  const [live] = useSubscription({ query: MetricsSubscription, variables: { agencyId, serviceTypeId }, pause });
  return live.data?.serviceMetrics;
}

/**
 * A query refetched (from the network) whenever `version` changes, at most every `minGapMs`:
 * period figures that the live subscriptions do not carry follow them without flooding the server.
 */
export function useFollowingQuery<Data, Variables extends AnyVariables>(
  query: DocumentInput<Data, Variables>,
  variables: Variables,
  version: string | undefined,
  minGapMs = 5_000,
  pause = false,
) {
  const [result, reexecute] = useQuery<Data, Variables>({ query, variables, pause });
  const lastRun = useRef(0);
  const firstVersion = useRef(version);
  useEffect(() => {
    if (version === undefined || version === firstVersion.current) return;
    const wait = Math.max(0, lastRun.current + minGapMs - Date.now());
    const timer = setTimeout(() => {
      lastRun.current = Date.now();
      reexecute({ requestPolicy: 'network-only' });
    }, wait);
    return () => clearTimeout(timer);
  }, [version, minGapMs, reexecute]);
  return result;
}

/** A document asking `serviceMetrics` once per key (aliases k0, k1, …), built once per set of keys. */
export function useBatchedMetricsDocument(count: number, fields: string, withService: boolean) {
  return useMemo(() => {
    const variables = Array.from({ length: count }, (_, index) =>
      `$a${index}: ID!${withService ? `, $s${index}: ID` : ''}`,
    ).join(', ');
    const selections = Array.from(
      { length: count },
      (_, index) =>
        `k${index}: serviceMetrics(agencyId: $a${index}${withService ? `, serviceTypeId: $s${index}` : ''}, from: $from, to: $to, granularity: $granularity) { ${fields} }`,
    ).join('\n');
    return gql<Record<string, MetricsReport>>(
      `query BatchedMetrics($from: String, $to: String, $granularity: MetricsGranularity${count ? `, ${variables}` : ''}) { ${count ? selections : '__typename'} }`,
    );
  }, [count, fields, withService]);
}
