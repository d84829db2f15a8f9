// `ringside disasm` of a 16 MiB .text section (8 million lines) ran out of heap:
// the listing was built as one array of lines, then one string. It is now handed
// to a writer in chunks; this checks that no chunk holds more than a slice of it.
import { describe, expect, it } from 'vitest';
import { assemble } from '../../src/isa/assembler.ts';
import { readElf } from '../../src/isa/elf-read.ts';
import { writeElfExecutable } from '../../src/isa/elf-write.ts';
import { writeElfListing } from '../../src/debug/listing.ts';

describe('disassembly listing of a large section', { timeout: 60_000 }, () => {
  const count = 100_000;
  const elf = readElf(writeElfExecutable(assemble([{
    name: 'big.s', text: `section .text\nglobal _start\n_start:\n  times ${count} nop\n  mov dword [0x40001000], 0x12345678\n  ret\n`,
  }], { base: 0x40000000 })));

  it('streams it in bounded chunks of whole lines', () => {
    const chunks: number[] = [];
    let lines = 0;
    let first = '', last = '';
    const n = writeElfListing(elf, 'big.elf', (chunk) => {
      expect(chunk.endsWith('\n')).toBe(true);
      chunks.push(chunk.length);
      for (let i = chunk.indexOf('\n'); i >= 0; i = chunk.indexOf('\n', i + 1)) lines++;
      if (chunks.length === 1) first = chunk;
      last = chunk;
    });
    // Header (3), section title (2), symbol (2), the nops, the mov (2 lines), ret.
    expect(n).toBe(3 + 2 + 2 + count + 2 + 1);
    expect(lines).toBe(n);
    expect(chunks.length).toBeGreaterThan(50);
    expect(Math.max(...chunks)).toBeLessThan(64 * 1024 + 200);
    expect(first).toContain('40000000 <_start>:\n40000000:\t90                   \tnop\n');
    expect(last).toMatch(/\n400186aa:\tc3 +\tret\n$/);
  });
});
