// The profiling helpers behind docs/PERFORMANCE.md.
import { describe, it, expect } from 'vitest';
import { selfTimes, ProfileError } from '../../bench/profile-summary.ts';
import { countOpcodes } from '../../bench/opcode-mix.ts';
import { instructionHook } from '../../src/cpu/dispatch.ts';
import { buildBundledKernel } from '../../src/build/bundle.ts';
import { buildWorkload } from '../../bench/build-workload.ts';
import { runGuest } from '../../bench/run-guest.ts';
import { selectWorkloads } from '../../bench/workloads.ts';

describe('selfTimes', () => {
  it('adds up sample time per function, largest first', () => {
    const frame = (functionName: string) => ({ functionName, url: '', lineNumber: 0 });
    const profile = {
      nodes: [{ id: 1, callFrame: frame('(root)') }, { id: 2, callFrame: frame('hot') }, { id: 3, callFrame: frame('cold') }],
      samples: [2, 3, 2, 2],
      timeDeltas: [100, 100, 100, 700],
    };
    const t = selfTimes(profile);
    expect(t.map((x) => x.name)).toEqual(['hot', 'cold']);
    expect(t[0]!.share).toBeCloseTo(0.9);
    expect(t[0]!.milliseconds).toBeCloseTo(0.9);
  });

  it('refuses something that is not a CPU profile', () => {
    expect(() => selfTimes({ nodes: [] } as never)).toThrow(ProfileError);
  });
});

describe('countOpcodes', () => {
  it('counts the syscall loop\'s INT 0x80s and removes its hook', () => {
    const w = selectWorkloads('syscalls')[0]!;
    const kernel = buildBundledKernel();
    const mix = countOpcodes((gate) => {
      gate.counting = false;
      runGuest(kernel, buildWorkload(w), ['40'], undefined, { onRunning: (on) => (gate.counting = on) });
    });
    expect(instructionHook()).toBe(null);
    const int = mix.find((m) => m.opcode === 'CD');
    // Counted while the workload has the CPU: its 40 calls + printf + exit, and
    // none of init's and sh's (nor the kernel's: it uses no INT).
    expect(int?.count).toBe(42);
    expect(mix[0]!.count).toBeGreaterThanOrEqual(mix[mix.length - 1]!.count);
  });
});
