// Walks the whole instruction table: every decodable form is encoded from its
// table row with chosen operand values, decoded by the one decoder (which must
// find that form and give back every value), printed by the disassembler, and
// the text assembled again by the encoder, which must decode to the same
// instruction (same semantic id and operand values).
import { describe, expect, it } from 'vitest';
import { FORMS, type Form } from '../../src/isa/table.ts';
import { decodeInsn, type Insn } from '../../src/isa/decoder.ts';
import { formatInsn } from '../../src/isa/disassembler.ts';
import { assembleFlatBinary } from '../../src/isa/assembler.ts';
import { F_ARITH, F_CF, F_ZF } from '../../src/isa/facts.ts';
import { toHex } from './fixture.ts';

const MEMORY_KINDS = new Set(['M', 'Mb', 'Mp', 'Ma', 'Ms', 'Mw', 'Md', 'Mq', 'Mt', 'Mx']);
const ADDRESS = 0x401000;

interface Expected { bytes: number[]; fields: Partial<Record<keyof Insn, number>> }

/** The bytes of `form` with a register (mod 3) or memory ModRM operand, and the fields the decoder must return. */
function encodeForm(form: Form, memory: boolean): Expected {
  const bytes: number[] = [];
  const fields: Expected['fields'] = {};
  if (form.osize === 16) bytes.push(0x66);
  if (form.asize === 16) bytes.push(0x67);
  const osize = form.osize ?? 32;
  bytes.push(...form.opcode);
  if (form.plusReg) { bytes[bytes.length - 1] |= 3; fields.opReg = 3; }
  if (form.modrm) {
    const reg = form.ext ?? (form.operands.includes('Sw') ? 3 : 2);
    fields.reg = reg;
    if (!memory) {
      const rm = form.rm ?? 5;
      bytes.push(0xc0 | (reg << 3) | rm);
      Object.assign(fields, { mod: 3, rm });
    } else {
      // [ebx+esi*4+0x12345678]
      bytes.push(0x80 | (reg << 3) | 4, (2 << 6) | (6 << 3) | 3, 0x78, 0x56, 0x34, 0x12);
      Object.assign(fields, { mod: 2, base: 3, index: 6, scale: 2, disp: 0x12345678, hasMemory: 1 });
    }
  }
  const le = (v: number, n: number) => { for (let i = 0; i < n; i++) bytes.push((v >>> (8 * i)) & 0xff); };
  for (const kind of form.operands) {
    switch (kind) {
      case 'Ib': if (form.operands[0] === 'Iw') { le(0x5a, 1); fields.imm2 = 0x5a; } else { le(0x5a, 1); fields.imm = 0x5a; } break;
      case 'sIb': le(0xf0, 1); fields.imm = -16; break;
      case 'Iw': le(0x1234, 2); fields.imm = 0x1234; break;
      case 'Iv': le(0x89abcdef, osize / 8); fields.imm = osize === 32 ? 0x89abcdef : 0xcdef; break;
      case 'Jb': le(0x10, 1); fields.rel = 0x10; break;
      case 'Jv': le(0x1000, osize / 8); fields.rel = 0x1000; break;
      case 'Ob': case 'Ov': le(0x402000, 4); Object.assign(fields, { disp: 0x402000, hasMemory: 1 }); break;
      case 'Ap': le(0x11223344, osize / 8); le(8, 2); Object.assign(fields, { imm: osize === 32 ? 0x11223344 : 0x3344, imm2: 8 }); break;
    }
  }
  return { bytes, fields };
}

/** Every decodable form with each ModRM shape it allows. */
function cases(): { form: Form; memory: boolean }[] {
  const out: { form: Form; memory: boolean }[] = [];
  for (const form of FORMS) {
    if (form.assembleOnly) continue;
    const memOnly = form.mod === 'mem' || form.operands.some((k) => MEMORY_KINDS.has(k));
    const regOnly = form.mod === 'reg' || form.operands.includes('Rd') || !form.modrm;
    if (!memOnly) out.push({ form, memory: false });
    if (!regOnly) out.push({ form, memory: true });
  }
  return out;
}

const decode = (bytes: ArrayLike<number>) => decodeInsn((i) => (i < bytes.length ? bytes[i] : -1), 32);

/** The operands of an Insn in order, whatever the encoding (a register in ModRM reg or r/m, imm8 or imm32). */
function operandValues(insn: Insn): string {
  const mem = () => `[${insn.base},${insn.index},${insn.index >= 0 ? insn.scale : 0},${insn.disp}]`;
  const tokens = insn.form.operands.map((k) => {
    if (k[0] === 'E' || k === 'Rd' || k === 'STi') return insn.mod === 3 ? `r${insn.rm}` : mem();
    if (k[0] === 'M' || k[0] === 'O') return mem();
    if (k[0] === 'G' || k === 'Sw' || k === 'Cd' || k === 'Dd' || k === 'Td') return `r${insn.reg}`;
    if (k[0] === 'Z') return `r${insn.opReg}`;
    if (k === 'Ib' && insn.form.operands[0] === 'Iw') return `${insn.imm2}`;
    if (k[0] === 'I' || k === 'sIb') return `${insn.imm | 0}`;
    if (k === 'eAX' || k === 'AL') return 'r0';
    if (k === 'Ap') return `${insn.imm2}:${insn.imm}`;
    return k;
  });
  return `${insn.form.sem}/${insn.osize} ${tokens.join(',')}`;
}

describe('decoder over the whole instruction table', () => {
  const all = cases();

  it('finds every form again, with its length and operand values', () => {
    const problems: string[] = [];
    for (const { form, memory } of all) {
      const { bytes, fields } = encodeForm(form, memory);
      const insn = decode(bytes);
      const where = `${form.mnemonic} ${form.operands.join(',')} ${toHex(bytes)}`;
      if (typeof insn === 'string') { problems.push(`${where}: ${insn}`); continue; }
      if (insn.form !== form) { problems.push(`${where}: decoded as ${insn.form.mnemonic} ${insn.form.operands.join(',')}`); continue; }
      if (insn.length !== bytes.length) problems.push(`${where}: length ${insn.length}`);
      for (const [k, v] of Object.entries(fields)) {
        const got = insn[k as keyof Insn];
        if ((typeof got === 'boolean' ? Number(got) : got) !== v) problems.push(`${where}: ${k} = ${String(got)}, want ${v}`);
      }
    }
    expect(problems.slice(0, 20)).toEqual([]);
    expect(all.length).toBeGreaterThan(650);
  });

  it('round-trips through the disassembler and the assembler to the same instruction', () => {
    const problems: string[] = [];
    let roundTrips = 0;
    for (const { form, memory } of all) {
      const { bytes } = encodeForm(form, memory);
      const insn = decode(bytes) as Insn;
      const text = formatInsn(insn, ADDRESS)?.text;
      if (!text) { problems.push(`${form.mnemonic}: no text`); continue; }
      // 0x82 and the other redundant encodings are never assembled; their text names an assemblable twin.
      let again: Uint8Array;
      try {
        again = assembleFlatBinary(text, ADDRESS);
      } catch (e) {
        problems.push(`"${text}": ${(e as Error).message}`);
        continue;
      }
      const back = decode(again);
      if (typeof back === 'string') { problems.push(`"${text}" -> ${toHex(again)}: ${back}`); continue; }
      const a = operandValues(insn), b = operandValues(back);
      // Relative branches: the assembler may choose another displacement size, the target is what matters.
      const target = (i: Insn, len: number) => (ADDRESS + len + i.rel) >>> 0;
      if (a !== b && !(form.operands[0]?.[0] === 'J' && target(insn, insn.length) === target(back, back.length))) {
        problems.push(`"${text}": ${a} / re-assembled ${toHex(again)}: ${b}`);
      }
      if (formatInsn(back, ADDRESS)?.text !== text) problems.push(`"${text}": re-assembled prints "${formatInsn(back, ADDRESS)?.text}"`);
      roundTrips++;
    }
    expect(problems.slice(0, 20)).toEqual([]);
    expect(roundTrips).toBe(all.length);
  });

  it('decodes the x87 escape forms (the CPU raises #NM for them today)', () => {
    const insn = decode([0xdd, 0x45, 0xf8]); // fld QWORD PTR [ebp-0x8]
    expect(typeof insn).not.toBe('string');
    const i = insn as Insn;
    expect([i.form.sem, i.form.family, i.form.mnemonic, i.base, i.disp, i.seg]).toEqual(['esc', 'x87', 'fld', 5, -8, 2]);
    expect((decode([0xd9, 0xe8]) as Insn).form.mnemonic).toBe('fld1');
  });

  it('reports truncated, over-long and undefined bytes', () => {
    expect(decode([0x8b])).toBe('truncated');
    expect(decode(new Array(15).fill(0x66).concat([0x90]))).toBe('too-long');
    expect(decode([0x0f, 0xff])).toBe('invalid');
    expect(decode([0x8d, 0xc0])).toBe('invalid'); // lea with a register operand
  });

  it('attaches facts: flags read and written, block ends', () => {
    const f = (bytes: number[]) => (decode(bytes) as Insn).form;
    expect(f([0x01, 0xc8]).flagsWritten).toBe(F_ARITH);
    expect(f([0x11, 0xc8]).flagsRead).toBe(F_CF);
    expect(f([0x74, 0x00]).flagsRead).toBe(F_ZF);
    expect(f([0x74, 0x00]).endsBlock).toBe(true);
    expect(f([0x89, 0xc8]).endsBlock).toBe(false);
    expect(f([0x8e, 0xd0]).endsBlock).toBe(true); // mov ss, ax
    expect(f([0xcd, 0x80]).mayFault).toBe(true);
  });
});
