import type { TFunction } from 'i18next';

/** The texts for the refusals of each recruitment step, by error code. */
const MESSAGES = {
  apply: { INVALID_STATE: 'recruitment.errors.apply.INVALID_STATE', CONFLICT: 'recruitment.errors.apply.CONFLICT' },
  submit: { INVALID_STATE: 'recruitment.errors.submit.INVALID_STATE' },
  object: { INVALID_STATE: 'recruitment.errors.object.INVALID_STATE', CONFLICT: 'recruitment.errors.object.CONFLICT' },
  select: { INVALID_STATE: 'recruitment.errors.select.INVALID_STATE' },
  announce: { INVALID_STATE: 'recruitment.errors.announce.INVALID_STATE' },
  decide: { INVALID_STATE: 'recruitment.errors.decide.INVALID_STATE' },
  hire: { INVALID_STATE: 'recruitment.errors.hire.INVALID_STATE', CONFLICT: 'recruitment.errors.hire.CONFLICT' },
  orientation: { INVALID_STATE: 'recruitment.errors.orientation.INVALID_STATE' },
} as const;

export type RecruitmentStep = keyof typeof MESSAGES;
type MessageKey = { [Step in RecruitmentStep]: (typeof MESSAGES)[Step][keyof (typeof MESSAGES)[Step]] }[RecruitmentStep];

/**
 * `messageFor` for `errorsForForm`: the server refuses a workflow step with one code
 * (INVALID_STATE, CONFLICT) and an English message; the step says what it means there, in the
 * user's language. Other codes keep the general texts of `errors.codes`.
 */
export function recruitmentMessages(t: TFunction, step: RecruitmentStep): (code: string | undefined) => string | undefined {
  const keys: Partial<Record<string, MessageKey>> = MESSAGES[step];
  return (code) => {
    const key = code === undefined ? undefined : keys[code];
    return key && t(key);
  };
}
