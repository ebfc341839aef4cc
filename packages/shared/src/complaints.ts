import type { LocalDate } from './local-date.js';
import { addWorkingDays, type Holidays } from './working-time.js';

/**
 * Complaints as SP4N-LAPOR! handles them: a report is submitted, verified, dispositioned to the
 * agency concerned, answered and closed; administrators may postpone one or declare it outside
 * the region's remit. Whistle-blowing reports (WBS) follow the same flow but only designated
 * handlers see them.
 */
export const COMPLAINT_TYPES = ['ASPIRASI', 'PENGADUAN', 'PERMINTAAN_INFORMASI', 'WBS'] as const;
export type ComplaintType = (typeof COMPLAINT_TYPES)[number];

export const COMPLAINT_STATUSES = ['SUBMITTED', 'VERIFIED', 'DISPOSITIONED', 'ANSWERED', 'CLOSED', 'POSTPONED', 'NOT_OUR_REMIT'] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

export const COMPLAINT_SEVERITIES = ['LOW', 'MEDIUM', 'HIGH', 'URGENT'] as const;
export type ComplaintSeverity = (typeof COMPLAINT_SEVERITIES)[number];

/** Where a complaint may go next from each status. An answer may be reopened (dispositioned again). */
export const COMPLAINT_TRANSITIONS: Readonly<Record<ComplaintStatus, readonly ComplaintStatus[]>> = {
  SUBMITTED: ['VERIFIED', 'POSTPONED', 'NOT_OUR_REMIT'],
  VERIFIED: ['DISPOSITIONED', 'POSTPONED', 'NOT_OUR_REMIT'],
  POSTPONED: ['VERIFIED', 'DISPOSITIONED', 'NOT_OUR_REMIT'],
  DISPOSITIONED: ['ANSWERED', 'POSTPONED'],
  ANSWERED: ['CLOSED', 'DISPOSITIONED'],
  CLOSED: [],
  NOT_OUR_REMIT: [],
};

export function canMoveComplaint(from: ComplaintStatus, to: ComplaintStatus): boolean {
  return COMPLAINT_TRANSITIONS[from].includes(to);
}

export const isComplaintFinished = (status: ComplaintStatus): boolean => status === 'CLOSED' || status === 'NOT_OUR_REMIT';

/** Working days to resolve by severity: the local tiers 2, 5, 14 and 60 (verify per region; a setting). */
export const DEFAULT_COMPLAINT_DEADLINE_DAYS: Readonly<Record<ComplaintSeverity, number>> = { URGENT: 2, HIGH: 5, MEDIUM: 14, LOW: 60 };

/** The resolution deadline: `days` working days after the day of submission (which never counts). */
export function complaintDueDate(
  submittedDay: LocalDate,
  severity: ComplaintSeverity,
  holidays: Holidays,
  deadlineDays: Readonly<Record<ComplaintSeverity, number>> = DEFAULT_COMPLAINT_DEADLINE_DAYS,
): LocalDate {
  return addWorkingDays(submittedDay, deadlineDays[severity], holidays);
}

/** Overdue: not finished and its deadline has passed (the due day itself is still in time). */
export function isComplaintOverdue(status: ComplaintStatus, dueDate: LocalDate | null, today: LocalDate): boolean {
  return !isComplaintFinished(status) && status !== 'ANSWERED' && dueDate !== null && dueDate < today;
}

/** SP4N-LAPOR!: a complaint is verified within 3 working days of its submission (verify per region). */
export const DEFAULT_COMPLAINT_VERIFICATION_DAYS = 3;

/** The verification deadline: `days` working days after the day of submission (which never counts). */
export function complaintVerificationDueDate(submittedDay: LocalDate, holidays: Holidays, days: number = DEFAULT_COMPLAINT_VERIFICATION_DAYS): LocalDate {
  return addWorkingDays(submittedDay, days, holidays);
}

/**
 * Awaiting verification: submitted, or postponed before anyone verified it. Verifying,
 * dispositioning or declaring it outside the region's remit is the verification decision;
 * postponing is not, and does not stop the clock.
 */
export const isAwaitingVerification = (verifiedDay: LocalDate | null, status: ComplaintStatus): boolean =>
  verifiedDay === null && (status === 'SUBMITTED' || status === 'POSTPONED');

/** Verification overdue: still awaiting verification after its due day (the due day itself is in time). */
export function isVerificationOverdue(verifiedDay: LocalDate | null, status: ComplaintStatus, verificationDueDate: LocalDate | null, today: LocalDate): boolean {
  return isAwaitingVerification(verifiedDay, status) && verificationDueDate !== null && verificationDueDate < today;
}

/** Whether a verification decided on `verifiedDay` kept its deadline (the due day itself is in time). */
export const verifiedInTime = (verifiedDay: LocalDate, verificationDueDate: LocalDate): boolean => verifiedDay <= verificationDueDate;
