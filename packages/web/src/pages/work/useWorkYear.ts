import { useSearchParams } from 'react-router';
import { today } from './dates';

/** The performance year the work pages show: `?tahun=` when given, else the current year in WIB. */
export function useWorkYear(): number {
  const [params] = useSearchParams();
  const asked = Number(params.get('tahun'));
  return Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : Number(today().slice(0, 4));
}
