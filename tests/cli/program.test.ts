import { describe, it, expect, beforeAll } from 'vitest';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadProgram, ProgramError } from '../../src/build/program.ts';
import { CompileError } from '../../cc/driver.ts';
import { readElf } from '../../src/isa/elf-read.ts';

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ringside-prog-'));
  writeFileSync(join(dir, 'answer.c'), 'int main(void) { return 42; }\n');
  writeFileSync(join(dir, 'start.asm'), 'section .text\nglobal _start\n_start:\n  jmp _start\n');
  writeFileSync(join(dir, 'oops.c'), 'int main(void) { return x; }\n');
});

describe('user programs from FILE', { timeout: 60_000 }, () => {
  it('compiles C and assembly sources as user programs named after the file', () => {
    const c = loadProgram(join(dir, 'answer.c'));
    expect(c.name).toBe('answer');
    expect(readElf(c.elf).symbols.some((s) => s.name === 'main')).toBe(true);
    const asm = loadProgram(join(dir, 'start.asm'));
    expect(asm.name).toBe('start');
    expect(readElf(asm.elf).entry).toBe(0x40000000);
  });

  it('uses an ELF file as it is', () => {
    const built = loadProgram(join(dir, 'answer.c'));
    writeFileSync(join(dir, 'copy.elf'), built.elf);
    const again = loadProgram(join(dir, 'copy.elf'));
    expect(again.name).toBe('copy');
    expect(again.elf).toEqual(new Uint8Array(readFileSync(join(dir, 'copy.elf'))));
  });

  it('lets compile errors through as CompileError with diagnostics', () => {
    expect(() => loadProgram(join(dir, 'oops.c'))).toThrow(CompileError);
  });

  it('explains files it cannot use', () => {
    expect(() => loadProgram(join(dir, 'missing.c'))).toThrow(/cannot read .*missing\.c: no such file/);
    expect(() => loadProgram(dir)).toThrow(/it is a directory/);
    const truncated = join(dir, 'cut.elf');
    writeFileSync(truncated, new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 1, 1, 1]));
    expect(() => loadProgram(truncated)).toThrow(ProgramError);
    expect(() => loadProgram(truncated)).toThrow(/cut\.elf: not a valid ELF32 executable/);
  });
});
