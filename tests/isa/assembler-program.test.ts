// Whole programs against NASM: tests/isa/fixtures/program-*/ hold the assembly units
// of a real program (a snapshot of cc output for the kernel and for a user program)
// and nasm-sections.txt, the sections NASM produced for them with the same layout
// rules (scripts/gen-objdump-fixtures-nasm-program.ts). Section addresses, sizes and
// every byte must agree: this checks encodings, jump sizing and layout together.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { assemble } from '../../src/isa/assembler.ts';
import { readElf } from '../../src/isa/elf-read.ts';
import { writeElfExecutable } from '../../src/isa/elf-write.ts';
import { toHex } from './fixture.ts';

const root = fileURLToPath(new URL('./fixtures/', import.meta.url));

for (const dir of readdirSync(root).filter((d) => d.startsWith('program-'))) {
  describe(`${dir} vs NASM`, () => {
    const path = `${root}${dir}/`;
    const { base, entry } = JSON.parse(readFileSync(`${path}layout.json`, 'utf8')) as { base: number; entry: string };
    const units = readdirSync(path).filter((f) => f.endsWith('.s')).sort().map((f) => ({ name: f, text: readFileSync(path + f, 'utf8') }));
    const expected = readFileSync(`${path}nasm-sections.txt`, 'utf8').split('\n').filter((l) => l && !l.startsWith('#'))
      .map((l) => { const [name, addr, size, hex] = l.split('\t'); return { name, addr: parseInt(addr, 16), size: Number(size), hex }; });
    const image = assemble(units, { base, entry });

    it('lays out the same sections at the same addresses', () => {
      expect(image.sections.map((s) => [s.name, s.addr, s.size])).toEqual(expected.map((e) => [e.name, e.addr, e.size]));
    });

    it('produces the same bytes in every section', () => {
      for (const e of expected) {
        const ours = image.sections.find((s) => s.name === e.name)!;
        if (ours.nobits) continue;
        const hex = toHex(ours.bytes);
        const at = [...hex].findIndex((ch, i) => ch !== e.hex[i]);
        expect(at < 0 ? 'identical' : `${e.name} differs at +0x${(at >> 1).toString(16)}`).toBe('identical');
      }
    });

    it('writes an ELF file that reads back with the same segments and symbols', () => {
      const elf = readElf(writeElfExecutable(image));
      expect(elf.entry).toBe(image.entry);
      expect(elf.segments.map((s) => [s.vaddr, s.memsz])).toEqual(image.sections.map((s) => [s.addr, s.size]));
      expect(elf.symbols.length).toBe(image.symbols.length);
      expect(elf.lines.length).toBe(image.lines.length);
      expect(elf.lines.length).toBeGreaterThan(0);
    });
  });
}
