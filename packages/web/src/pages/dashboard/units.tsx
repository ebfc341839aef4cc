import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { gql } from 'urql';
import { paths } from '../../app/paths';
import { useFollowingQuery } from '../../components/metrics/live';
import { useMetricFormat } from '../../components/metrics/useMetricFormat';
import { ErrorMessage } from '../../components/QueryStatus';
import { PREDIKATS, type Predikat } from './performance';

export interface UnitRef {
  id: string;
  name: string;
}

interface UnitProgress {
  employees: number;
  approvedPercent: number;
  withoutSkp: number;
  reportersToday: number;
  skpByStatus: Array<{ status: string; count: number }>;
  predikat: Array<{ predikat: Predikat; count: number }>;
}

/** One document asking `performanceProgress` for each unit (aliases p0, p1, …), built once per set of units. */
function useUnitsProgressDocument(count: number) {
  return useMemo(() => {
    const variables = Array.from({ length: count }, (_, index) => `$u${index}: ID!`).join(', ');
    const selections = Array.from(
      { length: count },
      (_, index) =>
        `p${index}: performanceProgress(unitId: $u${index}, year: $year) { employees approvedPercent withoutSkp reportersToday skpByStatus { status count } predikat { predikat count } }`,
    ).join('\n');
    return gql<Record<string, UnitProgress>, Record<string, unknown>>(`query UnitsProgress($year: Int!, ${variables}) { ${selections} }`);
  }, [count]);
}

/**
 * Units with their SKP completion, today's reporters and predikat counts for a year: aggregates,
 * fetched again when `version` (the region's live progress) changes. Each unit links one level down.
 */
export function UnitsProgressTable({ caption, units, year, version, href }: { caption: string; units: UnitRef[]; year: number; version: string | undefined; href: (unitId: string) => string }) {
  const { t } = useTranslation();
  const format = useMetricFormat();
  const document = useUnitsProgressDocument(units.length);
  const variables = useMemo(() => ({ year, ...Object.fromEntries(units.map((unit, index) => [`u${index}`, unit.id])) }), [units, year]);
  const result = useFollowingQuery(document, variables, version, 5_000, units.length === 0);
  if (result.error && !result.data) return <ErrorMessage error={result.error} />;
  return (
    <div className="table-scroll">
      <table className="metrics-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('insight.units.unit')}</th>
            <th scope="col" className="numeric">{t('insight.skp.columns.employees')}</th>
            <th scope="col" className="numeric">{t('insight.skp.columns.approvedShare')}</th>
            <th scope="col" className="numeric">{t('insight.skp.columns.submitted')}</th>
            <th scope="col" className="numeric">{t('insight.skp.columns.withoutSkp')}</th>
            <th scope="col" className="numeric">{t('insight.units.reportersToday')}</th>
            {PREDIKATS.map((predikat) => (
              <th key={predikat} scope="col" className="numeric">{t(`insight.predikat.${predikat}`)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {units.map((unit, index) => {
            const progress = result.data?.[`p${index}`];
            const status = (name: string) => progress?.skpByStatus.find((entry) => entry.status === name)?.count;
            return (
              <tr key={unit.id}>
                <th scope="row"><Link to={href(unit.id)}>{unit.name}</Link></th>
                <td className="numeric">{format.count(progress?.employees)}</td>
                <td className="numeric">{format.share(progress && progress.employees > 0 ? progress.approvedPercent / 100 : null)}</td>
                <td className="numeric">{format.count(status('SUBMITTED'))}</td>
                <td className="numeric">{format.count(progress?.withoutSkp)}</td>
                <td className="numeric">{format.count(progress?.reportersToday)}</td>
                {PREDIKATS.map((predikat) => (
                  <td key={predikat} className="numeric">{format.count(progress?.predikat.find((entry) => entry.predikat === predikat)?.count)}</td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** The link to a unit's page, keeping the dashboard's query (period, year). */
export const unitHref = (regionId: string, agencyId: string, search: string) => (unitId: string) => `${paths.dashboardUnit(regionId, agencyId, unitId)}${search}`;
