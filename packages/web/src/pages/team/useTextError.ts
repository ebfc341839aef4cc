import { useTranslation } from 'react-i18next';
import { textProblem } from './validation';

/**
 * The message for a text input's problem, shown once the user has typed in it, left it, or tried
 * to submit; otherwise the server's own message for that field, if any.
 */
export function useTextError() {
  const { t } = useTranslation();
  return (value: string, limit: { min: number; max: number }, shown: boolean, server?: string): string | undefined => {
    const problem = textProblem(value, Math.max(limit.min, 1), limit.max);
    if (problem && (shown || value !== '')) return t(`team.problems.${problem}`, { min: limit.min, max: limit.max });
    return server;
  };
}
