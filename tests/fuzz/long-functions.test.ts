// Found by scripts/fuzz-toolchain (seed 1, case 13859): `cc -S` of one 1.6 MB
// line, a function of 105,000 statements `a.x = 100; return`, took 2.8 s of
// CPU. A fifth of it was ExprBuilder.mk copying every expression node with an
// object spread (and reading its children through a loop over key names), a
// fifth the garbage collection of those copies: 1.0 s now.
import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../cc/diagnostics.ts';
import { compileToAssembly, CompileError } from '../../cc/driver.ts';
import { ExprBuilder } from '../../cc/expr-build.ts';
import { INT } from '../../cc/types.ts';

describe('cc on very long functions', { timeout: 30_000 }, () => {
  it('completes an expression node in place instead of copying it', () => {
    const b = new ExprBuilder(new Diagnostics(), () => { throw new Error('no temporaries here'); });
    const pos = { file: { name: 'm.c', text: '' }, line: 1, col: 1 };
    const one = b.num(1, pos, INT);
    const body = { k: 'binop' as const, op: '+' as const, lhs: one, rhs: b.num(2, pos, INT), unsigned: false };
    const node = b.mk(body, INT, pos);
    expect(node).toBe(body);
    expect(node).toMatchObject({ type: INT, pos, depth: one.depth + 1 });
  });

  it('compiles a function of 20,000 statements on one line, with its errors at the end', () => {
    const text = 'struct v { int x, y, z; };\nint sum(struct v a) { ' + 'a.x = 100; return '.repeat(20_000) + 'a.y + a.z; }\nint main(void) {\n s\n';
    let diagnostics: string[] = [];
    try { compileToAssembly([{ name: 'long.c', text }]); } catch (e) { diagnostics = (e as CompileError).diagnostics; }
    expect(diagnostics[0]).toMatch(/^long\.c:4:2: error: 's' undeclared/);
    expect(diagnostics).toHaveLength(2);
  });
});
