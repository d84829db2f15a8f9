import { describe, it, expect } from 'vitest';
import { median, StatsError } from '../../bench/stats.ts';

describe('median', () => {
  it('takes the middle sample, or the mean of the middle two', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('refuses an empty sample list', () => {
    expect(() => median([])).toThrow(StatsError);
  });
});
