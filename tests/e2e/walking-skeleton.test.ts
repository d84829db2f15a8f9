// The walking skeleton, end to end: each program is compiled by cc, assembled,
// written as an ELF, handed to the real kernel as a multiboot module and run in
// ring 3 — through `ringside run` exactly as a user types it.
import { describe, it, expect, beforeAll } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInProcess } from '../cli/cli-helpers.ts';
import { buildBundle } from '../../src/build/bundle.ts';
import { bundledModules, shellSession } from '../kernel/shell-session.ts';
import { readElf } from '../../src/isa/elf-read.ts';

const SLOW = 180_000;
let dir = '';
const src = (name: string) => join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ringside-e2e-'));
  const files: Record<string, string> = {
    'hello.c': '#include <stdio.h>\nint main(void) { printf("hello, world\\n"); return 0; }\n',
    'answer.c': 'int main(void) { return 42; }\n',
    'kwrite.c': 'int main(void) { *(volatile char *)0x00100000 = 1; return 0; }\n',
    'kread.c': 'int main(void) { return *(volatile char *)0x00100000; }\n',
    'cli.c': 'int main(void) { asm("cli"); return 0; }\n',
    'leak.c': '#include <unistd.h>\nint main(void) { write(1, (char *)0x00100000, 16); return 0; }\n',
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(src(name), text);
});

describe('ringside run: the walking skeleton', () => {
  it('hello world prints and exits 0', async () => {
    const r = await runInProcess(['run', src('hello.c')]);
    expect(r.stdout).toBe('hello, world\n');
    expect(r.code).toBe(0);
  }, SLOW);

  it('return 42 from main gives exit status 42', async () => {
    const r = await runInProcess(['run', src('answer.c')]);
    expect(r.code).toBe(42);
  }, SLOW);

  it('a ring-3 write to kernel address 0x00100000 is killed with #PF error code 7', async () => {
    const r = await runInProcess(['run', src('kwrite.c'), '--trace']);
    expect(r.code).toBe(139);
    expect(r.stdout).toContain('[program killed: page fault]');
    expect(r.stderr).toMatch(/^RS kill .*reason="page fault" vector=14 error=0x7 cr2=0x00100000 .*status=139$/m);
  }, SLOW);

  it('a ring-3 read of 0x00100000 gives error code 5', async () => {
    const r = await runInProcess(['run', src('kread.c'), '--trace']);
    expect(r.code).toBe(139);
    expect(r.stderr).toMatch(/^RS kill .*reason="page fault" vector=14 error=0x5 cr2=0x00100000 /m);
  }, SLOW);

  it('cli in ring 3 is killed with #GP', async () => {
    const r = await runInProcess(['run', src('cli.c'), '--trace']);
    expect(r.code).toBe(139);
    expect(r.stdout).toContain('[program killed: general protection fault]');
    expect(r.stderr).toMatch(/^RS kill .*vector=13 error=0x0 /m);
  }, SLOW);

  it('write(1, 0x00100000, 16) is killed as a bad syscall pointer and no kernel byte is output', async () => {
    const r = await runInProcess(['run', src('leak.c'), '--trace']);
    expect(r.code).toBe(139);
    // Not one byte was written before the kill, and the 16 kernel bytes at 0x00100000 appear nowhere.
    expect(r.stdout.startsWith('[program killed: bad syscall pointer]\n')).toBe(true);
    const seg = readElf(buildBundle().kernel).segments.find((s) => s.paddr === 0x00100000)!;
    const ram = new Uint8Array(16); // what RAM holds there: the segment's bytes, zero-filled past its end
    ram.set(seg.data.subarray(0, 16));
    const secret = Buffer.from(ram).toString('latin1');
    expect(secret.startsWith('\x02\xb0\xad\x1b')).toBe(true); // the multiboot magic
    expect(r.stdout).not.toContain(secret);
    expect(r.stderr).toMatch(/^RS check .*addr=0x00100000 len=0x10 write=0 verdict=bad/m);
  }, SLOW);
});

describe('the shell survives a kill', () => {
  it('after kwrite is killed, the same shell runs hello successfully', () => {
    const s = shellSession(bundledModules(['kwrite', 'hello']), '-- run kwrite; run hello', [], 20);
    expect(s.exitValue).toBe(0); // the status of the last command: hello's
    expect(s.console).toMatch(/\[program killed: page fault\][\s\S]*Hello from ring 3!/);
    expect(s.trace.match(/^RS kill /gm)?.length).toBe(1);
    expect(s.trace).toMatch(/^RS exit .*name=hello status=0/m);
  }, SLOW);
});
