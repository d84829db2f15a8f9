// End-to-end: `ringside run` compiles a program, boots the bundled kernel with
// the bundled programs, runs it in ring 3 and exits with its status.
import { describe, it, expect, beforeAll } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInProcess, runSubprocess } from './cli-helpers.ts';

// The first run builds the bundle (then cached under node_modules/.cache/ringside).
const SLOW = 180_000;
let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ringside-run-'));
  writeFileSync(join(dir, 'status.c'), '#include <stdio.h>\nint main(int argc, char **argv) { printf("%d args, last %s\\n", argc, argv[argc - 1]); return 3; }\n');
  writeFileSync(join(dir, 'poke.c'), 'int main(void) { *(int *)0x00100000 = 1; return 0; }\n');
  writeFileSync(join(dir, 'broken.c'), 'int main(void) { return ; ; }}\n');
});

describe('ringside run', () => {
  it('prints the program\'s output and exits with its status, passing arguments', async () => {
    const r = await runInProcess(['run', join(dir, 'status.c'), 'x', 'yz']);
    expect(r.stdout).toMatch(/(^|\n)3 args, last yz\n$/);
    expect(r.code).toBe(3);
  }, SLOW);

  it('passes arguments after -- even when they look like options, and keeps them as written', async () => {
    const r = await runInProcess(['run', join(dir, 'status.c'), '007', '--', '-x', '--y']);
    expect(r.stdout).toMatch(/(^|\n)4 args, last --y\n$/);
    expect(r.code).toBe(3);
  }, SLOW);

  it('exits 139 when the kernel kills the program for a page fault, and traces it with --trace', async () => {
    const r = await runInProcess(['run', join(dir, 'poke.c'), '--trace']);
    expect(r.code).toBe(139);
    expect(r.stdout).toMatch(/program killed: page fault/);
    expect(r.stderr).toMatch(/^RS kill pid=\d+ name=poke reason="page fault" vector=14 error=0x7 .*status=139$/m);
  }, SLOW);

  it('accepts --limit 0 and hands the kernel limit=0 (no limit)', async () => {
    const r = await runInProcess(['run', join(dir, 'status.c'), '--limit', '0', '--trace']);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/^RS boot .*opts="?limit=0( noecho)?"?$/m);   // noecho: stdin is not a terminal
  }, SLOW);

  it('prints compile diagnostics and exits 1', async () => {
    const r = await runInProcess(['run', join(dir, 'broken.c')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/broken\.c:1:\d+: error: /);
    expect(r.stdout).toBe('');
  }, SLOW);
});

describe('ringside boot (bundled kernel, console on a pipe)', () => {
  it('runs shell commands from stdin and exits with the status the kernel writes to the exit port', () => {
    const r = runSubprocess(['boot'], 'echo hello there\nrun ret42\nhalt\n');
    expect(r.stdout).toContain('hello there');
    expect(r.code).toBe(0); // `halt` powers off with status 0
  }, SLOW);
});
