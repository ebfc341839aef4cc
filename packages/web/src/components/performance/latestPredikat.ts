import type { Predikat } from '@pantau/shared';

interface RatedSkp {
  annual: { predikat: Predikat } | null;
  appraisals: Array<{ predikat: Predikat | null; period: { code: string; index: number } }>;
}

/** The predikat to show for a person's SKP: the locked annual one, else the latest rated period's. */
export function latestPredikat(skp: RatedSkp | null): { predikat: Predikat; period: string | null } | null {
  if (!skp) return null;
  if (skp.annual) return { predikat: skp.annual.predikat, period: null };
  const rated = skp.appraisals.filter((appraisal) => appraisal.predikat).sort((a, b) => b.period.index - a.period.index)[0];
  return rated?.predikat ? { predikat: rated.predikat, period: rated.period.code } : null;
}
