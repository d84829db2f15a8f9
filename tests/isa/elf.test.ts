import { describe, expect, it } from 'vitest';
import { assemble } from '../../src/isa/assembler.ts';
import { ElfError, readElf } from '../../src/isa/elf-read.ts';
import { writeElfExecutable } from '../../src/isa/elf-write.ts';

const source = [
  'section .multiboot', 'align 4', 'dd 0x1BADB002, 0, -0x1BADB002',
  'section .text', 'global _start', '_start:', '%line 3+0 hello.c', '  mov eax, msg', '%line 4+0 hello.c', '  int 0x80', '  jmp _start',
  'helper: ret',
  'section .rodata', 'msg: db "hello", 10, 0', 'LEN equ $ - msg',
  'section .data', 'val: dd 0x12345678', 'section .bss', 'buf: resb 100',
].join('\n');
const image = assemble([{ name: 'hello.s', text: source }], { base: 0x100000 });
const elf = writeElfExecutable(image);

describe('ELF writer + reader', () => {
  const f = readElf(elf);

  it('writes one PT_LOAD per section with page-congruent offsets and section flags', () => {
    expect(f.entry).toBe(0x101000);
    expect(f.segments.map((s) => [s.type, s.vaddr, s.paddr, s.filesz, s.memsz, s.flags])).toEqual([
      [1, 0x100000, 0x100000, 12, 12, 4],
      [1, 0x101000, 0x101000, 10, 10, 5],
      [1, 0x102000, 0x102000, 7, 7, 4],
      [1, 0x103000, 0x103000, 4, 4, 6],
      [1, 0x104000, 0x104000, 0, 100, 6],
    ]);
    for (const s of f.segments) expect(s.offset % 4096).toBe(s.vaddr % 4096);
    expect(f.segments[1].data).toEqual(image.sections[1].bytes);
    // The multiboot header must sit in the first 8 KiB of the file.
    expect(f.segments[0].offset + 12).toBeLessThanOrEqual(8192);
  });

  it('has section headers, symbols and the line table', () => {
    expect(f.sections.map((s) => s.name)).toEqual(['', '.multiboot', '.text', '.rodata', '.data', '.bss',
      '.ringside.lines', '.symtab', '.strtab', '.shstrtab']);
    expect(f.sections.find((s) => s.name === '.bss')!.type).toBe(8);
    const byName = Object.fromEntries(f.symbols.map((s) => [s.name, s]));
    expect(byName._start).toMatchObject({ value: 0x101000, size: 9, kind: 'func', global: true, section: '.text' });
    expect(byName.helper).toMatchObject({ value: 0x101009, size: 1, kind: 'func', global: false });
    expect(byName.msg).toMatchObject({ kind: 'object', size: 7, section: '.rodata' });
    expect(byName.LEN).toMatchObject({ value: 7, kind: 'notype', section: null });
    expect(f.lines).toEqual([{ addr: 0x101000, file: 'hello.c', line: 3 }, { addr: 0x101005, file: 'hello.c', line: 4 }]);
  });
});

/** Small deterministic PRNG (mulberry32) so corruption tests are reproducible. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function expectElfErrorOrResult(bytes: Uint8Array): 'error' | 'ok' {
  try {
    readElf(bytes);
    return 'ok';
  } catch (e) {
    expect(e).toBeInstanceOf(ElfError);
    expect((e as Error).message).not.toMatch(/^malformed ELF file: /); // every case has its own check
    return 'error';
  }
}

const patch = (edit: (v: DataView, b: Uint8Array) => void) => {
  const b = elf.slice();
  edit(new DataView(b.buffer), b);
  return b;
};

describe('readElf on malformed input', () => {
  it('names each problem', () => {
    const cases: [Uint8Array, RegExp][] = [
      [new Uint8Array(10), /too short/],
      [patch((_v, b) => { b[1] = 0; }), /bad magic/],
      [patch((_v, b) => { b[4] = 2; }), /not a 32-bit/],
      [patch((_v, b) => { b[5] = 2; }), /little-endian/],
      [patch((v) => v.setUint16(18, 62, true)), /not an i386/],
      [patch((v) => v.setUint16(16, 1, true)), /not an executable/],
      [patch((v) => v.setUint16(42, 56, true)), /program header size/],
      [patch((v) => v.setUint32(28, 0xfffff000, true)), /program header table .* outside the file/],
      [patch((v) => v.setUint32(52 + 4, elf.length, true)), /segment 0 contents .* outside the file/],
      [patch((v) => v.setUint32(52 + 16, 0x10000, true)), /file size .* exceeds memory size/],
      [patch((v) => v.setUint32(52 + 32 + 8, 0x100000, true)), /overlaps segment 0/],
      [patch((v) => { v.setUint32(52 + 8, 0xfffff000, true); v.setUint32(52 + 20, 0x2000, true); v.setUint32(52 + 16, 0, true); }), /wraps past 4 GiB/],
      [patch((v) => v.setUint32(32, elf.length - 10, true)), /section header table .* outside the file/],
      [patch((v) => v.setUint16(50, 99, true)), /section name table index/],
    ];
    for (const [bytes, message] of cases) {
      expect(() => readElf(bytes)).toThrow(ElfError);
      expect(() => readElf(bytes)).toThrow(message);
    }
  });

  it('gives ElfError or a valid result for every truncation', () => {
    const kinds = new Set<string>();
    for (let n = 0; n < elf.length; n += n < 256 ? 1 : 7) kinds.add(expectElfErrorOrResult(elf.subarray(0, n)));
    expect(kinds.has('error')).toBe(true);
  });

  it('gives ElfError or a valid result for random corruptions', () => {
    const rand = rng(1234);
    const counts = { ok: 0, error: 0 };
    const hot = [...Array(52).keys(), ...Array(5 * 32).keys()].map((i, j) => (j < 52 ? i : 52 + i));
    for (let i = 0; i < 3000; i++) {
      const b = elf.slice();
      const edits = 1 + Math.floor(rand() * 4);
      for (let k = 0; k < edits; k++) {
        // Half the edits hit the headers, where corruption matters most.
        const at = rand() < 0.5 ? hot[Math.floor(rand() * hot.length)] : Math.floor(rand() * b.length);
        b[at] = Math.floor(rand() * 256);
      }
      counts[expectElfErrorOrResult(b)]++;
    }
    expect(counts.error).toBeGreaterThan(100);
    expect(counts.ok).toBeGreaterThan(100);
  });
});
