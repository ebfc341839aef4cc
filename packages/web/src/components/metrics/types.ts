// The service figures the dashboard, wall and public pages read, as the API returns them. A null
// figure is either suppressed (too small a group to publish) or has nothing to measure yet.

export interface MetricsFigures {
  from: string;
  to: string;
  suppressed: boolean;
  received: number | null;
  completed: number | null;
  withinStandardShare: number | null;
  medianWorkingDays: number | null;
  p90WorkingDays: number | null;
  throughputPerDay: number | null;
  openBacklog: number | null;
  overdue: number | null;
}

export interface IkmFigures {
  suppressed: boolean;
  responses: number | null;
  converted: number | null;
  grade: 'A' | 'B' | 'C' | 'D' | null;
  sampleSufficient: boolean | null;
}

export interface AgencyHeadline {
  agencyId: string;
  name: string;
  shortName: string;
  metrics: MetricsFigures;
  ikm: IkmFigures;
}

export interface RegionDashboard {
  regionId: string;
  from: string;
  to: string;
  computedAt: string;
  total: MetricsFigures;
  agencies: AgencyHeadline[];
}

export interface MetricsReport {
  computedAt: string;
  window: MetricsFigures;
  series: Array<Pick<MetricsFigures, 'from' | 'to' | 'suppressed' | 'received' | 'completed' | 'withinStandardShare' | 'medianWorkingDays'>>;
  ikm: IkmFigures;
}

export const seriesFields = /* GraphQL */ `
  from
  to
  suppressed
  received
  completed
  withinStandardShare
  medianWorkingDays
`;

/** A window's figures: a period's, plus the percentile, throughput and the current backlog. */
export const metricsFields = /* GraphQL */ `
  ${seriesFields}
  p90WorkingDays
  throughputPerDay
  openBacklog
  overdue
`;

export const ikmFields = /* GraphQL */ `
  suppressed
  responses
  converted
  grade
  sampleSufficient
`;

export const regionDashboardFields = /* GraphQL */ `
  regionId
  from
  to
  computedAt
  total { ${metricsFields} }
  agencies {
    agencyId
    name
    shortName
    metrics { ${metricsFields} }
    ikm { ${ikmFields} }
  }
`;

export const reportFields = /* GraphQL */ `
  computedAt
  window { ${metricsFields} }
  series { ${seriesFields} }
  ikm { ${ikmFields} }
`;

/** Figures not known yet: every one reads "—", so the layout is in place before they arrive. */
export const unknownFigures: MetricsFigures = {
  from: '',
  to: '',
  suppressed: false,
  received: null,
  completed: null,
  withinStandardShare: null,
  medianWorkingDays: null,
  p90WorkingDays: null,
  throughputPerDay: null,
  openBacklog: null,
  overdue: null,
};

/** Of two readings of the same figures (query and subscription), the more recent one. */
export function latest<T extends { computedAt: string }>(...readings: Array<T | null | undefined>): T | undefined {
  let best: T | undefined;
  for (const reading of readings) {
    if (reading && (!best || Date.parse(reading.computedAt) > Date.parse(best.computedAt))) best = reading;
  }
  return best;
}
