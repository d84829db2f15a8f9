// Issue 14, item 4: a 300,000-character symbol used to overflow the stack in the
// ELF writer's string table, for both `cc` and `asm`. Now it is written intact.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scratchDir, runHostile, writeFiles } from './hostile-helpers.ts';
import { readElf } from '../../src/isa/elf-read.ts';

let dir = '';
beforeAll(() => { dir = scratchDir(); });

const LONG = 'n'.repeat(300_000);

function symbolNames(elfPath: string): string[] {
  return readElf(new Uint8Array(readFileSync(elfPath))).symbols.map((s) => s.name);
}

describe('ELF writer: very long symbol names', { timeout: 30_000 }, () => {
  it('asm writes a 300,000-character label into .strtab', async () => {
    const file = writeFiles(dir, { 'long.s': `section .text\nglobal _start\n_start:\n${LONG}:\n  ret\n` });
    const r = await runHostile(['asm', file, '-o', join(dir, 'long-asm.elf')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(symbolNames(join(dir, 'long-asm.elf'))).toContain(LONG);
  });

  it('cc writes a 300,000-character global into .strtab', async () => {
    const file = writeFiles(dir, { 'long.c': `int ${LONG};\nint main(void) { return ${LONG}; }\n` });
    const r = await runHostile(['cc', file, '-o', join(dir, 'long-cc.elf')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const names = symbolNames(join(dir, 'long-cc.elf'));
    expect(names).toContain(LONG);
    expect(names).toContain('main');
  });
});
