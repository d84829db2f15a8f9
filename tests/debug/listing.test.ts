import { describe, it, expect } from 'vitest';
import { assemble } from '../../src/isa/assembler.ts';
import { writeElfExecutable } from '../../src/isa/elf-write.ts';
import { readElf } from '../../src/isa/elf-read.ts';
import { elfListing, codeRegions } from '../../src/debug/listing.ts';

function elfOf(text: string) {
  return readElf(writeElfExecutable(assemble([{ name: 't.s', text }], { base: 0x40000000 })));
}

describe('objdump-style listing', { timeout: 60_000 }, () => {
  const elf = elfOf(`section .text
global _start
_start:
  call helper
  mov dword [0x40001000], 0x12345678
  ret
helper:
  ret
`);

  it('lists executable sections with symbol labels and symbolized call targets', () => {
    const text = elfListing(elf, 'prog.elf');
    expect(text).toContain('prog.elf:     file format elf32-i386');
    expect(text).toContain('Disassembly of section .text:');
    expect(text).toContain('\n40000000 <_start>:\n');
    expect(text).toMatch(/40000000:\te8 \w\w \w\w \w\w \w\w +\tcall +.*<helper>/);
  });

  it('continues instructions longer than 7 bytes on the next line', () => {
    const lines = elfListing(elf, 'p').split('\n');
    const at = lines.findIndex((l) => l.startsWith('40000005:'));
    expect(lines[at]).toMatch(/^40000005:\tc7 05 00 10 00 40 78 \tmov +DWORD PTR/);
    expect(lines[at + 1]).toBe('4000000c:\t56 34 12');
  });

  it('falls back to executable segments when there are no section headers', () => {
    const stripped = { ...elf, sections: [] };
    const regions = codeRegions(stripped);
    expect(regions).toHaveLength(1);
    expect(regions[0]!.title).toBe('segment at 0x40000000');
  });
});
