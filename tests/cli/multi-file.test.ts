// Programs of several files (`ringside run a.c b.c -- args`, `ringside cc a.c
// b.c -o p`), link errors against the C source line, and the host's line
// after a kill naming the function and source line of the fault.
import { describe, it, expect, beforeAll } from 'vitest';
import { mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInProcess } from './cli-helpers.ts';
import { splitRunArguments } from '../../src/cli.ts';
import { buildExecutable } from '../../cc/driver.ts';
import { describeCrash, USER_GUARD_PAGE, USER_STACK_BOTTOM } from '../../src/build/crash-report.ts';

const SLOW = 180_000;
let dir = '';
const file = (name: string) => join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ringside-multi-'));
  writeFileSync(file('main.c'), [
    '#include <stdio.h>',
    'int square(int x);',
    'int main(int argc, char **argv) {',
    '  printf("%d %d %s\\n", square(7), argc, argv[argc - 1]);',
    '  return 0;',
    '}',
  ].join('\n') + '\n');
  writeFileSync(file('square.c'), 'int square(int x) { return x * x; }\n');
  writeFileSync(file('lonely.c'), [
    '#include <stdio.h>',
    'int square(int x);',
    'int cube(int x);',
    'int main(void) {',
    '  printf("start\\n");',
    '',
    '  return square(3) + cube(2) + square(4);',
    '}',
  ].join('\n') + '\n');
  writeFileSync(file('hello.c'), '#include <stdio.h>\nint main(void) {\n  int *p = 0;\n  return *p;\n}\n');
  writeFileSync(file('deep.c'), [
    'int recurse(int n) {',
    '  char buf[200];',
    '  buf[0] = (char)n;',
    '  return recurse(n + 1) + buf[0];',
    '}',
    'int main(void) { return recurse(0); }',
  ].join('\n') + '\n');
});

describe('splitting `ringside run` arguments', () => {
  it('takes the source files right after FILE, then the arguments', () => {
    expect(splitRunArguments('a.c', ['b.c', 'c.s', 'x', 'y.c'], [])).toEqual({ files: ['a.c', 'b.c', 'c.s'], args: ['x', 'y.c'] });
  });
  it('keeps `run FILE args` as before, and everything after -- is an argument', () => {
    expect(splitRunArguments('a.c', ['1', '2'], [])).toEqual({ files: ['a.c'], args: ['1', '2'] });
    expect(splitRunArguments('a.c', [], ['b.c', '-v'])).toEqual({ files: ['a.c'], args: ['b.c', '-v'] });
  });
  it('passes .c arguments to a prebuilt ELF program', () => {
    expect(splitRunArguments('prog.elf', ['in.c'], [])).toEqual({ files: ['prog.elf'], args: ['in.c'] });
  });
});

describe('link errors', () => {
  it('name the C file and line of the first call, once per symbol', () => {
    expect(() => buildExecutable([file('lonely.c')], { kind: 'user' })).toThrow(expect.objectContaining({
      diagnostics: [`${file('lonely.c')}:7: undefined reference to 'square'`, `${file('lonely.c')}:7: undefined reference to 'cube'`],
    }));
  });
  it('are reported by `ringside cc` without naming a generated .s file', async () => {
    const r = await runInProcess(['cc', file('lonely.c'), '-o', file('lonely.elf')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`lonely.c:7: undefined reference to 'square'\n`);
    expect(r.stderr).not.toContain('.s:');
    expect(existsSync(file('lonely.elf'))).toBe(false);
  });
});

describe('ringside cc and run with several files', () => {
  it('cc links a.c b.c into one program', async () => {
    const r = await runInProcess(['cc', file('main.c'), file('square.c'), '-o', file('p.elf')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(existsSync(file('p.elf'))).toBe(true);
  });
  it('run builds both files and passes the arguments after them', async () => {
    const r = await runInProcess(['run', file('main.c'), file('square.c'), 'one', '--', '-v']);
    expect(r.stdout).toMatch(/(^|\n)49 3 -v\n$/);
    expect(r.code).toBe(0);
  }, SLOW);
});

describe('bad multi-file usage', () => {
  it('reports a missing second source in one line', async () => {
    const bad = await runInProcess(['run', file('main.c'), file('missing.c')]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^ringside: cannot read .*missing\.c: no such file\n$/);
  });
  it('reports a missing definition across files against its caller', async () => {
    const r = await runInProcess(['run', file('lonely.c'), file('square.c')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`${file('lonely.c')}:7: undefined reference to 'cube'\n`);
  });
});

describe('crash reports', () => {
  it('name the function and source line of the faulting eip', () => {
    const { elf, image } = buildExecutable([file('hello.c')], { kind: 'user' });
    const line = image.lines.find((l) => l.file === file('hello.c') && l.line === 4)!;
    expect(describeCrash(elf, { reason: 'page fault', vector: 14, cr2: 0, eip: line.addr + 3 }))
      .toBe(`#PF in main at ${file('hello.c')}:4`);
    expect(describeCrash(elf, { reason: 'time limit', vector: null, cr2: null, eip: null })).toBeNull();
  });
  it('call a fault in the guard page below the stack a stack overflow', () => {
    const { elf, image } = buildExecutable([file('deep.c')], { kind: 'user' });
    const line = image.lines.find((l) => l.file === file('deep.c') && l.line === 3)!;
    expect(describeCrash(elf, { reason: 'page fault', vector: 14, cr2: USER_STACK_BOTTOM - 4, eip: line.addr }))
      .toBe(`stack overflow in recurse at ${file('deep.c')}:3 (#PF at 0x403fbffc, the guard page below the stack)`);
    expect(USER_GUARD_PAGE).toBe(0x403fb000);
  });
  it('follow the kernel\'s kill report in `ringside run`', async () => {
    const r = await runInProcess(['run', file('deep.c')]);
    expect(r.code).toBe(139);
    expect(r.stdout).toContain('[program killed: page fault]');
    expect(r.stderr).toMatch(/^stack overflow in recurse at .*deep\.c:[34] \(#PF at 0x403fb[0-9a-f]{3}, the guard page below the stack\)\n$/);
    const h = await runInProcess(['run', file('hello.c')]);
    expect(h.code).toBe(139);
    expect(h.stderr).toBe(`#PF in main at ${file('hello.c')}:4\n`);
  }, SLOW);
});
