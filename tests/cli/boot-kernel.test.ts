import { describe, it, expect } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInProcess } from './cli-helpers.ts';
import { buildElf, hexBytes } from '../machine/elf-fixture.ts';
import { assembleFlatBinary } from '../../src/isa/assembler.ts';

// Prints the multiboot command line, '|', and the first module's string, then exits with 0.
const SHOW_BOOT_STRINGS = `bits 32
dd 0x1BADB002, 3, -(0x1BADB002 + 3)
  mov esp, 0x90000
  mov dx, 0x3f8
  mov esi, [ebx + 16]
  call print
  mov al, '|'
  out dx, al
  mov esi, [ebx + 24]
  mov esi, [esi + 8]
  call print
  mov eax, 0
  out 0xf4, eax
  cli
  hlt
print:
  mov al, [esi]
  inc esi
  test al, al
  jz .done
  out dx, al
  jmp print
.done:
  ret
`;

// hi.asm from tests/machine/bare-program.test.ts: "hi" to COM1, then 42 to port 0xF4.
const HI = hexBytes('02b0ad1b03000000fb4f52e466baf803b068eeb069eeb82a000000e7f4f4');

describe('ringside boot --kernel', { timeout: 60_000 }, () => {
  it('boots any multiboot ELF like qemu -kernel and exits with (V << 1) | 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ringside-boot-'));
    const kernel = join(dir, 'hi.elf');
    writeFileSync(kernel, buildElf(0x10000c, [{ paddr: 0x100000, data: HI }]));
    const r = await runInProcess(['boot', '--kernel', kernel]);
    expect(r.stdout).toBe('hi');
    expect(r.code).toBe((42 << 1) | 1);
  });

  it('reports a machine that dies with exit status 70', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ringside-boot-'));
    const kernel = join(dir, 'dead.elf');
    writeFileSync(kernel, buildElf(0x10000c, [{ paddr: 0x100000, data: new Uint8Array([...HI.subarray(0, 12), 0xfa, 0xf4]) }]));
    const r = await runInProcess(['boot', '--kernel', kernel]);
    expect(r.code).toBe(70);
    expect(r.stderr).toMatch(/halted with interrupts disabled/);
  });

  it('refuses a module file that does not exist', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ringside-boot-'));
    const kernel = join(dir, 'hi.elf');
    writeFileSync(kernel, buildElf(0x10000c, [{ paddr: 0x100000, data: HI }]));
    const r = await runInProcess(['boot', '--kernel', kernel, '--module', join(dir, 'nope.bin') + ',a,b']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cannot read .*nope\.bin: no such file/);
  });

  it('passes the command line and module strings as QEMU does: paths first', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ringside-boot-'));
    const kernel = join(dir, 'show.elf');
    writeFileSync(kernel, buildElf(0x10000c, [{ paddr: 0x100000, data: assembleFlatBinary(SHOW_BOOT_STRINGS, 0x100000) }]));
    const mod = join(dir, 'data.bin');
    writeFileSync(mod, 'x');
    const r = await runInProcess(['boot', '--kernel', kernel, '--module', `${mod},a1,a2`, '--append', 'hello world']);
    expect(r.stdout).toBe(`${kernel} hello world|${mod} a1 a2`);
    expect(r.code).toBe(1); // (0 << 1) | 1
  });
});
