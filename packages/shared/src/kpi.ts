/**
 * Achievement (capaian) of an agency's key performance indicator (IKU) against its target, as
 * SAKIP reports compute it: realisation ÷ target × 100 when higher is better, and
 * (2 − realisation ÷ target) × 100 when lower is better (a value at the target is 100 %, one
 * twice the target 0 %). Never below 0; not capped above 100, since over-achievement is reported.
 */
export const KpiDirection = { HIGHER_IS_BETTER: 'HIGHER_IS_BETTER', LOWER_IS_BETTER: 'LOWER_IS_BETTER' } as const;
export type KpiDirection = (typeof KpiDirection)[keyof typeof KpiDirection];

export function kpiAchievement(value: number, target: number, direction: KpiDirection): number {
  if (!(Number.isFinite(target) && target > 0)) throw new RangeError(`A target must be a positive number, got ${target}`);
  if (!(Number.isFinite(value) && value >= 0)) throw new RangeError(`A realised value must be a non-negative number, got ${value}`);
  const ratio = value / target;
  return Math.max(0, (direction === 'HIGHER_IS_BETTER' ? ratio : 2 - ratio) * 100);
}
