// A short, deterministic sample of scripts/fuzz-toolchain, and checks that the
// harness really catches what it is for: hangs, memory spikes, dead workers and
// internal errors. The long campaign's figures are in docs/FUZZING.md.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCampaign } from '../../src/fuzz/campaign.ts';
import { makeCase } from '../../src/fuzz/cases.ts';
import { formatReport } from '../../src/fuzz/report.ts';
import { classifyRun, isFailure } from '../../src/fuzz/outcome.ts';
import { CaseRunner } from '../../src/fuzz/runner.ts';
import { loadSeeds, type Seeds } from '../../src/fuzz/seeds.ts';

let seeds: Seeds;
beforeAll(() => { seeds = loadSeeds(); });

describe('fuzz sample', { timeout: 120_000 }, () => {
  it('runs 120 mutated C, assembly and ELF cases through the CLI without a failure', async () => {
    // The time budget is looser than the campaign's 2 s: this runs beside the other test files.
    const report = await runCampaign(seeds, { seed: 2024, first: 0, cases: 120, budget: { timeMs: 10_000, memoryMb: 256 } });
    expect(report.failures.map((f) => `#${f.index} ${f.outcome}: ${f.stderr.slice(0, 200)}`)).toEqual([]);
    for (const kind of ['c', 'asm', 'elf'] as const) {
      expect(report.byKind[kind].rejected, `${kind} inputs rejected`).toBeGreaterThan(5);
      expect(report.byKind[kind].accepted, `${kind} inputs accepted`).toBeGreaterThan(0);
    }
  });

  it('ends a campaign when asked, with the report so far', async () => {
    let asked = 0;
    const report = await runCampaign(seeds, {
      seed: 5, first: 0, cases: 50, kinds: ['elf'], budget: { timeMs: 10_000, memoryMb: 256 }, stopRequested: () => ++asked > 3,
    });
    expect(report.stopped).toBe(true);
    expect(report.cases).toBe(3);
    expect(formatReport(report)).toMatch(/^seed 5, cases 0\.\.: 3 run in .* \(stopped early\)\n/);
  });

  it('makes the same case from the same seed and number', () => {
    const a = makeCase(seeds, 7, 123), b = makeCase(seeds, 7, 123), c = makeCase(seeds, 7, 124);
    expect(b).toEqual(a);
    expect(c).not.toEqual(a);
  });
});

describe('fuzz runner budgets', { timeout: 60_000 }, () => {
  const runner = new CaseRunner({ timeMs: 1500, memoryMb: 64 });
  afterAll(() => runner.close());

  it('stops a case that runs past the time budget', async () => {
    // A roomy memory budget, so that nothing else in this process can end the probe first.
    const timeOnly = new CaseRunner({ timeMs: 1500, memoryMb: 2048 });
    try {
      const r = await timeOnly.probe('spin');
      expect(r.outcome).toBe('hang');
      expect(r.ms).toBeGreaterThan(1400); // timers may fire a millisecond early
    } finally {
      await timeOnly.close();
    }
  });

  it('catches a case that allocates past the memory budget', async () => {
    expect((await runner.probe('allocate')).outcome).toBe('memory');
  });

  it('catches memory outside the JavaScript heap (buffers) by sampling resident memory', async () => {
    const r = await runner.probe('buffers');
    expect(r.outcome).toBe('memory');
    expect(r.peakMb).toBeGreaterThan(64);
  });

  it('notices a worker that dies, and runs the next case in a fresh one', async () => {
    expect((await runner.probe('exit')).outcome).toBe('worker-crash');
    const next = await runner.run({ index: 0, kind: 'asm', origin: 'test', name: 't.s', data: 'mov eax, (', extra: {}, argv: ['asm', '{in}', '-o', '{out}'] });
    expect(next.outcome).toBe('rejected');
    expect(next.stderr).toMatch(/t\.s:1:\d+: error: /);
  });
});

describe('outcome classification', () => {
  it('tells diagnostics from bugs', () => {
    expect(classifyRun(0, '')).toBe('accepted');
    expect(classifyRun(1, 'x.c:1:1: error: expected expression\n')).toBe('rejected');
    expect(classifyRun(1, 'ringside: internal error: Maximum call stack size exceeded\n')).toBe('internal-error');
    expect(classifyRun(1, 'internal compiler error: boom\n')).toBe('internal-error');
    expect(classifyRun(1, 'error: assembler failed: x is not a function\n')).toBe('internal-error');
    expect(classifyRun(1, 'TypeError: x\n    at f (file.ts:1:2)\n')).toBe('stack-trace');
    expect(classifyRun(1, '')).toBe('silent-failure');
    expect(classifyRun(2, 'ringside: x\n')).toBe('bad-exit');
    expect(classifyRun(1, 'error: program is too deeply nested to compile\n')).toBe('nesting-limit');
    expect(['accepted', 'rejected', 'nesting-limit'].filter((o) => isFailure(o as never))).toEqual([]);
  });
});
