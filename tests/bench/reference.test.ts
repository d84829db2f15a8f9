// The TypeScript references against known values (so that a reference bug
// cannot hide a guest bug by agreeing with it).
import { describe, it, expect } from 'vitest';
import { crc32, sieve, expectedOutput } from '../../bench/reference.ts';
import { WORKLOADS } from '../../bench/workloads.ts';

const workload = (name: string) => WORKLOADS.find((w) => w.name === name)!;

describe('bench references', () => {
  it('CRC-32 gives the standard check value for "123456789"', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('the sieve counts the primes below 100 and 1000', () => {
    expect(sieve(100)).toEqual({ count: 25, sum: 1060 });
    expect(sieve(1000).count).toBe(168);
  });

  it('the syscall checksum folds in the pid', () => {
    expect(expectedOutput(workload('syscalls'), ['4'], 1)).toBe(`calls=4 checksum=${(1 * 31 + 1 + 2).toString(16)} backwards=0\n`);
    expect(expectedOutput(workload('syscalls'), ['4'], 2)).not.toBe(expectedOutput(workload('syscalls'), ['4'], 1));
  });

  it('rejects arguments it cannot interpret', () => {
    expect(() => expectedOutput(workload('compute'), ['10', 'x', '3'], 1)).toThrow(/not a non-negative integer/);
    expect(() => expectedOutput(workload('memory'), ['256'], 1)).toThrow(/takes 2 arguments/);
  });
});
