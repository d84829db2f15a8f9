// Found by scripts/fuzz-toolchain (seed 1, cases 24943 and 51790): 135,000- and
// 286,000-line mutated files with an error on every second or third line took
// over 2 s. Every bad line was read, laid out in every pass and its error thrown
// again in each; for diagnostics of which 100 are shown. The assembler now stops
// at 10,000 errors (parsing; in the first layout pass, errors no symbol's value
// can change; in later passes, any), and encoding errors are returned, not thrown.
import { describe, expect, it } from 'vitest';
import { AsmError, assemble, type AssembleStats } from '../../src/isa/assembler.ts';
import { MAX_DIAGNOSTICS, MAX_PROBLEMS } from '../../src/isa/problems.ts';

function diagnosticsOf(text: string, stats: AssembleStats): string[] {
  try {
    assemble([{ name: 'bad.s', text }], { base: 0x40000000 }, stats);
  } catch (e) {
    if (e instanceof AsmError) return e.diagnostics;
    throw e;
  }
  return [];
}

const STOPPED = `bad.s: error: too many errors: stopped after ${MAX_PROBLEMS.toLocaleString('en-US')}, the first ${MAX_DIAGNOSTICS} are shown`;

describe('the assembler\'s error limit', { timeout: 30_000 }, () => {
  it('stops reading a file at the limit of syntax errors, before any layout', () => {
    const lines = ['section .text', 'global _start', '_start:'];
    for (let i = 0; i < 3 * MAX_PROBLEMS; i++) lines.push('  test eax, eax', '  je _start', 'm, 1');
    const stats: AssembleStats = { passes: -1, encodings: -1, statements: -1 };
    const diags = diagnosticsOf(lines.join('\n'), stats);
    expect(diags).toHaveLength(MAX_DIAGNOSTICS + 1);
    expect(diags[0]).toBe("bad.s:6:1: error: unknown instruction 'm'");
    expect(diags[MAX_DIAGNOSTICS]).toBe(STOPPED);
    expect(stats.passes).toBe(0);
    // Read up to the 10,000th bad line, not the 30,000 after it.
    expect(stats.statements).toBeLessThan(2 * MAX_PROBLEMS + 10);
  });

  it('stops the first layout pass at the limit of instructions no value fits, keeping only those', () => {
    const lines = ['section .text', 'global _start', '_start:'];
    for (let i = 0; i < MAX_PROBLEMS + 1_000; i++) lines.push('  je .far', '  mov eax, dweax, eax');
    lines.push('  times 200 nop', '.far:', '  ret');
    const stats: AssembleStats = { passes: -1, encodings: -1, statements: -1 };
    const diags = diagnosticsOf(lines.join('\n'), stats);
    // Not "undefined symbol '_start.far'": the first pass has not seen the label yet.
    expect(diags[0]).toBe("bad.s:5:3: error: invalid combination of operands for 'mov'");
    expect(diags).toHaveLength(MAX_DIAGNOSTICS + 1);
    expect(diags[MAX_DIAGNOSTICS]).toBe(STOPPED);
    expect(stats.passes).toBe(1);
    // Each statement up to the limit encoded once, none after it.
    expect(stats.encodings).toBeLessThanOrEqual(2 * MAX_PROBLEMS + 10);
  });

  it('stops a later layout pass at the limit of errors that depend on symbols', () => {
    const lines = ['section .text', 'global _start', '_start:'];
    for (let i = 0; i < MAX_PROBLEMS + 1_000; i++) lines.push(`  mov eax, missing${i % 7}`, '  je _start');
    const stats: AssembleStats = { passes: -1, encodings: -1, statements: -1 };
    const diags = diagnosticsOf(lines.join('\n'), stats);
    expect(diags[0]).toBe("bad.s:4:12: error: undefined symbol 'missing0'");
    expect(diags).toHaveLength(MAX_DIAGNOSTICS + 1);
    expect(diags[MAX_DIAGNOSTICS]).toBe(STOPPED);
    expect(stats.passes).toBe(2);
  });

  it('still counts every error below the limit', () => {
    const lines = ['section .text', 'global _start', '_start:'];
    for (let i = 0; i < 3_000; i++) lines.push('  mov eax, dweax, eax', 'q, 1');
    const stats: AssembleStats = { passes: -1, encodings: -1, statements: -1 };
    const diags = diagnosticsOf(lines.join('\n'), stats);
    expect(diags[MAX_DIAGNOSTICS]).toBe(`bad.s: error: too many errors: 6000 in all, the first ${MAX_DIAGNOSTICS} are shown`);
  });
});
