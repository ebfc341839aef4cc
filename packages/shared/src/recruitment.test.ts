import { describe, expect, it } from 'vitest';
import { ageOn, DEFAULT_SKD_THRESHOLDS, DEFAULT_STAGE_WEIGHTS, finalScore, isValidSkd, isValidWeights, meetsEducation, passesSkd, rankApplicants, type ScoreSheet } from './recruitment.js';

const T = DEFAULT_SKD_THRESHOLDS;
const W = DEFAULT_STAGE_WEIGHTS;
const day = (n: number) => new Date(Date.UTC(2026, 0, n));
const sheet = (id: string, twk: number, tiu: number, tkp: number, interview: number | null, submitted = 1): ScoreSheet => ({ id, skd: { twk, tiu, tkp }, interview, submittedAt: day(submitted) });

describe('SKD', () => {
  it('passes only when every sub-test meets its threshold, exactly at the threshold included', () => {
    expect(passesSkd({ twk: 65, tiu: 80, tkp: 166 }, T)).toBe(true);
    expect(passesSkd({ twk: 64, tiu: 175, tkp: 225 }, T)).toBe(false);
    expect(passesSkd({ twk: 150, tiu: 79, tkp: 225 }, T)).toBe(false);
    expect(passesSkd({ twk: 150, tiu: 175, tkp: 165 }, T)).toBe(false);
  });
  it('accepts only whole scores within each sub-test’s maximum', () => {
    expect(isValidSkd({ twk: 150, tiu: 175, tkp: 225 })).toBe(true);
    expect(isValidSkd({ twk: 0, tiu: 0, tkp: 0 })).toBe(true);
    expect(isValidSkd({ twk: 151, tiu: 0, tkp: 0 })).toBe(false);
    expect(isValidSkd({ twk: -1, tiu: 0, tkp: 0 })).toBe(false);
    expect(isValidSkd({ twk: 1.5, tiu: 0, tkp: 0 })).toBe(false);
  });
  it('weights must be whole, non-negative and sum to 100', () => {
    expect(isValidWeights({ skd: 40, interview: 60 })).toBe(true);
    expect(isValidWeights({ skd: 100, interview: 0 })).toBe(true);
    expect(isValidWeights({ skd: 50, interview: 60 })).toBe(false);
    expect(isValidWeights({ skd: -10, interview: 110 })).toBe(false);
  });
  it('scales the SKD to 100 and weighs it with the interview', () => {
    expect(finalScore({ twk: 150, tiu: 175, tkp: 225 }, 100, W)).toBe(100);
    expect(finalScore({ twk: 0, tiu: 0, tkp: 0 }, 0, W)).toBe(0);
    // 385/550 = 70 → 28 + 0.6 × 80 = 76
    expect(finalScore({ twk: 100, tiu: 110, tkp: 175 }, 80, W)).toBe(76);
  });
});

describe('ranking', () => {
  it('ranks by final score and leaves out the SKD failures and the not yet interviewed', () => {
    const ranked = rankApplicants([sheet('a', 100, 110, 175, 70), sheet('b', 100, 110, 175, 90), sheet('fail', 60, 175, 225, 100), sheet('wait', 100, 110, 175, null), { id: 'none', skd: null, interview: null, submittedAt: day(1) }], T, W, 1);
    const byId = Object.fromEntries(ranked.map((row) => [row.id, row]));
    expect(byId.b).toMatchObject({ rank: 1, withinPositions: true, passedSkd: true });
    expect(byId.a).toMatchObject({ rank: 2, withinPositions: false });
    expect(byId.fail).toMatchObject({ rank: null, passedSkd: false, finalScore: null });
    expect(byId.wait).toMatchObject({ rank: null, passedSkd: true, finalScore: null });
    expect(byId.none).toMatchObject({ rank: null, passedSkd: false });
  });
  it('breaks ties by TKP, then TIU, then TWK, then the earlier application, then the id', () => {
    // Same SKD total (385) and interview: the final scores tie.
    const tkp = rankApplicants([sheet('low', 100, 110, 175, 80), sheet('high', 100, 109, 176, 80)], T, W, 5);
    expect(tkp.find((row) => row.id === 'high')!.rank).toBe(1);
    const tiu = rankApplicants([sheet('low', 101, 109, 175, 80), sheet('high', 100, 110, 175, 80)], T, W, 5);
    expect(tiu.find((row) => row.id === 'high')!.rank).toBe(1);
    // TWK can differ only if another sub-test differs too, with the same total: covered by TKP/TIU.
    const twk = rankApplicants([sheet('x', 100, 110, 175, 80), sheet('y', 100, 110, 175, 80)], T, W, 5);
    expect(twk.map((row) => row.rank)).toEqual([1, 2]);
    const earlier = rankApplicants([sheet('late', 100, 110, 175, 80, 5), sheet('early', 100, 110, 175, 80, 2)], T, W, 5);
    expect(earlier.find((row) => row.id === 'early')!.rank).toBe(1);
  });
  it('uses TWK when TKP and TIU tie but the final scores tie through the interview', () => {
    // 100+110+175 = 385 with interview 80 vs 105+110+175 = 390 with an interview lower by exactly the SKD difference.
    const a = sheet('a', 105, 110, 175, 80 - (5 / 550) * 100 * (40 / 60));
    const b = sheet('b', 100, 110, 175, 80);
    const ranked = rankApplicants([b, a], T, W, 5);
    expect(ranked.find((row) => row.id === 'a')!.finalScore).toBe(ranked.find((row) => row.id === 'b')!.finalScore);
    expect(ranked.find((row) => row.id === 'a')!.rank).toBe(1);
  });
});

describe('eligibility', () => {
  it('counts age in whole years on a day', () => {
    expect(ageOn('2000-05-10', '2026-05-09')).toBe(25);
    expect(ageOn('2000-05-10', '2026-05-10')).toBe(26);
    expect(ageOn('2000-12-31', '2026-01-01')).toBe(25);
  });
  it('accepts the required education level and above', () => {
    expect(meetsEducation('S1', 'S1')).toBe(true);
    expect(meetsEducation('S2', 'D3')).toBe(true);
    expect(meetsEducation('D3', 'S1')).toBe(false);
  });
});
