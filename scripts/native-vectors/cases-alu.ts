// ADD ADC SUB SBB CMP AND OR XOR TEST INC DEC NEG NOT over every register
// encoding, with all pairs of edge operands and CF both clear and set, then
// random operands.

import { UNDEF_LOGIC } from './flags.ts';
import {
  asmText, fullReg, hex, imm, immBytes, operandRegs, osize, rmBytes, rmText, signExtend8, writeRm,
  type MachineState, type Size,
} from './encode.ts';
import { edgeValues, type Rng } from './rng.ts';
import type { CaseList } from './vector-case.ts';

const SIZES: Size[] = [8, 16, 32];
const BINARY_OPS = ['add', 'or', 'adc', 'sbb', 'and', 'sub', 'xor', 'cmp'] as const;

// 'rm,imm8' is 83 /op ib (sign-extended); 'rm,imm82' is 82 /op ib, the
// 8-bit alias of 80 that 32-bit code still accepts.
type Form = 'rm,r' | 'r,rm' | 'acc,imm' | 'rm,imm' | 'rm,imm8' | 'rm,imm82';

/** Every (a, b) pair of edge values, then `randomCount` interesting pairs. */
function operandPairs(rng: Rng, size: Size, randomCount: number): Array<[number, number]> {
  const edges = edgeValues(size);
  const pairs: Array<[number, number]> = [];
  for (const a of edges) for (const b of edges) pairs.push([a, b]);
  for (let i = 0; i < randomCount; i++) pairs.push([rng.interesting(size), rng.interesting(size)]);
  return pairs;
}

/** Emits `mnemonic dst, src` in the chosen encoding with dst = a, src = b;
 *  the r/m operand is sometimes the memory operand. */
function emitBinary(
  list: CaseList, rng: Rng, group: string, mnemonic: string, opIndex: number, size: Size,
  a: number, b: number, cf: 0 | 1, undefFlags: number, forms: Form[],
): void {
  const usable = forms.filter((f) => f !== 'rm,imm8' || signExtend8(b, size) === b);
  const form = rng.pick(usable);
  const w = size === 8 ? 0 : 1;
  const p = osize(size);
  const test = opIndex === -1;
  let bytes: number[];
  let text: string;
  let state: MachineState;
  if (form === 'rm,r' || form === 'r,rm') {
    const rm = list.rm(size);
    const reg = rng.pick(operandRegs(size));
    state = list.state(fullReg(size, rm), fullReg(size, reg));
    const [dst, src] = form === 'rm,r' || test ? [rm, reg] : [reg, rm];
    writeRm(state, size, dst, a);
    writeRm(state, size, src, b);
    const opcode = test ? 0x84 + w : opIndex * 8 + (form === 'rm,r' ? 0 : 2) + w;
    bytes = [...p, opcode, ...rmBytes(reg, rm)];
    text = asmText(mnemonic, rmText(size, dst), rmText(size, src));
  } else {
    const dst = form === 'acc,imm' ? 0 : list.rm(size);
    state = list.state(fullReg(size, dst));
    writeRm(state, size, dst, a);
    if (form === 'acc,imm') {
      bytes = [...p, (test ? 0xa8 : opIndex * 8 + 4) + w, ...imm(b, immBytes(size))];
    } else if (form === 'rm,imm') {
      bytes = [...p, (test ? 0xf6 : 0x80) + w, ...rmBytes(test ? 0 : opIndex, dst), ...imm(b, immBytes(size))];
    } else if (form === 'rm,imm82') {
      bytes = [0x82, ...rmBytes(opIndex, dst), b & 0xff];
    } else {
      bytes = [...p, 0x83, ...rmBytes(opIndex, dst), b & 0xff];
    }
    text = asmText(mnemonic, rmText(size, dst), hex(b));
  }
  list.add({ group, text, bytes, ...state, flags: list.flags(cf), undefFlags, undefRegs: 0 });
}

function binaryOps(list: CaseList, rng: Rng): void {
  for (const [opIndex, op] of BINARY_OPS.entries()) {
    const logic = op === 'and' || op === 'or' || op === 'xor';
    for (const size of SIZES) {
      const forms: Form[] = size === 8 ? ['rm,r', 'r,rm', 'acc,imm', 'rm,imm', 'rm,imm82'] : ['rm,r', 'r,rm', 'acc,imm', 'rm,imm', 'rm,imm8'];
      for (const [a, b] of operandPairs(rng, size, 700)) {
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
          const shortForm = (op === 'inc' || op === 'dec') && size !== 8 && (i & 1) === 0;
          const dst = shortForm ? rng.pick(operandRegs(size)) : list.rm(size);
          const state = list.state(fullReg(size, dst));
          writeRm(state, size, dst, v);
          const bytes = shortForm
            ? [...osize(size), (op === 'inc' ? 0x40 : 0x48) + dst]
            : [...osize(size), grp + (size === 8 ? 0 : 1), ...rmBytes(ext, dst)];
          list.add({
            group: `${op}${size}`, text: asmText(op, rmText(size, dst)), bytes, ...state,
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
