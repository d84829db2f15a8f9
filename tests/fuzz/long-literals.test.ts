// Issue 14, item 5: a 2 MB string literal was reported as "program is too deeply
// nested" (a stack overflow from spreading its bytes). Long literals now compile.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scratchDir, runHostile, writeFiles } from './hostile-helpers.ts';
import { readElf } from '../../src/isa/elf-read.ts';

let dir = '';
beforeAll(() => { dir = scratchDir(); });

const MB2 = 2 * 1024 * 1024;

describe('cc: very long string literals', { timeout: 60_000 }, () => {
  it('compiles a 2 MB string literal into .rodata', async () => {
    const file = writeFiles(dir, { 'big.c': `char *s = "${'x'.repeat(MB2 - 1)}" "y";\nint main(void) { return s[0]; }\n` });
    const r = await runHostile(['cc', file, '-o', join(dir, 'big.elf')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const elf = readElf(new Uint8Array(readFileSync(join(dir, 'big.elf'))));
    const rodata = elf.sections.find((s) => s.name === '.rodata')!;
    expect(rodata.size).toBeGreaterThanOrEqual(MB2 + 1);
  });

  it('takes a long asm("...") text', async () => {
    const text = 'nop\\n'.repeat(50_000);
    const file = writeFiles(dir, { 'nops.c': `int main(void) { asm("${text}"); return 0; }\n` });
    const r = await runHostile(['cc', file, '-S', '-o', join(dir, 'nops.s')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'nops.s'), 'utf8').match(/^\s*nop$/gm)).toHaveLength(50_000);
  });
});
