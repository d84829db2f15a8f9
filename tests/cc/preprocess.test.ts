import { describe, it, expect } from 'vitest';
import { errorsOf, pp } from './helpers.ts';

describe('preprocessor', () => {
  it('expands object and function-like macros', () => {
    expect(pp('#define N 3\n#define ADD(a,b) ((a)+(b))\nx = ADD(N, 4);\n')).toBe('x = ((3)+(4));\n');
  });
  it('stringifies and pastes', () => {
    expect(pp('#define S(x) #x\n#define P(a,b) a##b\nS(1 + "q") P(fo,o)\n')).toBe('"1 + \\"q\\"" foo\n');
  });
  it('does not re-expand a macro inside its own expansion', () => {
    expect(pp('#define f(x) x + f(x)\n#define g g\nf(1) g\n')).toBe('1 + f(1) g\n');
  });
  it('expands arguments before substitution but not around ##', () => {
    expect(pp('#define N 7\n#define ID(x) x\n#define CAT(a,b) a##b\nID(N) CAT(N,1)\n')).toBe('7 N1\n');
  });
  it('leaves a function-like macro name alone without parentheses', () => {
    expect(pp('#define f(x) x\nint f;\n')).toBe('int f;\n');
  });
  it('evaluates #if with defined, arithmetic and chars', () => {
    expect(pp("#define A 2\n#if defined(A) && A * 3 == 6 && 'b' - 'a' == 1\nyes\n#else\nno\n#endif\n")).toBe('yes\n');
    expect(pp('#if UNDEFINED_NAME\nyes\n#elif 1\nelif\n#endif\n')).toBe('elif\n');
  });
  it('skips directives inside false branches, including unknown ones', () => {
    expect(pp('#if 0\n#bogus\n#error no\n#endif\nok\n')).toBe('ok\n');
  });
  it('includes quoted files relative to the includer and guards re-inclusion', () => {
    const files = { 'dir/a.h': '#ifndef A\n#define A\n#include "b.h"\nint a;\n#endif\n', 'dir/b.h': 'int b;\n' };
    expect(pp('#include "dir/a.h"\n#include "dir/a.h"\nint c;\n', files)).toBe('int b;\nint a;\nint c;\n');
  });
  it('honours #pragma once', () => {
    expect(pp('#include "o.h"\n#include "o.h"\nend\n', { 'o.h': '#pragma once\nint once;\n' })).toBe('int once;\nend\n');
  });
  it('finds system headers in cc/include', () => {
    expect(pp('#include <stddef.h>\nsize_t n = NULL;\n')).toContain('size_t n = ((void *)0);');
  });
  it('substitutes __LINE__ and __FILE__', () => {
    expect(pp('a\n__LINE__ __FILE__\n')).toBe('a\n2 "t.c"\n');
  });
  it('supports variadic macros', () => {
    expect(pp('#define L(f, ...) p(f, __VA_ARGS__)\nL("x", 1, 2)\n')).toBe('p("x", 1, 2)\n');
  });
  it('reports bad directives clearly', () => {
    expect(errorsOf('#foo\n')[0]).toContain('invalid preprocessing directive #foo');
    expect(errorsOf('#if 1 +\n#endif\n')[0]).toContain('expected value in #if expression');
    expect(errorsOf('#if 1/0\n#endif\n')[0]).toContain('division by zero in #if expression');
    expect(errorsOf('#define P(a) #b\n int x = P(1);\n')[0]).toContain("'#' is not followed by a macro parameter");
    expect(errorsOf('#define F(a) a\nint x = F(1;\n')[0]).toContain("unterminated argument list invoking macro 'F'");
  });
  it('rejects self-including files with a clear error', () => {
    const d = errorsOf('#include "self.h"\n', 't.c', { 'self.h': '#include "self.h"\n' });
    expect(d[0]).toContain('#include nested too deeply');
  });
});
