import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useConnectionState } from '../../graphql/connection';
import { useFormat } from '../../i18n/format';

/** Figures older than this, without a live connection to vouch for them, are marked stale. */
export const STALE_AFTER_MS = 10 * 60_000;

/**
 * While the live connection is up, the server pushes every change, so what is shown is current
 * however long ago it was computed. Without it, figures are stale once they are old.
 */
export function isStale(computedAt: string, now: number, live: boolean): boolean {
  return !live && now - Date.parse(computedAt) > STALE_AFTER_MS;
}

/** The current time, ticking every `intervalMs`. */
export function useNow(intervalMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

/** "Last updated …", and a clear mark when the figures may no longer be current. */
export function LastUpdated({ computedAt }: { computedAt: string }) {
  const { t } = useTranslation();
  const { formatDateTime } = useFormat();
  const live = useConnectionState() === 'connected';
  const stale = isStale(computedAt, useNow(), live);
  return (
    <p className={stale ? 'updated updated--stale' : 'updated'} data-stale={stale}>
      <time dateTime={computedAt}>{t('metrics.lastUpdated', { time: formatDateTime(computedAt, { timeStyle: 'medium' }) })}</time>
      {stale && <strong className="stale-mark">{t('metrics.stale')}</strong>}
    </p>
  );
}
