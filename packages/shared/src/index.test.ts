import { describe, expect, it } from 'vitest';
import * as shared from './index.js';

describe('@pantau/shared entry point', () => {
  it('exposes every module', () => {
    for (const name of [
      'Role',
      'predikatFor',
      'checkDistribution',
      'DEFAULT_CURVE_RULES',
      'computeIkm',
      'computeIkmFromSums',
      'ikmGrade',
      'requiredSampleSize',
      'isSampleSufficient',
      'addWorkingDays',
      'workingDurationBetween',
      'periodsOfYear',
      'periodContaining',
      'parseNip',
      'formatNip',
      'isLocalDate',
      'perilakuFromCoreValues',
      'anonymousAverage',
      'competencyGaps',
      'recommendProgrammes',
      'meritList',
      'unitHeadHasilKerja',
    ]) {
      expect(shared).toHaveProperty(name);
    }
  });
});
