import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** Keys under work.problems. */
export type Problem =
  | 'required'
  | 'tooShort5'
  | 'tooShort2'
  | 'tooShort10'
  | 'tooLong'
  | 'number'
  | 'positive'
  | 'notNegative'
  | 'tooLarge'
  | 'url'
  | 'date'
  | 'future'
  | 'minutes'
  | 'parentRequired'
  | 'raters'
  | 'certificate'
  | 'fileType'
  | 'fileSize';

export type Problems<F extends string> = Partial<Record<F, Problem>>;

/**
 * The state every work form shares: values, the fields the user has left (a field is checked as
 * the user types once they have left it, so nobody is scolded for a half-typed value), and the
 * message to show on a field: our own check first, else the server's error for that field.
 */
export function useForm<V extends Record<string, string | boolean>>(initial: V, check: (values: V) => Problems<Extract<keyof V, string>>) {
  type F = Extract<keyof V, string>;
  const { t } = useTranslation();
  const [values, setValues] = useState<V>(initial);
  const [touched, setTouched] = useState<ReadonlySet<F>>(new Set());
  const problems = check(values);
  const valid = Object.keys(problems).length === 0;
  const touchAll = () => setTouched(new Set(Object.keys(initial) as F[]));
  return {
    values,
    problems,
    valid,
    set: <K extends F>(field: K, value: V[K]) => setValues((current) => ({ ...current, [field]: value })),
    touch: (field: F) => setTouched((current) => new Set(current).add(field)),
    /** A submit handler: shows every problem, and saves only when there is none. */
    submit: (save: () => Promise<unknown> | void) => (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      touchAll();
      if (valid) void save();
    },
    /** Back to the start (after a save), keeping the given values. */
    reset: (keep: Partial<V> = {}) => {
      setValues({ ...initial, ...keep });
      setTouched(new Set());
    },
    errorFor: (field: F, server: Record<string, string>): string | undefined => {
      const problem = touched.has(field) ? problems[field] : undefined;
      return problem ? t(`work.problems.${problem}`) : server[field];
    },
  };
}

/**
 * Reads a number as people write it in the current language: 1.234,5 in Indonesian (dots group
 * thousands, the comma is the decimal mark), 1,234.5 in English. NaN if it is not a number.
 */
export function parseDecimal(text: string, language: string): number {
  const [group, decimal] = language === 'en' ? [',', '.'] : ['.', ','];
  const compact = text.trim().replace(/\s/g, '');
  const pattern = new RegExp(`^-?(\\d{1,3}(\\${group}\\d{3})+|\\d+)(\\${decimal}\\d+)?$`);
  if (!pattern.test(compact)) return Number.NaN;
  return Number(compact.split(group).join('').replace(decimal, '.'));
}

/** The length rule the server's zod schemas apply, on the trimmed text. */
export function lengthProblem(text: string, min: 2 | 5 | 10, max: number): Problem | undefined {
  const length = text.trim().length;
  if (length === 0) return 'required';
  if (length < min) return `tooShort${min}`;
  if (length > max) return 'tooLong';
  return undefined;
}

/** An absolute http(s) link, the only kind the server stores. */
export function isHttpLink(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** The upload rules of the server's file store: PDF, PNG or JPEG of at most 5 MiB. */
export const UPLOAD_ACCEPT = '.pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg';
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

export function fileProblem(file: File | null): Problem | undefined {
  if (!file) return undefined;
  if (file.size > MAX_UPLOAD_BYTES) return 'fileSize';
  if (!/\.(pdf|png|jpe?g)$/i.test(file.name)) return 'fileType';
  return undefined;
}
