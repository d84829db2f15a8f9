// A short, fixed-seed sample of the kernel fuzzer (scripts/fuzz-kernel runs
// the long campaigns): random ring-3 programs leave the kernel as it was.
import { describe, it, expect } from 'vitest';
import { fuzzKernel } from '../../src/fuzz-kernel/fuzz-kernel.ts';

describe('kernel fuzzing, a sample', () => {
  it('40 random programs: no breach, every one accounted for, the shell answers', () => {
    const r = fuzzKernel({ seed: 4242, programs: 40, perBoot: 40 });
    expect(r.breaches).toEqual([]);
    expect(r.programs).toBe(40);
    expect(Object.values(r.outcomes).reduce((a, b) => a + b, 0)).toBe(40);
    // The streams do reach the kernel's defences, not just one of them.
    expect(Object.keys(r.outcomes).length).toBeGreaterThanOrEqual(4);
  }, 120_000);

  it('the same checks catch a kernel without privilege separation (ring0)', () => {
    const r = fuzzKernel({ seed: 4242, programs: 5, perBoot: 5, kernelOpts: 'ring0' });
    expect(r.breaches.map((b) => b.what)).toContain('the machine stopped: triple-fault');
    expect(r.breaches[0]!.seed).toBe(4244);
  }, 120_000);
});
