// Compares the disassembler with GNU objdump over the fixture corpus
// (tests/isa/fixtures/objdump-intel.txt, made by scripts/gen-objdump-fixtures from
// every table form with ModRM/SIB/displacement shapes and prefix combinations), and
// over objdump-intel-16.txt: the size-dependent part of the corpus as 16-bit code
// (objdump -m i8086, with the 0x66/0x67 prefixes toggled).
//
// Normalisation applied to objdump's text before comparing: runs of whitespace
// (objdump pads the mnemonic to a column with spaces) become one space, and leading
// and trailing whitespace is removed. Nothing else: mnemonics, operand order, sizes,
// prefixes and branch targets must match exactly, and so must the instruction length.
import { describe, expect, it } from 'vitest';
import { disassembleOne, disassembleRange } from '../../src/isa/disassembler.ts';
import { loadObjdumpFixture } from './fixture.ts';

const normalise = (s: string) => s.trim().replace(/\s+/g, ' ');

describe('disassembler vs objdump fixture', () => {
  const entries = loadObjdumpFixture();

  it('has a substantial corpus', () => {
    expect(entries.length).toBeGreaterThan(10000);
  });

  // SALC (D6) is undocumented but the 486 (and our CPU) executes it; objdump says (bad).
  const KNOWN: Record<string, string> = { d6: 'salc' };

  it('matches objdump text and length for every corpus entry', () => {
    const mismatches: string[] = [];
    for (const e of entries) {
      const d = disassembleOne(e.bytes, 0, e.address);
      if (d.text !== (KNOWN[e.hex] ?? normalise(e.text)) || d.length !== e.bytes.length) {
        mismatches.push(`${e.hex}: objdump "${normalise(e.text)}" ours "${d.text}" (${d.length} bytes)`);
      }
    }
    expect(mismatches.slice(0, 20)).toEqual([]);
  });
});

describe('disassembler vs objdump fixture, 16-bit code', () => {
  const entries = loadObjdumpFixture('objdump-intel-16.txt');
  // objdump decodes 66 0F 09 as (bad) in 16-bit code; the CPU executes it as wbinvd.
  const KNOWN: Record<string, string> = { '66670f09': 'data32 addr32 wbinvd', '6667d6': 'data32 addr32 salc' };

  it('has a substantial corpus', () => {
    expect(entries.length).toBeGreaterThan(10000);
  });

  it('matches objdump text and length for every corpus entry', () => {
    const mismatches: string[] = [];
    for (const e of entries) {
      const d = disassembleOne(e.bytes, 0, e.address, { bits: 16 });
      const want = KNOWN[e.hex] ?? normalise(e.text);
      if (d.text !== want || d.length !== e.bytes.length) {
        mismatches.push(`${e.hex}: objdump "${normalise(e.text)}" ours "${d.text}" (${d.length} bytes)`);
      }
    }
    expect(mismatches.slice(0, 20)).toEqual([]);
  });
});

describe('disassembler details', () => {
  it('reports branch targets and symbolizes them', () => {
    const d = disassembleOne(Uint8Array.from([0xe8, 0xfb, 0x0f, 0x00, 0x00]), 0, 0x1000, { symbolize: (a) => (a === 0x2000 ? 'main' : null) });
    expect(d.text).toBe('call 0x2000 <main>');
    expect(d.target).toBe(0x2000);
  });

  it('gives (bad) for undefined and truncated bytes', () => {
    expect(disassembleOne(Uint8Array.from([0x0f, 0xff]), 0, 0).text).toBe('(bad)');
    expect(disassembleOne(Uint8Array.from([0x0f, 0x0b]), 0, 0).text).toBe('ud2');
    const cut = disassembleOne(Uint8Array.from([0xb8, 0x01, 0x02]), 0, 0);
    expect(cut).toMatchObject({ text: '(bad)', length: 1 });
    expect(disassembleOne(Uint8Array.from([0x0f, 0x01, 0xc0]), 0, 0).text).toBe('(bad)');
  });

  it('never decodes past 15 bytes of prefixes', () => {
    const bytes = new Uint8Array(20).fill(0x66);
    expect(disassembleOne(bytes, 0, 0).text).toBe('(bad)');
  });

  it('names x87 instructions (the CPU raises #NM on them, but the bytes exist)', () => {
    expect(disassembleOne(Uint8Array.from([0xdb, 0xe3]), 0, 0).text).toBe('fninit');
    expect(disassembleOne(Uint8Array.from([0xdd, 0x45, 0xf8]), 0, 0).text).toBe('fld QWORD PTR [ebp-0x8]');
  });

  it('walks a range with addresses', () => {
    const r = disassembleRange(Uint8Array.from([0x55, 0x89, 0xe5, 0xc3]), 0x40000000);
    expect(r.map((d) => [d.address, d.text])).toEqual([
      [0x40000000, 'push ebp'], [0x40000001, 'mov ebp,esp'], [0x40000003, 'ret'],
    ]);
  });

  it('decodes 16-bit code when asked', () => {
    expect(disassembleOne(Uint8Array.from([0x8b, 0x46, 0x08]), 0, 0, { bits: 16 }).text).toBe('mov ax,WORD PTR [bp+0x8]');
    expect(disassembleOne(Uint8Array.from([0x66, 0x8b, 0x07]), 0, 0, { bits: 16 }).text).toBe('mov eax,DWORD PTR [bx]');
  });
});
