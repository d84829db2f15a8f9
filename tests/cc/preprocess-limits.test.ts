// Issue 14, items 1 and 2: include and macro bombs stop at a limit with a
// diagnostic that names the include chain or the macro; guarded headers are
// not re-read. (Their speed is held to the fuzz harness's 2 s budget by
// scripts/fuzz-toolchain, not by timing tests.)
import { describe, expect, it } from 'vitest';
import { preprocessOnly, CompileError } from '../../cc/driver.ts';
import { includeGuardOf } from '../../cc/include-guard.ts';
import { tokenize } from '../../cc/lexer.ts';
import { Diagnostics } from '../../cc/diagnostics.ts';
import { MAX_EXPANDED_TOKENS, MAX_INCLUDED_BYTES, MAX_OUTPUT_TOKENS } from '../../cc/pp-limits.ts';

/** Preprocesses `text` over in-memory files, counting how often each file is read. */
function run(text: string, files: Record<string, string>) {
  const reads = new Map<string, number>();
  const readFile = (p: string) => {
    reads.set(p, (reads.get(p) ?? 0) + 1);
    return files[p];
  };
  let out = '', errors: string[] = [];
  try {
    out = preprocessOnly({ name: 'main.c', text }, { readFile });
  } catch (e) {
    if (!(e instanceof CompileError)) throw e;
    errors = e.diagnostics;
  }
  return { out, errors, reads };
}

/** h0.h .. h{levels-1}.h, each including two copies of the next level. */
function includeBomb(levels: number, wrap: (name: string, body: string) => string): Record<string, string> {
  const files: Record<string, string> = {};
  for (let d = 0; d < levels; d++) {
    const body = d < levels - 1 ? `#include "h${d + 1}.h"\n#include "h${d + 1}.h"\n` : 'int leaf;\n';
    files[`h${d}.h`] = wrap(`H${d}`, body);
  }
  return files;
}

describe('include bombs', () => {
  it('stops a 30-level bomb without guards at the inclusion limit, naming the chain', () => {
    const r = run('#include "h0.h"\n', includeBomb(30, (_, body) => body));
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatch(/too many #include inclusions \(more than 2,000 files\); include chain: main\.c:1 -> h0\.h:1 -> h1\.h:1 -> /);
    // Each header was read once, however often it was included.
    expect(Math.max(...r.reads.values())).toBe(1);
  });

  it('includes a guarded 30-level bomb once per header, reading each file once', () => {
    const r = run('#include "h0.h"\nint end;\n', includeBomb(30, (g, body) => `#ifndef ${g}\n#define ${g}\n${body}#endif\n`));
    expect(r.errors).toEqual([]);
    expect(r.out).toBe('int leaf;\nint end;\n');
    expect([...r.reads.values()].every((n) => n === 1)).toBe(true);
  });

  it('includes a #pragma once bomb once per header, reading each file once', () => {
    const r = run('#include "h0.h"\n', includeBomb(30, (_, body) => `#pragma once\n${body}`));
    expect(r.errors).toEqual([]);
    expect(r.out).toBe('int leaf;\n');
    expect([...r.reads.values()].every((n) => n === 1)).toBe(true);
  });

  it('limits the source bytes brought in by #include', () => {
    const big = `char *s = "${'x'.repeat(1024 * 1024)}";\n`; // 1 MiB in few tokens
    const includes = Math.ceil(MAX_INCLUDED_BYTES / big.length) + 1;
    const r = run('#include "big.h"\n'.repeat(includes), { 'big.h': big });
    expect(r.errors[0]).toMatch(/main\.c:\d+:2: error: #include brought in more than 8 MiB of source; include chain: main\.c:\d+$/m);
  });

  it('still reports a self-including file as nested too deeply, with the chain', () => {
    const r = run('#include "self.h"\n', { 'self.h': '#include "self.h"\n' });
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatch(/#include nested too deeply \(more than 64 levels\); include chain: main\.c:1 -> self\.h:1 -> .*\(\d+ more\)/);
  });

  it('re-includes an unguarded header every time', () => {
    const r = run('#include "x.h"\nmid\n#include "x.h"\n', { 'x.h': 'int x;\n' });
    expect(r.out).toBe('int x;\nmid\nint x;\n');
    expect(r.reads.get('x.h')).toBe(1);
  });
});

describe('macro bombs', () => {
  it('stops `#define a b b b b` chains at the expansion limit, naming the macro', () => {
    const defs = Array.from({ length: 30 }, (_, i) => `#define a${i} a${i + 1} a${i + 1} a${i + 1} a${i + 1}\n`).join('');
    const r = run(`${defs}int x = a0;\n`, {});
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatch(/main\.c:31:9: error: macro expansion too large: expanding 'a0' produced more than 1,000,000 tokens/);
  });

  it('names the macro of a function-like bomb too', () => {
    const defs = Array.from({ length: 30 }, (_, i) => `#define f${i}(x) f${i + 1}(x) f${i + 1}(x)\n`).join('');
    const r = run(`${defs}int x = f0(1);\n`, {});
    expect(r.errors[0]).toMatch(/expanding 'f0' produced more than/);
  });

  it('passes a macro argument of 200,000 tokens through', () => {
    const r = run(`#define ID(x) x\nID(${'1 '.repeat(200_000)})\n`, {});
    expect(r.errors).toEqual([]);
    expect(r.out.length).toBe(2 * 200_000);
  });

  it('limits the tokens handed to the parser', () => {
    expect(MAX_OUTPUT_TOKENS).toBeLessThanOrEqual(MAX_EXPANDED_TOKENS);
    const r = run('x '.repeat(MAX_OUTPUT_TOKENS + 1), {});
    expect(r.errors[0]).toMatch(/the program is too large: more than 1,000,000 tokens after preprocessing/);
  });
});

describe('include guard detection', () => {
  const guardOf = (text: string) => {
    const toks = tokenize({ name: 'g.h', text }, new Diagnostics());
    toks.pop();
    return includeGuardOf(toks);
  };
  it('finds #ifndef X ... #endif around the whole file', () => {
    expect(guardOf('#ifndef G\n#define G\n#if A\n#else\n#endif\nint x;\n#endif\n')).toBe('G');
    expect(guardOf('// comment\n#ifndef G\nint x;\n#endif // G\n')).toBe('G');
  });
  it('refuses files with anything outside the guard', () => {
    expect(guardOf('int y;\n#ifndef G\nint x;\n#endif\n')).toBeUndefined();
    expect(guardOf('#ifndef G\nint x;\n#endif\nint y;\n')).toBeUndefined();
    expect(guardOf('#ifndef G\nint x;\n#else\nint z;\n#endif\n')).toBeUndefined();
    expect(guardOf('#ifndef G\n#endif\n#ifndef H\n#endif\n')).toBeUndefined();
    expect(guardOf('#ifdef G\nint x;\n#endif\n')).toBeUndefined();
    expect(guardOf('#ifndef G\nint x;\n')).toBeUndefined();
  });
});
