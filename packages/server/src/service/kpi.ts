// Realised values and achievement of agency KPIs (IKU) per period: reported values for MANUAL
// indicators, and for the others the figure read from the maintained aggregates over the period
// (up to today for the running one).
import { kpiAchievement, periodsOfYear, type Period } from '@pantau/shared';
import type { Kpi, KpiTarget, KpiValue } from '../generated/prisma/client.js';
import type { Db } from './calendar.js';
import { loadIkm } from './ikm.js';
import { loadFigures, minutesToDays, todayWib } from './metrics.js';

export interface KpiPeriodFigures {
  period: Period;
  target: number | null;
  value: number | null;
  achievement: number | null;
}

type KpiWithData = Kpi & { targets: KpiTarget[]; values: KpiValue[] };

async function automaticValue(db: Db, kpi: Kpi, period: Period, today: string): Promise<number | null> {
  if (period.startDate > today) return null;
  const range = { from: period.startDate, to: period.endDate < today ? period.endDate : today };
  const filter = { agencyId: kpi.agencyId, ...(kpi.serviceTypeId ? { serviceTypeId: kpi.serviceTypeId } : {}) };
  if (kpi.source === 'IKM') return (await loadIkm(db, filter, range, 'all')).get('all')?.result?.convertedRounded ?? null;
  const figures = (await loadFigures(db, filter, range, 'all')).get('all');
  if (!figures) return null;
  if (kpi.source === 'SERVICE_WITHIN_STANDARD_SHARE') return figures.withinStandardShare === null ? null : figures.withinStandardShare * 100;
  return minutesToDays(figures.medianWorkingMinutes);
}

export async function kpiPeriods(db: Db, kpi: KpiWithData, year: number, today = todayWib()): Promise<KpiPeriodFigures[]> {
  const result: KpiPeriodFigures[] = [];
  for (const period of periodsOfYear(year, kpi.cadence)) {
    const target = kpi.targets.find((entry) => entry.period === period.code)?.target ?? null;
    const value = kpi.source === 'MANUAL' ? (kpi.values.find((entry) => entry.period === period.code)?.value ?? null) : await automaticValue(db, kpi, period, today);
    result.push({ period, target, value, achievement: target !== null && value !== null ? kpiAchievement(value, target, kpi.direction) : null });
  }
  return result;
}
