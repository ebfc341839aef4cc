import { describe, expect, it } from 'vitest';
import {
  canMoveComplaint,
  COMPLAINT_STATUSES,
  complaintDueDate,
  complaintVerificationDueDate,
  isComplaintOverdue,
  isVerificationOverdue,
  verifiedInTime,
} from './complaints.js';
import { toHolidaySet } from './working-time.js';

// Idul Fitri 1447 H with collective leave: 20–24 March 2026 (weekend included).
const LEBARAN = toHolidaySet(['2026-03-18', '2026-03-19', '2026-03-20', '2026-03-23', '2026-03-24']);

describe('complaint lifecycle', () => {
  it('follows submitted → verified → dispositioned → answered → closed', () => {
    expect(canMoveComplaint('SUBMITTED', 'VERIFIED')).toBe(true);
    expect(canMoveComplaint('VERIFIED', 'DISPOSITIONED')).toBe(true);
    expect(canMoveComplaint('DISPOSITIONED', 'ANSWERED')).toBe(true);
    expect(canMoveComplaint('ANSWERED', 'CLOSED')).toBe(true);
    expect(canMoveComplaint('ANSWERED', 'DISPOSITIONED')).toBe(true);
  });

  it('refuses skipping steps and leaving a finished complaint', () => {
    expect(canMoveComplaint('SUBMITTED', 'ANSWERED')).toBe(false);
    expect(canMoveComplaint('SUBMITTED', 'CLOSED')).toBe(false);
    for (const to of COMPLAINT_STATUSES) {
      expect(canMoveComplaint('CLOSED', to)).toBe(false);
      expect(canMoveComplaint('NOT_OUR_REMIT', to)).toBe(false);
    }
  });
});

describe('complaint deadlines', () => {
  it('counts working days by severity, skipping weekends and holidays', () => {
    // Submitted Friday 13 March 2026.
    expect(complaintDueDate('2026-03-13', 'URGENT', LEBARAN)).toBe('2026-03-17');
    // HIGH, 5 working days: Mon 16, Tue 17, then Lebaran until Wed 25, Thu 26, Fri 27.
    expect(complaintDueDate('2026-03-13', 'HIGH', LEBARAN)).toBe('2026-03-27');
    // MEDIUM, 14: the five above, then 30 March – 3 April and 6 – 9 April.
    expect(complaintDueDate('2026-03-13', 'MEDIUM', LEBARAN)).toBe('2026-04-09');
    expect(complaintDueDate('2026-03-13', 'LOW', LEBARAN, { URGENT: 1, HIGH: 3, MEDIUM: 7, LOW: 30 })).toBe('2026-05-01');
  });

  it('flags open complaints past their due day as overdue', () => {
    expect(isComplaintOverdue('DISPOSITIONED', '2026-03-17', '2026-03-17')).toBe(false);
    expect(isComplaintOverdue('DISPOSITIONED', '2026-03-17', '2026-03-18')).toBe(true);
    expect(isComplaintOverdue('ANSWERED', '2026-03-17', '2026-03-18')).toBe(false);
    expect(isComplaintOverdue('CLOSED', '2026-03-17', '2026-03-18')).toBe(false);
    expect(isComplaintOverdue('SUBMITTED', null, '2026-03-18')).toBe(false);
  });
});

describe('complaint verification sub-deadline (3 working days)', () => {
  it('counts three working days after submission, skipping weekends and holidays', () => {
    // Submitted Wednesday 11 March 2026: Thu 12, Fri 13, Mon 16.
    expect(complaintVerificationDueDate('2026-03-11', LEBARAN)).toBe('2026-03-16');
    // Submitted Monday 16 March: Tue 17, then Lebaran until Wed 25, Thu 26.
    expect(complaintVerificationDueDate('2026-03-16', LEBARAN)).toBe('2026-03-26');
    // Submitted on a Saturday: the day of submission never counts, Mon–Wed do.
    expect(complaintVerificationDueDate('2026-03-07', LEBARAN)).toBe('2026-03-11');
    expect(complaintVerificationDueDate('2026-03-11', LEBARAN, 1)).toBe('2026-03-12');
  });

  it('flags a complaint still awaiting verification (submitted or postponed) after its due day', () => {
    expect(isVerificationOverdue(null, 'SUBMITTED', '2026-03-16', '2026-03-16')).toBe(false);
    expect(isVerificationOverdue(null, 'SUBMITTED', '2026-03-16', '2026-03-17')).toBe(true);
    expect(isVerificationOverdue(null, 'POSTPONED', '2026-03-16', '2026-03-17')).toBe(true);
    expect(isVerificationOverdue(null, 'NOT_OUR_REMIT', '2026-03-16', '2026-03-17')).toBe(false);
    expect(isVerificationOverdue(null, 'DISPOSITIONED', '2026-03-16', '2026-03-17')).toBe(false);
    expect(isVerificationOverdue('2026-03-18', 'VERIFIED', '2026-03-16', '2026-03-20')).toBe(false);
    expect(isVerificationOverdue(null, 'SUBMITTED', null, '2026-03-20')).toBe(false);
  });

  it('tells a verification in time from a late one', () => {
    expect(verifiedInTime('2026-03-16', '2026-03-16')).toBe(true);
    expect(verifiedInTime('2026-03-17', '2026-03-16')).toBe(false);
  });
});
