// Found by scripts/fuzz-toolchain: 45,000-195,000-line assembly files took 2-7 s
// (one 648 MB), every layout pass encoding every statement that names a symbol and
// formatting tens of thousands of diagnostics. The work is bounded here by counts
// the assembler reports, not by time (docs/FUZZING.md has the measurements).
import { describe, expect, it } from 'vitest';
import { AsmError, assemble, type AssembleStats } from '../../src/isa/assembler.ts';
import { MAX_DIAGNOSTICS } from '../../src/isa/problems.ts';
import { largeAssembly } from '../../src/fuzz/large-asm.ts';
import { Rng } from '../../src/fuzz/rng.ts';
import { disassembleOne } from '../../src/isa/disassembler.ts';

function diagnosticsOf(text: string, stats?: AssembleStats): string[] {
  try {
    assemble([{ name: 'big.s', text }], { base: 0x40000000 }, stats);
  } catch (e) {
    if (e instanceof AsmError) return e.diagnostics;
    throw e;
  }
  return [];
}

describe('assembler on large inputs', { timeout: 60_000 }, () => {
  it('encodes a 12,000-line program in three passes, most statements once', () => {
    const text = largeAssembly(12_000, 3);
    const stats: AssembleStats = { passes: 0, encodings: 0, statements: 0 };
    expect(diagnosticsOf(text, stats)).toEqual([]);
    expect(text.split('\n').length).toBeGreaterThan(11_000);
    expect(stats.statements).toBeGreaterThan(10_000);
    expect(stats.passes).toBe(3);
    // Encoding every symbol-naming statement in every pass was about 1.5 per statement.
    expect(stats.encodings).toBeLessThan(stats.statements);
  });

  it('shows the first 100 of 2,000 errors in source order, then how many there were', () => {
    const body = Array.from({ length: 4_000 }, (_, i) => (i % 2 ? `  mov eax, missing${i % 7}` : '  je far_away')).join('\n');
    const stats: AssembleStats = { passes: 0, encodings: 0, statements: 0 };
    const diags = diagnosticsOf(`section .text\nglobal _start\n_start:\n${body}\n  times 1000 nop\nfar_away:\n  ret\n`, stats);
    expect(diags).toHaveLength(MAX_DIAGNOSTICS + 1);
    expect(diags[0]).toBe("big.s:5:12: error: undefined symbol 'missing1'");
    expect(diags[1]).toBe("big.s:7:12: error: undefined symbol 'missing3'");
    expect(diags[MAX_DIAGNOSTICS - 1]).toBe(`big.s:${3 + 2 * MAX_DIAGNOSTICS}:12: error: undefined symbol 'missing${(2 * MAX_DIAGNOSTICS - 1) % 7}'`);
    expect(diags[MAX_DIAGNOSTICS]).toBe('big.s: error: too many errors: 2000 in all, the first 100 are shown');
    // The undefined names are looked up again each pass but not re-encoded; the jumps
    // move (they grow from 2 to 6 bytes) and are.
    expect(stats.passes).toBe(3);
    expect(stats.encodings).toBeLessThanOrEqual(2_000 + 3 * 2_000 + 10);
  });

  it('still reports an undefined symbol in each of many failing instructions of one shape', () => {
    // The encoder skips forms known to fail for this shape, but not those that fail
    // after evaluating (and reporting) an operand: only 'mov moffs32, eax' reads [uN].
    const diags = diagnosticsOf('section .text\nglobal _start\n_start:\n  mov [u1], cr0\n  mov [u2], cr0\n  mov [u3], cr0\n  ret\n');
    expect(diags).toEqual([4, 5, 6].flatMap((line) => [
      `big.s:${line}:3: error: operation size not specified`,
      `big.s:${line}:8: error: undefined symbol 'u${line - 3}'`,
    ]));
  });

  it('lands every branch on its label when distances change between passes', () => {
    // Branches moved by other branches growing reuse their bytes with a new displacement.
    const rng = new Rng(7);
    for (let program = 0; program < 40; program++) {
      const labels = rng.int(5, 40);
      const lines = ['section .text', 'global _start', '_start:'];
      let branches = 0;
      for (let l = 0; l < labels; l++) {
        lines.push(`L${l}:`);
        for (let k = rng.int(0, 3); k > 0; k--, branches++) lines.push(`  ${rng.pick(['jmp', 'je', 'jne', 'call', 'jmp near', 'jl'])} L${rng.int(0, labels - 1)}`);
        lines.push(`  times ${rng.int(0, 70)} nop`);
      }
      lines.push('  ret');
      const image = assemble([{ name: 'j.s', text: lines.join('\n') }], { base: 0x40000000 });
      const text = image.sections.find((sec) => sec.name === '.text')!;
      const labelAt = new Set(image.symbols.map((sym) => sym.value));
      let found = 0;
      for (let off = 0; off < text.bytes.length;) {
        const insn = disassembleOne(text.bytes, off, text.addr + off);
        if (insn.target !== undefined) { found++; expect(labelAt.has(insn.target)).toBe(true); }
        off += insn.length;
      }
      expect(found).toBe(branches);
    }
  });

  it('reports each duplicate error once', () => {
    const diags = diagnosticsOf('section .text\nglobal _start\n_start:\n  times 3 dd nowhere\n  ret\n');
    expect(diags).toEqual(["big.s:4:14: error: undefined symbol 'nowhere'"]);
  });
});
