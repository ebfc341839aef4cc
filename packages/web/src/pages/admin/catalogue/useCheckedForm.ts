import { useState } from 'react';

/**
 * A form's text values checked as the user types: a field shows its problem once the user has
 * left it (nobody is scolded for half-typed input), else the server's error for it.
 */
export function useCheckedForm<V extends { [K in keyof V]: string }, P extends string>(
  initial: V,
  problemsOf: (values: V) => Partial<Record<keyof V, P>>,
  server: Record<string, string>,
  describe: (problem: P) => string,
) {
  const [values, setValues] = useState(initial);
  const [touched, setTouched] = useState<Set<keyof V>>(new Set());
  const problems = problemsOf(values);
  return {
    values,
    problems,
    /** Shows every field's problem (on submit). */
    touchAll: (fields: ReadonlyArray<keyof V>) => setTouched(new Set(fields)),
    reset: () => {
      setValues(initial);
      setTouched(new Set());
    },
    errorFor: (field: keyof V & string): string | undefined => {
      const problem = touched.has(field) ? problems[field] : undefined;
      return problem ? describe(problem) : server[field];
    },
    control: (field: keyof V & string) => ({
      name: field,
      value: values[field],
      onChange: (event: { target: { value: string } }) => setValues((current) => ({ ...current, [field]: event.target.value })),
      onBlur: () => setTouched((current) => new Set(current).add(field)),
    }),
  };
}

export type CheckedForm<V extends { [K in keyof V]: string }> = ReturnType<typeof useCheckedForm<V, string>>;
