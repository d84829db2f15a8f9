import { describe, it, expect } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runProgram } from '../../src/build/run-program.ts';
import { ROOT } from './cli-helpers.ts';

const SLOW = 180_000;
const user = (name: string) => join(ROOT, 'kernel', 'user', `${name}.c`);

describe('runProgram (ringside run as a function)', { timeout: SLOW }, () => {
  it('returns the status, the console output and the parsed trace', () => {
    const r = runProgram(user('hello'));
    expect(r.state).toBe('exited');
    expect(r.status).toBe(0);
    expect(r.console).toContain('Hello from ring 3!');
    // init is pid 1, it starts sh (pid 2), which forks and execs the program (pid 3).
    const runs = r.trace.filter((e) => e.kind === 'run');
    expect(runs.map((e) => [e.pid, e.name])).toEqual([[1, 'init'], [2, 'sh'], [3, 'hello']]);
    expect(runs[2]).toMatchObject({ entry: 0x40000000 });
    expect(r.trace.filter((e) => e.kind === 'exit' && e.pid === 3)).toMatchObject([{ name: 'hello', status: 0 }]);
    expect(r.trace.at(-1)).toMatchObject({ kind: 'halt', status: 0 });
  });

  it('feeds console input to the program', () => {
    const r = runProgram(user('readline'), { input: 'abc\r' });
    expect(r.console).toContain('got: abc');
    expect(r.status).toBe(0);
  });

  it('ends the input with the tty\'s end of file when asked', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ringside-eof-'));
    const file = join(dir, 'count.c');
    // Counts bytes up to read() returning 0 or a Ctrl-D byte (today's kernel passes it through).
    writeFileSync(file, '#include <stdio.h>\n#include <unistd.h>\nint main(void) { char c; int n = 0;\n'
      + '  while (read(0, &c, 1) == 1 && c != 4) n++;\n  printf("%d bytes\\n", n); return 0; }\n');
    const r = runProgram(file, { input: 'a b', eof: true });
    expect(r.console).toContain('3 bytes');
    expect(r.status).toBe(0);
  });

  it('reports a kill by the kernel with its POSIX-style status', () => {
    const r = runProgram(user('kwrite'));
    expect(r.status).toBe(139);
    expect(r.trace.find((e) => e.kind === 'kill')).toMatchObject({ vector: 14, error: 7 });
  });

  it('is deterministic: the same run takes the same virtual time', () => {
    const a = runProgram(user('hello'));
    const b = runProgram(user('hello'));
    expect(a.instructions).toBe(b.instructions);
    expect(a.virtualSeconds).toBe(b.virtualSeconds);
  });
});
