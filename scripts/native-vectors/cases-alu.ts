// ADD ADC SUB SBB CMP AND OR XOR TEST INC DEC NEG NOT over every register
// encoding, with all pairs of edge operands and CF both clear and set, then
// random operands.

import { UNDEF_LOGIC } from './flags.ts';
import {
  asmText, hex, imm, immBytes, modrm, operandRegs, osize, regName, signExtend8, writeReg, type Size,
} from './encode.ts';
import { edgeValues, type Rng } from './rng.ts';
import type { CaseList } from './vector-case.ts';

const SIZES: Size[] = [8, 16, 32];
const BINARY_OPS = ['add', 'or', 'adc', 'sbb', 'and', 'sub', 'xor', 'cmp'] as const;

type Form = 'rm,r' | 'r,rm' | 'acc,imm' | 'rm,imm' | 'rm,imm8';

/** Every (a, b) pair of edge values, then `randomCount` interesting pairs. */
function operandPairs(rng: Rng, size: Size, randomCount: number): Array<[number, number]> {
  const edges = edgeValues(size);
  const pairs: Array<[number, number]> = [];
  for (const a of edges) for (const b of edges) pairs.push([a, b]);
  for (let i = 0; i < randomCount; i++) pairs.push([rng.interesting(size), rng.interesting(size)]);
  return pairs;
}

/** Emits `mnemonic dst, src` in the chosen encoding with dst = a, src = b. */
function emitBinary(
  list: CaseList, rng: Rng, group: string, mnemonic: string, opIndex: number, size: Size,
  a: number, b: number, cf: 0 | 1, undefFlags: number, forms: Form[],
): void {
  const usable = forms.filter((f) => f !== 'rm,imm8' || signExtend8(b, size) === b);
  const form = rng.pick(usable);
  const regsOk = operandRegs(size);
  const w = size === 8 ? 0 : 1;
  const p = osize(size);
  let bytes: number[];
  let text: string;
  let regs: number[];
  if (form === 'rm,r' || form === 'r,rm') {
    const dst = rng.pick(regsOk);
    const src = rng.pick(regsOk);
    regs = list.regs(dst & (size === 8 ? 3 : 7), src & (size === 8 ? 3 : 7));
    writeReg(regs, size, dst, a);
    writeReg(regs, size, src, b);
    const base = opIndex === -1 ? 0x84 : opIndex * 8; // -1: TEST
    bytes = form === 'rm,r' || opIndex === -1
      ? [...p, base + w, modrm(src, dst)]
      : [...p, base + 2 + w, modrm(dst, src)];
    text = asmText(mnemonic, regName(size, dst), regName(size, src));
  } else {
    const dst = form === 'acc,imm' ? 0 : rng.pick(regsOk);
    regs = list.regs(dst & (size === 8 ? 3 : 7));
    writeReg(regs, size, dst, a);
    if (form === 'acc,imm') {
      bytes = [...p, (opIndex === -1 ? 0xa8 : opIndex * 8 + 4) + w, ...imm(b, immBytes(size))];
    } else if (form === 'rm,imm') {
      bytes = opIndex === -1
        ? [...p, 0xf6 + w, modrm(0, dst), ...imm(b, immBytes(size))]
        : [...p, 0x80 + w, modrm(opIndex, dst), ...imm(b, immBytes(size))];
    } else {
      bytes = [...p, 0x83, modrm(opIndex, dst), b & 0xff];
    }
    text = asmText(mnemonic, regName(size, dst), hex(b));
  }
  list.add({ group, text, bytes, regs, flags: list.flags(cf), undefFlags, undefRegs: 0 });
}

function binaryOps(list: CaseList, rng: Rng): void {
  for (const [opIndex, op] of BINARY_OPS.entries()) {
    const logic = op === 'and' || op === 'or' || op === 'xor';
    for (const size of SIZES) {
      const forms: Form[] = size === 8 ? ['rm,r', 'r,rm', 'acc,imm', 'rm,imm'] : ['rm,r', 'r,rm', 'acc,imm', 'rm,imm', 'rm,imm8'];
      for (const [a, b] of operandPairs(rng, size, 900)) {
        for (const cf of [0, 1] as const) {
          emitBinary(list, rng, `${op}${size}`, op, opIndex, size, a, b, cf, logic ? UNDEF_LOGIC : 0, forms);
        }
      }
    }
  }
  for (const size of SIZES) {
    for (const [a, b] of operandPairs(rng, size, 600)) {
      emitBinary(list, rng, `test${size}`, 'test', -1, size, a, b, rng.bool() ? 1 : 0, UNDEF_LOGIC, ['rm,r', 'acc,imm', 'rm,imm']);
    }
  }
}

/** INC/DEC (short 40+r/48+r and FE/FF forms), NEG and NOT. */
function unaryOps(list: CaseList, rng: Rng): void {
  const ops = [
    { op: 'inc', ext: 0, grp: 0xfe },
    { op: 'dec', ext: 1, grp: 0xfe },
    { op: 'not', ext: 2, grp: 0xf6 },
    { op: 'neg', ext: 3, grp: 0xf6 },
  ];
  for (const { op, ext, grp } of ops) {
    for (const size of SIZES) {
      const values = [...edgeValues(size), ...edgeValues(size)];
      for (let i = 0; i < 500; i++) values.push(rng.interesting(size));
      for (const [i, v] of values.entries()) {
        for (const cf of [0, 1] as const) {
          const reg = rng.pick(operandRegs(size));
          const regs = list.regs(size === 8 ? reg & 3 : reg);
          writeReg(regs, size, reg, v);
          const shortForm = (op === 'inc' || op === 'dec') && size !== 8 && (i & 1) === 0;
          const bytes = shortForm
            ? [...osize(size), (op === 'inc' ? 0x40 : 0x48) + reg]
            : [...osize(size), grp + (size === 8 ? 0 : 1), modrm(ext, reg)];
          list.add({
            group: `${op}${size}`, text: asmText(op, regName(size, reg)), bytes, regs,
            flags: list.flags(cf), undefFlags: 0, undefRegs: 0,
          });
        }
      }
    }
  }
}

export function aluCases(list: CaseList, rng: Rng): void {
  binaryOps(list, rng);
  unaryOps(list, rng);
}
