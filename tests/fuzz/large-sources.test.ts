// Found by scripts/fuzz-toolchain: a 3 MB C file of 400,000 lines with stray
// #else/#endif took over 2 s, most of it splitting the whole file once per
// diagnostic to quote one line, and a closure made per token in the lexer.
import { describe, expect, it } from 'vitest';
import { compileToAssembly, CompileError } from '../../cc/driver.ts';
import { tokenize } from '../../cc/lexer.ts';
import { Diagnostics, formatDiagnostic, lineIndexBuilds } from '../../cc/diagnostics.ts';

describe('cc on very large sources', { timeout: 30_000 }, () => {
  it('reports 20 errors in a 3 MB file, quoting the right lines from one line index', () => {
    const text = 'int main(void) {\n' + '#endif\n#else\n  r = 9;\n'.repeat(100_000) + '}\n';
    const builds = lineIndexBuilds;
    let diagnostics: string[] = [];
    try { compileToAssembly([{ name: 'big.c', text }]); } catch (e) { diagnostics = (e as CompileError).diagnostics; }
    // Splitting the whole file once per quoted error was the slow path (over 2 s here).
    expect(lineIndexBuilds - builds).toBe(1);
    expect(diagnostics).toHaveLength(21);
    expect(diagnostics[0]).toBe('big.c:2:1: error: #endif without #if\n#endif\n^');
    expect(diagnostics[1]).toBe('big.c:3:1: error: #else without #if\n#else\n^');
  });

  it('quotes the first, a middle and the last line, with or without a final newline', () => {
    const file = { name: 'q.c', text: 'a\r\nbb\ncc' };
    expect(formatDiagnostic({ file, line: 1, col: 1 }, 'm')).toBe('q.c:1:1: error: m\na\n^');
    expect(formatDiagnostic({ file, line: 3, col: 2 }, 'm')).toBe('q.c:3:2: error: m\ncc\n ^');
    expect(formatDiagnostic({ file, line: 9, col: 1 }, 'm')).toBe('q.c:9:1: error: m\n\n^');
  });

  it('still tells identifiers from numbers and punctuation', () => {
    const toks = tokenize({ name: 't.c', text: '_a9 Zz 9z @ `x' }, new Diagnostics());
    expect(toks.map((t) => `${t.kind}:${t.text}`)).toEqual(['ident:_a9', 'ident:Zz', 'num:9z', 'ident:x', 'eof:']);
  });
});
