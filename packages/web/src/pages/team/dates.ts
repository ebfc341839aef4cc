import { localDateOf } from '@pantau/shared';
import { useSearchParams } from 'react-router';

/** Today's calendar day in WIB, where every demo region is. */
export function today(): string {
  return localDateOf(new Date());
}

/** A YYYY-MM-DD day moved by whole days. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The Monday of the week a day falls in (Indonesian offices work Monday to Friday). */
export function mondayOf(day: string): string {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return addDays(day, -((weekday + 6) % 7));
}

/**
 * The performance year a team page shows: `?tahun=` in the URL, else the current year moved by
 * `defaultOffset` (the calibration looks back at the last finished year).
 */
export function useYear(defaultOffset = 0): [number, (year: number) => void] {
  const [params, setParams] = useSearchParams();
  const fromUrl = Number(params.get('tahun'));
  const year = Number.isInteger(fromUrl) && fromUrl >= 2000 && fromUrl <= 2100 ? fromUrl : Number(today().slice(0, 4)) + defaultOffset;
  const setYear = (next: number) =>
    setParams((current) => {
      const copy = new URLSearchParams(current);
      copy.set('tahun', String(next));
      return copy;
    });
  return [year, setYear];
}
