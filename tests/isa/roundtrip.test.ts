// assemble(disassemble(bytes)) over the objdump corpus.
//
// The canonical encoding of an instruction is the one our assembler picks for the
// disassembler's text of it. For every corpus entry E:
//  1. the text re-assembles without error, to bytes C;
//  2. C is canonical: assemble(disassemble(C)) == C exactly;
//  3. C means the same instruction: disassemble(C) equals disassemble(E) after the
//     equivalences listed in `equivalent` below (xchg operand order, +0x0 displacement, [r*2] = [r+r*1], moffs vs
//     ModRM absolute addresses, xchg eax,eax = nop, mov sreg,r16 = mov sreg,r32, fop st(0),st = fop st,st(0)), and C is no longer than E except
//     where objdump's text does not show the 16-bit size (67/66-prefixed absolute
//     addresses, o16 Jcc rel16 and o16 far pointers), where C is the 32-bit form.
// Entries where C == E (the canonical encodings in the corpus) are counted too.
import { describe, expect, it } from 'vitest';
import { assembleFlatBinary } from '../../src/isa/assembler.ts';
import { disassembleOne } from '../../src/isa/disassembler.ts';
import { loadObjdumpFixture, toHex } from './fixture.ts';

/** Texts that name the same instruction. */
function equivalent(a: string, b: string): boolean {
  const norm = (s: string) => s
    // moffs forms print no size; ModRM forms do.
    .replace(/(BYTE|WORD|DWORD) PTR ([a-z]s:0x)/g, '$2')
    // [r*2+d] is [r+r*1+d].
    .replace(/\[(e\w\w)\*2([+-]0x[0-9a-f]+)?\]/g, (_m, r: string, d?: string) => `[${r}+${r}*1${d ?? ''}]`)
    // A zero displacement is the same as none.
    .replace(/\+0x0\]/g, ']')
    // xchg is symmetric; 0x90 is xchg eax,eax.
    .replace(/^xchg (\w+),(\w+)$/, (_m, x: string, y: string) => `xchg ${[x, y].sort().join(',')}`)
    .replace(/^xchg eax,eax$/, 'nop')
    // x87 arithmetic on st(0) with itself has two encodings (D8 /n and DC /n).
    .replace(/^(f\w+) st\(0\),st$/, '$1 st,st(0)')
    // Loading a segment register ignores the operand size: 8E C0 and 66 8E C0 are the same.
    .replace(/^mov ([c-gs]s),e(\w\w)$/, 'mov $1,$2');
  return norm(a) === norm(b);
}

/** objdump texts that do not show a 16-bit operand or address size. */
const hidesSize = (hex: string, text: string) =>
  (hex.includes('67') && /[a-z]s:0x/.test(text)) || /^66(0f8|9a|ea)/.test(hex);

describe('assemble(disassemble(bytes))', () => {
  const entries = loadObjdumpFixture().filter((e) => !e.text.includes('(bad)'));

  it('re-assembles every corpus entry to a canonical encoding of the same instruction', () => {
    const problems: string[] = [];
    let exact = 0;
    for (const e of entries) {
      const text = disassembleOne(e.bytes, 0, e.address).text;
      let c: Uint8Array;
      try {
        c = assembleFlatBinary(text, e.address);
      } catch (err) {
        problems.push(`${e.hex} "${text}": ${(err as Error).message}`);
        continue;
      }
      if (toHex(c) === e.hex) { exact++; continue; }
      const textC = disassembleOne(c, 0, e.address).text;
      const again = toHex(assembleFlatBinary(textC, e.address));
      if (again !== toHex(c)) problems.push(`${e.hex} "${text}": canonical ${toHex(c)} re-assembles to ${again}`);
      if (!equivalent(textC, text)) problems.push(`${e.hex} "${text}": re-assembled as "${textC}"`);
      if (c.length > e.bytes.length && !hidesSize(e.hex, text)) problems.push(`${e.hex} "${text}": longer encoding ${toHex(c)}`);
    }
    expect(problems.slice(0, 20)).toEqual([]);
    // Most of the corpus is already canonical (short displacements, first table forms).
    expect(exact).toBeGreaterThan(entries.length * 0.8);
  });
});
