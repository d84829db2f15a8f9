import { describe, it, expect, beforeAll } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInProcess, runSubprocess } from './cli-helpers.ts';

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ringside-cli-'));
});

describe('ringside usage errors', () => {
  it('rejects an unknown flag with yargs\' message and exit 1', async () => {
    const r = await runInProcess(['run', 'x.c', '--bogus']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Unknown argument: bogus/);
  });

  it('rejects an unknown command', async () => {
    const r = await runInProcess(['frobnicate']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Unknown argument: frobnicate/);
  });

  it('asks for a command when none is given', async () => {
    const r = await runInProcess([]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/name a command/);
  });

  it('reports a missing file in one line, without a stack trace', async () => {
    const r = await runInProcess(['run', join(dir, 'nope.c')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^ringside: cannot read .*nope\.c: no such file\n$/);
  });

  it('reports a malformed ELF clearly for run and disasm', async () => {
    const bad = join(dir, 'bad.elf');
    writeFileSync(bad, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 9, 9, 9, 9, 0, 0, 0, 0]));
    for (const argv of [['run', bad], ['disasm', bad]]) {
      const r = await runInProcess(argv);
      expect(r.code).toBe(1);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/^ringside: .*bad\.elf/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('refuses a file that is neither source nor ELF', async () => {
    const txt = join(dir, 'notes.txt');
    writeFileSync(txt, 'hello');
    const r = await runInProcess(['run', txt]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/neither a C or assembly source .* nor an ELF executable/);
  });

  it('refuses a non-multiboot kernel for boot --kernel', async () => {
    const k = join(dir, 'kernel.bin');
    writeFileSync(k, Buffer.alloc(64));
    const r = await runInProcess(['boot', '--kernel', k]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^ringside: not a multiboot kernel/);
  });

  it('behaves the same as a real subprocess through bin/ringside.js', () => {
    const r = runSubprocess(['run', 'x.c', '--nope']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('ringside: Unknown argument: nope (see ringside --help)\n');
  });

  it('rejects a time limit that is negative, not a number, or too large for the kernel, before building anything', async () => {
    const cases: [string, RegExp][] = [
      ['-2', /^ringside: --limit: the time limit may not be negative, got -2 \(0 means no limit\)/],
      ['soon', /^ringside: --limit: the time limit must be a number of seconds such as 2 or 0\.5 \(0 means no limit\), got "soon"/],
      ['NaN', /must be a number of seconds/],
      ['', /must be a number of seconds/],
      ['42949672.96', /^ringside: --limit: the time limit of 42949672\.96 seconds is too large: the kernel counts it in 10 ms ticks in 32 bits, so at most 42949672\.95 seconds/],
      ['1e30', /must be a number of seconds/],
    ];
    for (const [limit, message] of cases) {
      const r = await runInProcess(['run', 'x.c', '--limit', limit]); // x.c does not exist: the limit is checked first
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.split('\n').length).toBe(2); // one line, no stack trace
    }
  });

  it('rejects --memory sizes the machine cannot have', async () => {
    const k = join(dir, 'any.elf');
    writeFileSync(k, Buffer.alloc(64));
    const r = await runInProcess(['boot', '--kernel', k, '--memory', '1']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('ringside: memory size must be a whole number of MiB between 2 and 3072, got 1\n');
  });
});
