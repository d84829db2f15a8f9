// Every workload, at its small size, runs under the real kernel and prints
// exactly what the TypeScript reference computes. No timing is asserted.
import { describe, it, expect, beforeAll } from 'vitest';
import { buildBundledKernel } from '../../src/build/bundle.ts';
import { buildWorkload } from '../../bench/build-workload.ts';
import { expectedOutput } from '../../bench/reference.ts';
import { runGuest, GuestRunError } from '../../bench/run-guest.ts';
import { runBenchmarks, BenchOptionsError } from '../../bench/benchmark.ts';
import { selectWorkloads, UnknownWorkloadError, WORKLOADS } from '../../bench/workloads.ts';

let kernel: Uint8Array;
beforeAll(() => {
  kernel = buildBundledKernel();
});

describe('bench workloads under the kernel', () => {
  for (const w of WORKLOADS) {
    it(`${w.name} prints the reference checksum`, () => {
      const run = runGuest(kernel, buildWorkload(w), w.args.small);
      expect(run.output.replace(/\r\n/g, '\n')).toBe(expectedOutput(w, w.args.small, run.pid));
      expect(run.instructions).toBeGreaterThan(0);
      expect(run.totalInstructions).toBeGreaterThan(run.instructions);
    });
  }

  it('the syscall loop makes one syscall per call, plus printf and exit', () => {
    const w = selectWorkloads('syscalls')[0]!;
    const run = runGuest(kernel, buildWorkload(w), ['50']);
    expect(run.syscalls).toBe(52);
  });

  it('a program that fails its own checks is reported with its output', () => {
    const w = selectWorkloads('compute')[0]!;
    expect(() => runGuest(kernel, buildWorkload(w), ['5'])).toThrow(GuestRunError);
    expect(() => runGuest(kernel, buildWorkload(w), ['5'])).toThrow(/status 2[\s\S]*usage: compute/);
  });

  it('the instruction count does not depend on the run (the machine is deterministic)', () => {
    const w = selectWorkloads('memory')[0]!;
    const a = runGuest(kernel, buildWorkload(w), w.args.small);
    const b = runGuest(kernel, buildWorkload(w), w.args.small);
    expect(b.instructions).toBe(a.instructions);
  });

  it('executes the same instructions with compiled blocks and on the interpreter', () => {
    const w = WORKLOADS.find((x) => x.name === 'compute')!;
    const compiled = runGuest(kernel, buildWorkload(w), w.args.small, undefined, { compiled: true });
    const interpreted = runGuest(kernel, buildWorkload(w), w.args.small, undefined, { compiled: false });
    expect([compiled.instructions, compiled.totalInstructions, compiled.output])
      .toEqual([interpreted.instructions, interpreted.totalInstructions, interpreted.output]);
  });
});

describe('runBenchmarks', () => {
  it('reports one result per workload with the documented fields', () => {
    const report = runBenchmarks({ runs: 2, warmup: 0, size: 'small', kernel });
    expect(report.benchmarks.map((b) => b.name)).toEqual(WORKLOADS.map((w) => w.name));
    for (const b of report.benchmarks) {
      expect(b.instructions).toBeGreaterThan(0);
      expect(b.samples).toHaveLength(2);
      expect(b.seconds).toBeGreaterThan(0);
      expect(b.mips).toBeCloseTo(b.instructions / b.seconds / 1e6, 6);
      expect(b.checksum).toMatch(/^[0-9a-f]+$/);
      expect(b.interpreter?.samples).toHaveLength(2);
    }
    const sys = report.benchmarks.find((b) => b.name === 'syscalls')!;
    expect(sys.syscalls).toBe(202);
    expect(sys.syscallsPerSecond).toBeCloseTo(202 / sys.seconds, 6);
    expect(sys.instructionsPerSyscall).toBeCloseTo(sys.instructions / 202, 6);
    expect(report.benchmarks.find((b) => b.name === 'compute')!.syscalls).toBeUndefined();
  });

  it('rejects bad options with clear messages', () => {
    expect(() => runBenchmarks({ runs: 0, kernel })).toThrow(BenchOptionsError);
    expect(() => runBenchmarks({ runs: 1.5, kernel })).toThrow(/integer of at least 1/);
    expect(() => runBenchmarks({ only: 'nope', kernel })).toThrow(UnknownWorkloadError);
    expect(() => runBenchmarks({ only: 'nope', kernel })).toThrow(/compute, memory, syscalls/);
  });
});

describe('runGuest on a program that never ends', () => {
  it('reports the kernel killing it at the time limit', async () => {
    const { buildBundledPrograms } = await import('../../src/build/bundle.ts');
    const spin = buildBundledPrograms().programs.find((p) => p.name === 'spin');
    expect(spin, 'the bundled spin program').toBeDefined();
    expect(() => runGuest(kernel, { name: 'spin', elf: spin!.elf }, [], 0.05)).toThrow(/spin: the program was killed: RS kill .*time limit/);
  });
});

describe('the QEMU side of --vs-qemu', () => {
  it('boots the workload with the same modules as ringside, init and sh included', async () => {
    const { qemuPlan } = await import('../../bench/qemu.ts');
    const w = selectWorkloads('compute')[0]!;
    const plan = qemuPlan(buildWorkload(w), w.args.small, 60);
    const names = plan.modules.map((m) => m.string.split(' ')[0]);
    expect(names[0]).toBe('compute');
    expect(names).toEqual(expect.arrayContaining(['init', 'sh']));
    expect(plan.cmdline).toBe(`limit=60 -- run compute ${w.args.small.join(' ')}`);
  });
});
