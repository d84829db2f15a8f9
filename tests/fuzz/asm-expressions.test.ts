// Issue 14, item 3: assembler expressions that used to overflow the stack
// ("internal error: Maximum call stack size exceeded") now get a diagnostic.
import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { scratchDir, runHostile, writeFiles } from './hostile-helpers.ts';
import { MAX_EXPR_DEPTH } from '../../src/isa/expr.ts';

let dir = '';
beforeAll(() => { dir = scratchDir(); });

const program = (expr: string) => `section .text\nglobal _start\n_start:\n  mov eax, ${expr}\n  ret\n`;

const hostile: [string, string][] = [
  ['1,000 nested parentheses', '('.repeat(1000) + '1' + ')'.repeat(1000)],
  ['10,000 +1 terms', '1' + '+1'.repeat(10_000)],
  ['100,000 unary minus signs', '-'.repeat(100_000) + '1'],
  ['100,000 unary ~ signs', '~'.repeat(100_000) + '1'],
];

describe('asm: deeply nested expressions', { timeout: 30_000 }, () => {
  for (const [what, expr] of hostile) {
    it(`rejects ${what} with a diagnostic`, async () => {
      const file = writeFiles(dir, { 'deep.s': program(expr) });
      const r = await runHostile(['asm', file, '-o', join(dir, 'deep.elf')]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/deep\.s:4:\d+: error: expression is too complex/);
      expect(r.stderr).not.toContain('internal error');
    });
  }

  it('rejects them inside asm("...") in C too', async () => {
    const file = writeFiles(dir, { 'deep.c': `int main(void) { asm("mov eax, ${'('.repeat(1000)}1${')'.repeat(1000)}"); return 0; }\n` });
    const r = await runHostile(['cc', file, '-o', join(dir, 'deep-c.elf')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/error: expression is too complex/);
    expect(r.stderr).not.toMatch(/internal|assembler failed/);
  });

  it('still accepts expressions just inside the limit', async () => {
    const depth = MAX_EXPR_DEPTH - 2;
    const lines = [`${'('.repeat(depth)}7${')'.repeat(depth)}`, `${'-'.repeat(depth)}1`, `1${'+1'.repeat(depth)}`];
    const file = writeFiles(dir, { 'ok.s': program(lines.join('\n  mov eax, ')) });
    const r = await runHostile(['asm', file, '-o', join(dir, 'ok.elf')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('reports a chain of 20,000 forward equates without overflowing the stack', async () => {
    // Found by scripts/fuzz-toolchain: the circular-equate check recursed once per link.
    const n = 20_000;
    const chain = Array.from({ length: n }, (_, i) => `e${i} equ e${i + 1} + 1`).join('\n');
    const file = writeFiles(dir, { 'chain.s': program(`e0\n${chain}\ne${n} equ 1`) });
    const r = await runHostile(['asm', file, '-o', join(dir, 'chain.elf')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('layout did not converge');
    expect(r.stderr).not.toContain('internal error');
  });

  it('still reports an equate defined in terms of itself', async () => {
    const file = writeFiles(dir, { 'loop.s': program('a\na equ b + 1\nb equ c\nc equ a') });
    const r = await runHostile(['asm', file, '-o', join(dir, 'loop.elf')]);
    expect(r.code).toBe(1);
    expect(r.stderr.match(/is defined in terms of itself/g)).toHaveLength(1);
  });
});
