// Warnings: each tests/cc/warnings/*.c gives exactly the warnings its
// `// expect-warning:` lines list (none for the clean-*.c programs), in the
// `file:line:col: warning: message [-Wname]` form; -W options and -Werror;
// the kernel and the bundled programs build warning-free.
import { describe, it, expect } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { compileToAssembly, CompileError, INCLUDE_DIR } from '../../cc/driver.ts';
import { parseCcArgs } from '../../cc/cli-support.ts';
import type { WarningOptions } from '../../cc/warnings.ts';

const here = path.dirname(new URL(import.meta.url).pathname);
const dir = path.join(here, 'warnings');
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.c')).sort();

function warningsOf(name: string, text: string, opts: WarningOptions = {}, includePaths: string[] = []): string[] {
  const out: string[] = [];
  compileToAssembly([{ name, text }], { includePaths, warnings: { ...opts, sink: (d) => out.push(d) } });
  return out;
}

const message = (d: string): string => d.split('\n')[0]!.replace(/^.*?:\d+:\d+: warning: /, '');

describe('warning fixtures', () => {
  it('has a good number of cases', () => expect(files.length).toBeGreaterThanOrEqual(25));
  for (const f of files) {
    it(f, () => {
      const full = path.join(dir, f);
      const text = fs.readFileSync(full, 'utf8');
      const want = [...text.matchAll(/^\/\/ expect-warning: (.*)$/gm)].map((m) => m[1]!);
      if (f.startsWith('clean-')) expect(want).toEqual([]);
      else expect(want.length).toBeGreaterThan(0);
      const got = warningsOf(full, text);
      expect(got.map(message).sort()).toEqual(want.sort());
      for (const d of got) {
        const lines = d.split('\n');
        expect(lines[0]).toMatch(new RegExp(`^${full.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: warning: .* \\[-W[a-z-]+=?\\]$`));
        expect(lines).toHaveLength(3);
        expect(lines[2]).toMatch(/^[ \t]*\^$/);
      }
    });
  }
});

describe('warning options', () => {
  const src = 'int main(void) { int unused; return 1 / 0; }\n';
  it('are on by default and do not fail the build', () => {
    expect(warningsOf('a.c', src).map(message)).toEqual(['division by zero [-Wdiv-by-zero]', "unused variable 'unused' [-Wunused-variable]"]);
  });
  it('-Wno-NAME turns one off, -w all', () => {
    expect(warningsOf('a.c', src, { set: { 'unused-variable': false } }).map(message)).toEqual(['division by zero [-Wdiv-by-zero]']);
    expect(warningsOf('a.c', src, { none: true })).toEqual([]);
  });
  it('-Werror makes warnings errors', () => {
    let err: unknown;
    try { warningsOf('a.c', src, { allErrors: true }); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(CompileError);
    expect((err as CompileError).diagnostics.map((d) => d.split('\n')[0])).toEqual([
      'a.c:1:39: error: division by zero [-Werror=div-by-zero]',
      "a.c:1:22: error: unused variable 'unused' [-Werror=unused-variable]",
    ]);
  });
  it('-Werror=NAME only that one', () => {
    let err: unknown;
    const seen: string[] = [];
    try { compileToAssembly([{ name: 'a.c', text: src }], { warnings: { errors: { 'unused-variable': true }, sink: (d) => seen.push(d) } }); } catch (e) { err = e; }
    expect((err as CompileError).diagnostics.map((d) => d.split('\n')[0])).toEqual(["a.c:1:22: error: unused variable 'unused' [-Werror=unused-variable]"]);
    expect(seen.map(message)).toEqual(['division by zero [-Wdiv-by-zero]']);
  });
  it('-Wpointer-arith is off unless asked for', () => {
    const p = 'int main(void) { char b[2]; void *v = b; v = v + 1; return v == b; }\n';
    expect(warningsOf('p.c', p)).toEqual([]);
    expect(warningsOf('p.c', p, { set: { 'pointer-arith': true } }).map(message)).toEqual(["pointer of type 'void *' used in arithmetic [-Wpointer-arith]"]);
  });
  it('the cc command parses -W options', () => {
    const o = parseCcArgs(['-Werror', '-Wno-format', '-Werror=overflow', '-Wall', 'x.c']);
    expect(o).toMatchObject({ files: ['x.c'], warnings: { allErrors: true, set: { format: false, overflow: true }, errors: { overflow: true } } });
    expect(parseCcArgs(['-Wfrobnicate', 'x.c'])).toBe("unknown warning option '-Wfrobnicate'");
    expect(parseCcArgs(['-w', 'x.c'])).toMatchObject({ warnings: { none: true } });
  });
});

describe('the project builds warning-free', () => {
  const root = path.join(here, '..', '..');
  const kernelDir = path.join(root, 'kernel');
  it('the kernel', () => {
    const paths = fs.readdirSync(kernelDir).filter((f) => f.endsWith('.c')).sort().map((f) => path.join(kernelDir, f));
    const out: string[] = [];
    compileToAssembly(paths.map((p) => ({ name: p, text: fs.readFileSync(p, 'utf8') })), {
      includePaths: [kernelDir, INCLUDE_DIR], warnings: { sink: (d) => out.push(d) },
    });
    expect(out).toEqual([]);
  });
  it('the bundled programs', () => {
    const userDir = path.join(kernelDir, 'user');
    const out: string[] = [];
    for (const d of [userDir, path.join(userDir, 'attacks')])
      for (const f of fs.readdirSync(d).filter((x) => x.endsWith('.c')).sort())
        out.push(...warningsOf(path.join(d, f), fs.readFileSync(path.join(d, f), 'utf8'), {}, [d]));
    expect(out).toEqual([]);
  });
});

describe('warnings in the tools', () => {
  it('division by a constant zero builds and is a #DE at run time', async () => {
    const { runProgram } = await import('../../src/build/run-program.ts');
    const r = runProgram(path.join(dir, 'div-by-zero-runtime.c'), { args: [] });
    expect(r.console).toMatch(/^before\n\[program killed: divide error\]/);
    expect(r.status).toBe(136);
  }, 60_000);
  it('ringside cc prints warnings, fails on -Werror and rejects unknown -W options', async () => {
    const { main } = await import('../../src/cli.ts');
    const tmp = fs.mkdtempSync(path.join((await import('node:os')).tmpdir(), 'ringside-w-'));
    const src = path.join(tmp, 'w.c');
    fs.writeFileSync(src, 'int main(void) { int x; return 1 / 0; }\n');
    const cc = async (...args: string[]) => {
      let stderr = '';
      const code = await main(['cc', ...args], { stdout: { write: () => true }, stderr: { write: (c) => (stderr += String(c)) }, stdin: null });
      return { code, stderr };
    };
    const plain = await cc(src, '-o', path.join(tmp, 'w.elf'));
    expect(plain.code).toBe(0);
    expect(plain.stderr).toContain(`${src}:1:34: warning: division by zero [-Wdiv-by-zero]`);
    expect(plain.stderr).toContain(`${src}:1:22: warning: unused variable 'x' [-Wunused-variable]`);
    const werror = await cc('-Werror', '-Wno-unused-variable', src, '-o', path.join(tmp, 'w.elf'));
    expect(werror.code).toBe(1);
    expect(werror.stderr).toContain(`${src}:1:34: error: division by zero [-Werror=div-by-zero]`);
    expect(werror.stderr).not.toContain('unused');
    expect((await cc('-w', src, '-o', path.join(tmp, 'w.elf'))).stderr).toBe('');
    const bad = await cc('-Wfrobnicate', src);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("unknown warning option '-Wfrobnicate'");
  }, 60_000);
});
