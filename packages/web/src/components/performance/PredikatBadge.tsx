import type { Predikat } from '@pantau/shared';
import { useTranslation } from 'react-i18next';
import './performance.css';

/** A predikat as a coloured label; the colour repeats the text, it never replaces it. */
export function PredikatBadge({ predikat }: { predikat: Predikat | null | undefined }) {
  const { t } = useTranslation();
  if (!predikat) return <span className="muted">{t('common.notAvailable')}</span>;
  return <span className={`badge badge--predikat-${predikat.toLowerCase().replace(/_/g, '-')}`}>{t(`performance.predikat.${predikat}`)}</span>;
}

export type SkpStatus = 'DRAFT' | 'SUBMITTED' | 'APPROVED' | 'RETURNED';

/** An SKP's status; "none" when the employee has no plan for the year yet. */
export function SkpStatusBadge({ status }: { status: SkpStatus | null | undefined }) {
  const { t } = useTranslation();
  const key = status ?? 'NONE';
  return <span className={`badge badge--skp-${key.toLowerCase()}`}>{t(`performance.skpStatus.${key}`)}</span>;
}
