import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format';
import type { IkmFigures } from './types';

/** The indicators' number formats in the viewer's language (id-ID or en-GB); null reads "—". */
export function useMetricFormat() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    const number = (value: number, options?: Intl.NumberFormatOptions) => formatNumber(value, language, options);
    const or = (value: number | null | undefined, render: (value: number) => string) =>
      value === null || value === undefined ? t('common.notAvailable') : render(value);
    return {
      days: (value: number | null | undefined) => or(value, (v) => t('metrics.units.days', { value: number(v, { minimumFractionDigits: 1, maximumFractionDigits: 1 }) })),
      share: (value: number | null | undefined) => or(value, (v) => number(v, { style: 'percent', maximumFractionDigits: 0 })),
      count: (value: number | null | undefined) => or(value, (v) => number(v)),
      decimal: (value: number | null | undefined) => or(value, (v) => number(v, { maximumFractionDigits: 1 })),
      /** The IKM score with its grade, "80,81 (B)". */
      ikmGrade: (ikm: IkmFigures | undefined) =>
        ikm?.grade && ikm.converted !== null
          ? t('metrics.ikmWithGrade', { value: number(ikm.converted, { minimumFractionDigits: 2, maximumFractionDigits: 2 }), grade: ikm.grade })
          : t('common.notAvailable'),
    };
  }, [t, language]);
}

/** A service standard's time target, e.g. "3 hari kerja". */
export function useStandardText() {
  const { t } = useTranslation();
  return (service: { currentStandard: { targetValue: number; targetUnit: 'HOURS' | 'DAYS' } | null }) =>
    service.currentStandard
      ? t(`metrics.units.target${service.currentStandard.targetUnit}`, { value: service.currentStandard.targetValue })
      : undefined;
}
