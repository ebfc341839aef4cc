import { describe, expect, it } from 'vitest';
import { anonymousAverage, anonymousResultReleased, MIN_ANONYMOUS_RESPONSES } from './feedback.js';

describe('anonymousAverage', () => {
  it('stays hidden below three responses and shows the mean from three on', () => {
    expect(MIN_ANONYMOUS_RESPONSES).toBe(3);
    expect(anonymousAverage([])).toBeNull();
    expect(anonymousAverage([5])).toBeNull();
    expect(anonymousAverage([5, 1])).toBeNull();
    expect(anonymousAverage([5, 1, 3])).toBe(3);
    expect(anonymousAverage([4, 4, 5, 5])).toBe(4.5);
  });

  it('takes another minimum', () => {
    expect(anonymousAverage([2, 4, 3], 5)).toBeNull();
    expect(anonymousAverage([2], 1)).toBe(2);
    expect(() => anonymousAverage([2], 0)).toThrow(/positive integer/);
  });

  it('refuses scores outside 1–5', () => {
    expect(() => anonymousAverage([0, 3, 4])).toThrow(/1 to 5/);
    expect(() => anonymousAverage([6, 3, 4])).toThrow(/1 to 5/);
    expect(() => anonymousAverage([2.5, 3, 4])).toThrow(/1 to 5/);
  });
});

describe('anonymousResultReleased', () => {
  const state = { invited: 5, responded: 3, viewerResponded: false, expired: false };

  it('waits while more answers can come, so that readings cannot be differenced', () => {
    expect(anonymousResultReleased(state)).toBe(false);
    expect(anonymousResultReleased({ ...state, responded: 4 })).toBe(false);
    expect(anonymousResultReleased({ ...state, expired: true })).toBe(true);
    expect(anonymousResultReleased({ ...state, responded: 5 })).toBe(true);
  });

  it('needs three answers besides the viewer’s own', () => {
    expect(anonymousResultReleased({ ...state, responded: 2, expired: true })).toBe(false);
    expect(anonymousResultReleased({ ...state, viewerResponded: true, expired: true })).toBe(false);
    expect(anonymousResultReleased({ ...state, responded: 4, viewerResponded: true, expired: true })).toBe(true);
    expect(anonymousResultReleased({ invited: 3, responded: 3, viewerResponded: false, expired: false })).toBe(true);
  });
});
