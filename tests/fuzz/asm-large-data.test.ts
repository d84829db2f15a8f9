// Found by scripts/fuzz-toolchain: `times 16777216 db 0` built the section as an
// array of 16 million numbers (263 MB of resident memory). Repetitions now go into
// packed bytes. Checked under the fuzz harness's memory budget.
import { afterAll, describe, expect, it } from 'vitest';
import { CaseRunner } from '../../src/fuzz/runner.ts';
import type { FuzzCase } from '../../src/fuzz/cases.ts';

const runner = new CaseRunner({ timeMs: 20_000, memoryMb: 160 });
afterAll(() => runner.close());

const asmCase = (body: string): FuzzCase => ({
  index: 0, kind: 'asm', origin: 'test', name: 'big.s', extra: {},
  data: `section .text\nglobal _start\n_start:\n${body}\n  ret\n`, argv: ['asm', '{in}', '-o', '{out}'],
});

describe('asm: large times blocks', { timeout: 60_000 }, () => {
  it('assembles 16 MiB of times db 0 within the memory budget', async () => {
    const r = await runner.run(asmCase('  times 16777000 db 0'));
    expect(r.stderr).toBe('');
    expect(r.outcome).toBe('accepted');
  });

  it('assembles 16 MB of times dd $ (a body encoded per repetition) within the budget', async () => {
    // Was 860 MB of resident memory: every byte a number in a growing array.
    const r = await runner.run(asmCase('  times 4000000 dd $'));
    expect(r.stderr).toBe('');
    expect(r.outcome).toBe('accepted');
  });

  it('repeats a multi-byte body exactly', async () => {
    // 5 bytes x 3 fit; the section limit is still enforced past 16 MiB.
    expect((await runner.run(asmCase('  times 3 db 1, 2, 3, 4, 5'))).outcome).toBe('accepted');
    const over = await runner.run(asmCase('  times 0x7fffffff db 0'));
    expect(over.outcome).toBe('rejected');
    expect(over.stderr).toMatch(/section '\.text' would grow to \d+ bytes \(limit 16777216\)/);
  });
});
