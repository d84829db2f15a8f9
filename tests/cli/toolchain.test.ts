import { describe, it, expect, beforeAll } from 'vitest';
import { mkdtempSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInProcess } from './cli-helpers.ts';
import { readElf } from '../../src/isa/elf-read.ts';

let dir = '';
const path = (name: string) => join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ringside-tool-'));
  writeFileSync(path('six.c'), '#define N 6\nint main(void) { return N * 7; }\n');
  writeFileSync(path('broken.c'), 'int main( { return 0; }\n');
  writeFileSync(path('tiny.s'), 'section .text\nglobal _start\n_start:\n  mov eax, 1\n  ret\n');
  writeFileSync(path('bad.s'), 'section .text\nglobal _start\n_start:\n  frob eax\n');
});

describe('ringside cc', { timeout: 60_000 }, () => {
  it('preprocesses with -E', async () => {
    const r = await runInProcess(['cc', path('six.c'), '-E']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('return 6 * 7;');
  });

  it('stops at assembly with -S, to a file with -o', async () => {
    const r = await runInProcess(['cc', path('six.c'), '-S', '-o', path('six.s')]);
    expect(r.code).toBe(0);
    expect(readFileSync(path('six.s'), 'utf8')).toMatch(/^main:/m);
  });

  it('builds a user ELF executable', async () => {
    const r = await runInProcess(['cc', path('six.c'), '-o', path('six.elf')]);
    expect(r.code).toBe(0);
    const elf = readElf(new Uint8Array(readFileSync(path('six.elf'))));
    expect(elf.entry).toBeGreaterThanOrEqual(0x40000000);
    expect(elf.symbols.some((s) => s.name === 'main')).toBe(true);
  });

  it('prints compile diagnostics and exits 1', async () => {
    const r = await runInProcess(['cc', path('broken.c'), '-o', path('broken.elf')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/broken\.c:1:\d+: error: /);
    expect(existsSync(path('broken.elf'))).toBe(false);
  });

  it('refuses -S together with -E', async () => {
    const r = await runInProcess(['cc', path('six.c'), '-S', '-E']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/mutually exclusive/);
  });
});

describe('ringside asm and disasm', { timeout: 60_000 }, () => {
  it('assembles a file and lists it back objdump-style with symbols', async () => {
    expect((await runInProcess(['asm', path('tiny.s'), '-o', path('tiny.elf')])).code).toBe(0);
    const r = await runInProcess(['disasm', path('tiny.elf')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('file format elf32-i386');
    expect(r.stdout).toContain('Disassembly of section .text:');
    expect(r.stdout).toContain('40000000 <_start>:');
    expect(r.stdout).toMatch(/40000000:\tb8 01 00 00 00 +\tmov +eax,0x1\n/);
    expect(r.stdout).toMatch(/40000005:\tc3 +\tret\n/);
  });

  it('reports assembler errors with positions', async () => {
    const r = await runInProcess(['asm', path('bad.s'), '-o', path('bad.elf')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bad\.s:4:\d+: error: /);
  });

  it('rejects a base address that is not page-aligned', async () => {
    const r = await runInProcess(['asm', path('tiny.s'), '--base', '0x1234']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/--base must be a page-aligned address/);
  });
});
