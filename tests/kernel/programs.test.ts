// Every bundled program states its expected outcome in its header comment;
// the QEMU transcript of that program must show exactly that outcome.
import { describe, it, expect } from 'vitest';
import * as path from 'node:path';
import { expectation, programSources } from './expectations.ts';
import { loadGoldens } from './golden.ts';

const sources = programSources();
const goldens = new Map(loadGoldens().map((g) => [g.name, g]));

describe('bundled programs do what their headers say (on QEMU)', () => {
  it('the required programs exist', () => {
    const names = sources.map((f) => path.basename(f, '.c'));
    for (const n of ['hello', 'ret42', 'kwrite', 'kread', 'cli', 'badptr', 'divzero', 'ud', 'args']) expect(names).toContain(n);
  });

  for (const file of sources) {
    const name = path.basename(file, '.c');
    it(name, () => {
      const want = expectation(file);
      const golden = goldens.get(name);
      expect(golden, `no transcript for ${name}: run scripts/kernel-qemu-golden.ts`).toBeDefined();
      if (golden!.qemuDivergence) {
        // QEMU is known to differ from the 386 here (the replay on Machine checks
        // the header instead); make sure the recorded divergence is real.
        expect(golden!.exitValue).not.toBe(want.status);
        return;
      }
      expect(golden!.exitValue).toBe(want.status);
      if (want.killLine) expect(golden!.console).toContain(want.killLine + '\n');
      else if (!want.childKills) expect(golden!.console).not.toContain('[program killed');
      if (want.prints) expect(golden!.console).toContain(want.prints);
    });
  }
});

describe('fault details', () => {
  const golden = (name: string) => goldens.get(name)!;

  it('hello prints its line and nothing else', () => {
    expect(golden('hello').console).toBe('Hello from ring 3!\n');
  });

  it('kwrite: a user-mode write to a present supervisor page, error 7, and the shell carries on', () => {
    expect(golden('kwrite').console).toMatch(/#PF at eip=0x400000[0-9a-f]{2}: write to 0x00100000, user mode, protection violation \(error 0x7\)/);
    const both = golden('kwrite-then-hello');
    expect(both.console).toMatch(/^\[program killed: page fault\]\n.*\nHello from ring 3!\n$/);
    expect(both.exitValue).toBe(0);
  });

  it('kread: a user-mode read, error 5', () => {
    expect(golden('kread').console).toContain('read from 0x00100000, user mode, protection violation (error 0x5)');
  });

  it('stack overflow hits the guard page: not present, error 6', () => {
    expect(golden('stack').console).toMatch(/write to 0x403fb[0-9a-f]{3}, user mode, page not present \(error 0x6\)/);
  });

  it('badptr: not one kernel byte reaches the console', () => {
    const lines = golden('badptr').console.split('\n');
    expect(lines[0]).toBe('[program killed: bad syscall pointer]');
    expect(lines[1]).toMatch(/^ {2}write at eip=0x4000[0-9a-f]{4}: 0x00100000 \(16 bytes\) is not readable user memory$/);
    expect(lines.slice(2)).toEqual(['']);
  });

  it('badfmt: printf is refused before it prints anything', () => {
    expect(golden('badfmt').console.startsWith('[program killed: bad syscall pointer]')).toBe(true);
  });

  it('with nocheck the kernel becomes the confused deputy and leaks its bytes', () => {
    const leak = golden('nocheck-badptr').console;
    expect(leak).toContain('badptr: the kernel wrote 16 of its own bytes for me!');
    expect(leak.charCodeAt(0)).toBe(0x02); // the multiboot header's magic 0x1BADB002, low byte first
  });

  it('with flat the kernel is writable from ring 3; with ring0, cli succeeds', () => {
    expect(golden('flat-kwrite').console).toBe('kwrite: the kernel let me write to 0x00100000!\n');
    expect(golden('ring0-cli').console).toContain('cli: interrupts are off');
  });

  it('a ring-0 fault is a panic: registers printed, exit value 70', () => {
    const p = golden('nocheck-panic');
    expect(p.console).toContain('*** kernel panic: page fault in the kernel (vector 14, error 0x0)');
    // PG WP NE ET MP PE, and TS when the FPU is not the running process's (the lazy x87 switch).
    expect(p.console).toMatch(/cr0=0x8001003[3b] cr2=0x403fb000/);
    expect(p.exitValue).toBe(70);
  });

  it('args receives argv[0] and its arguments', () => {
    expect(golden('args').console).toBe('argc = 3\nargv[0] = "args"\nargv[1] = "a"\nargv[2] = "bc"\n');
  });
});
