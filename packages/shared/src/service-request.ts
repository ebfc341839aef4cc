import type { LocalDate } from './local-date.js';
import { addWorkingMinutes, localDateOf, workingDurationBetween, type WorkingCalendar } from './working-time.js';

/**
 * A service request's state is derived from the set of its step events, whatever order they
 * arrive in: each step keeps its earliest instant, and the closing step decides the status
 * (completion, even if only the collection was reported, wins over rejection, which wins over
 * cancellation). Processing time runs from receipt to completion in working time.
 */
export const SERVICE_STEPS = ['RECEIVED', 'VERIFIED', 'PROCESSED', 'COMPLETED', 'COLLECTED', 'REJECTED', 'CANCELLED'] as const;
export type ServiceStep = (typeof SERVICE_STEPS)[number];
export type ServiceRequestStatus = 'OPEN' | 'COMPLETED' | 'REJECTED' | 'CANCELLED';

export type ServiceSteps = Partial<Record<ServiceStep, Date>>;

/** A version of a service standard: its target applies to requests received from `validFrom`. */
export interface StandardVersion {
  readonly validFrom: Date;
  readonly targetMinutes: number;
}

export interface FoldedServiceRequest {
  readonly status: ServiceRequestStatus;
  readonly receivedAt: Date | null;
  readonly closedAt: Date | null;
  /** Local dates (region's offset) of receipt and closing. */
  readonly receivedDay: LocalDate | null;
  readonly closedDay: LocalDate | null;
  /** Working minutes from receipt to completion, rounded to the minute; null unless completed. */
  readonly workingMinutes: number | null;
  /** Target of the standard in force at receipt; null without receipt or standard. */
  readonly targetMinutes: number | null;
  /** Local date on which the target runs out. */
  readonly dueDate: LocalDate | null;
  readonly withinStandard: boolean | null;
}

/** Adds steps, keeping the earliest instant of each step. */
export function mergeSteps(into: ServiceSteps, step: ServiceStep, at: Date): ServiceSteps {
  const current = into[step];
  return current && current <= at ? into : { ...into, [step]: at };
}

/** The standard in force at `instant`: the latest version whose validFrom is not after it. */
export function standardInForce<T extends StandardVersion>(versions: readonly T[], instant: Date): T | null {
  let found: T | null = null;
  for (const version of versions) {
    if (version.validFrom <= instant && (!found || version.validFrom > found.validFrom)) found = version;
  }
  return found;
}

export function foldServiceRequest(
  steps: ServiceSteps,
  standards: readonly StandardVersion[],
  calendar: WorkingCalendar,
): FoldedServiceRequest {
  const completedAt = steps.COMPLETED ?? steps.COLLECTED ?? null;
  const [status, closedAt]: [ServiceRequestStatus, Date | null] = completedAt
    ? ['COMPLETED', completedAt]
    : steps.REJECTED
      ? ['REJECTED', steps.REJECTED]
      : steps.CANCELLED
        ? ['CANCELLED', steps.CANCELLED]
        : ['OPEN', null];
  const receivedAt = steps.RECEIVED ?? null;
  const offset = calendar.utcOffsetMinutes;
  const target = receivedAt ? (standardInForce(standards, receivedAt)?.targetMinutes ?? null) : null;
  // A completion stamped before the receipt (clock skew at the counter) counts as zero time.
  const workingMinutes =
    status === 'COMPLETED' && receivedAt && closedAt
      ? Math.round(workingDurationBetween(receivedAt, closedAt < receivedAt ? receivedAt : closedAt, calendar).workingMinutes)
      : null;
  return {
    status,
    receivedAt,
    closedAt,
    receivedDay: receivedAt ? localDateOf(receivedAt, offset) : null,
    closedDay: closedAt ? localDateOf(closedAt, offset) : null,
    workingMinutes,
    targetMinutes: target,
    dueDate: receivedAt && target !== null ? localDateOf(addWorkingMinutes(receivedAt, target, calendar), offset) : null,
    withinStandard: workingMinutes !== null && target !== null ? workingMinutes <= target : null,
  };
}
