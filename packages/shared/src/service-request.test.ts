import { describe, expect, it } from 'vitest';
import { foldServiceRequest, mergeSteps, standardInForce, type ServiceSteps } from './service-request.js';
import { toHolidaySet } from './working-time.js';

const wib = (local: string) => new Date(`${local}:00+07:00`);
// Isra Mikraj 2026 falls on Friday 16 January.
const calendar = { holidays: toHolidaySet(['2026-01-16']) };
// KTP-el: 14 working days until March 2026, 3 working days after the reform.
const standards = [
  { validFrom: wib('2025-01-01T00:00'), targetMinutes: 14 * 480 },
  { validFrom: wib('2026-03-01T00:00'), targetMinutes: 3 * 480 },
];

describe('foldServiceRequest', () => {
  it('derives a completed request with its working time and the standard in force at receipt', () => {
    const steps: ServiceSteps = {
      RECEIVED: wib('2026-01-14T10:00'),
      VERIFIED: wib('2026-01-14T11:00'),
      COMPLETED: wib('2026-01-19T12:00'),
    };
    // Wed 10:00–16:00 (6 h) + Thu 8 h + Fri holiday + weekend + Mon 08:00–12:00 (4 h) = 18 h.
    expect(foldServiceRequest(steps, standards, calendar)).toEqual({
      status: 'COMPLETED',
      receivedAt: steps.RECEIVED,
      closedAt: steps.COMPLETED,
      receivedDay: '2026-01-14',
      closedDay: '2026-01-19',
      workingMinutes: 18 * 60,
      targetMinutes: 14 * 480,
      // 112 working hours from Wed 10:00: 6 h that day, 13 full days, then 2 h on Wed 4 Feb.
      dueDate: '2026-02-04',
      withinStandard: true,
    });
  });

  it('folds the same steps to the same state whatever their order, keeping the earliest instant', () => {
    const events: Array<[keyof ServiceSteps & string, Date]> = [
      ['COMPLETED', wib('2026-03-09T09:00')],
      ['RECEIVED', wib('2026-03-02T09:00')],
      ['COMPLETED', wib('2026-03-10T09:00')],
      ['PROCESSED', wib('2026-03-04T09:00')],
    ];
    const forward = events.reduce<ServiceSteps>((steps, [step, at]) => mergeSteps(steps, step as never, at), {});
    const backward = [...events].reverse().reduce<ServiceSteps>((steps, [step, at]) => mergeSteps(steps, step as never, at), {});
    expect(forward).toEqual(backward);
    const folded = foldServiceRequest(forward, standards, calendar);
    expect(folded.workingMinutes).toBe(5 * 480);
    expect(folded.targetMinutes).toBe(3 * 480);
    expect(folded.withinStandard).toBe(false);
  });

  it('keeps a request open until a closing step, with its due date', () => {
    const folded = foldServiceRequest({ RECEIVED: wib('2026-03-06T15:00') }, standards, calendar);
    expect(folded).toMatchObject({ status: 'OPEN', closedAt: null, workingMinutes: null, dueDate: '2026-03-11', withinStandard: null });
  });

  it('ranks completion over rejection over cancellation, and counts a collection as completion', () => {
    const received = wib('2026-03-02T09:00');
    expect(foldServiceRequest({ RECEIVED: received, COLLECTED: wib('2026-03-03T09:00') }, standards, calendar).status).toBe('COMPLETED');
    expect(foldServiceRequest({ RECEIVED: received, REJECTED: wib('2026-03-03T09:00'), CANCELLED: wib('2026-03-02T10:00') }, standards, calendar)).toMatchObject({
      status: 'REJECTED',
      closedDay: '2026-03-03',
      workingMinutes: null,
    });
    expect(foldServiceRequest({ RECEIVED: received, CANCELLED: wib('2026-03-02T10:00') }, standards, calendar).status).toBe('CANCELLED');
  });

  it('waits for the receipt before it counts time, and counts a completion stamped before receipt as zero', () => {
    expect(foldServiceRequest({ COMPLETED: wib('2026-03-03T09:00') }, standards, calendar)).toMatchObject({
      status: 'COMPLETED',
      receivedDay: null,
      workingMinutes: null,
      dueDate: null,
    });
    expect(foldServiceRequest({ RECEIVED: wib('2026-03-03T09:00'), COMPLETED: wib('2026-03-03T08:00') }, standards, calendar).workingMinutes).toBe(0);
  });

  it('has no target for a request received before any standard', () => {
    expect(foldServiceRequest({ RECEIVED: wib('2024-12-31T09:00') }, standards, calendar)).toMatchObject({ targetMinutes: null, dueDate: null });
    expect(standardInForce(standards, wib('2026-02-28T23:59'))).toBe(standards[0]);
    expect(standardInForce(standards, wib('2026-03-01T00:00'))).toBe(standards[1]);
  });
});
