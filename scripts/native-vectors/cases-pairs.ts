// Pairs: a flag-producing instruction followed by one that reads or keeps
// its flags (SETcc, ADC/SBB, RCL/RCR, LAHF, CMC, INC/DEC, SAHF). A single
// instruction replay starts from flags set through setEflags; a pair makes
// the second instruction consume the flags exactly as the first left them
// (in an emulator with lazy flags, before they were ever materialised).
// The consumer never reads a flag the producer leaves undefined.

import {
  AF, CF, OF, PF, SF, STATUS, UNDEF_AAA, UNDEF_AAM, UNDEF_BT, UNDEF_DAA, UNDEF_LOGIC, UNDEF_MUL, ZF,
  shiftUndefined, type ShiftOp,
} from './flags.ts';
import { asmText, hex, modrm, operandRegs, osize, regName, writeReg, type MachineState, type Size } from './encode.ts';
import type { Rng } from './rng.ts';
import type { CaseList } from './vector-case.ts';

interface Step {
  bytes: number[];
  text: string;
  /** Flags this instruction leaves undefined. */
  undef: number;
  /** Flags it reads (for consumers). */
  reads: number;
  /** Flags it writes, defined or not. */
  writes: number;
}

type Producer = (rng: Rng, state: MachineState) => Step;

const SIZES: Size[] = [8, 16, 32];

function step(bytes: number[], text: string, undef: number, reads: number, writes: number): Step {
  return { bytes, text, undef, reads, writes };
}

/** Picks a register of `size` and gives it an interesting value. */
function operand(rng: Rng, state: MachineState, size: Size): number {
  const reg = rng.pick(operandRegs(size));
  writeReg(state.regs, size, reg, rng.interesting(size));
  return reg;
}

const ALU_OPS = ['add', 'or', 'adc', 'sbb', 'and', 'sub', 'xor', 'cmp'];
const SHIFT_OPS: Array<[ShiftOp, number]> = [['rol', 0], ['ror', 1], ['rcl', 2], ['rcr', 3], ['shl', 4], ['shr', 5], ['sar', 7]];

const PRODUCERS: Array<[string, Producer]> = [
  ['alu', (rng, state) => {
    const size = rng.pick(SIZES);
    const opIndex = rng.below(8);
    const op = ALU_OPS[opIndex]!;
    const dst = operand(rng, state, size);
    const src = operand(rng, state, size);
    const logic = op === 'and' || op === 'or' || op === 'xor';
    return step([...osize(size), opIndex * 8 + (size === 8 ? 0 : 1), modrm(src, dst)],
      asmText(op, regName(size, dst), regName(size, src)), logic ? UNDEF_LOGIC : 0, 0, STATUS);
  }],
  ['alu', (rng, state) => {
    const size = rng.pick(SIZES);
    const [op, grp, ext, writes] = rng.pick([['inc', 0xfe, 0, STATUS & ~CF], ['dec', 0xfe, 1, STATUS & ~CF], ['neg', 0xf6, 3, STATUS]] as const);
    const dst = operand(rng, state, size);
    return step([...osize(size), grp + (size === 8 ? 0 : 1), modrm(ext, dst)], asmText(op, regName(size, dst)), 0, 0, writes);
  }],
  ['shift', (rng, state) => {
    const size = rng.pick(SIZES);
    const [op, ext] = rng.pick(SHIFT_OPS);
    const dst = operand(rng, state, size);
    const count = rng.below(4) === 0 ? 1 : rng.below(32);
    const w = size === 8 ? 0 : 1;
    const bytes = count === 1
      ? [...osize(size), 0xd0 + w, modrm(ext, dst)]
      : [...osize(size), 0xc0 + w, modrm(ext, dst), count];
    const text = asmText(op, regName(size, dst), count === 1 ? '1' : hex(count));
    const writes = count === 0 ? 0 : op.startsWith('r') ? CF | OF : STATUS;
    return step(bytes, text, shiftUndefined(op, size, count), 0, writes);
  }],
  ['muldiv', (rng, state) => {
    const size = rng.pick(SIZES);
    const [op, ext] = rng.pick([['mul', 4], ['imul', 5]] as const);
    writeReg(state.regs, size, 0, rng.interesting(size));
    const src = operand(rng, state, size);
    return step([...osize(size), size === 8 ? 0xf6 : 0xf7, modrm(ext, src)], asmText(op, regName(size, src)), UNDEF_MUL, 0, STATUS);
  }],
  ['bits', (rng, state) => {
    const size = rng.pick([16, 32] as const);
    const [op, ext] = rng.pick([['bt', 4], ['bts', 5], ['btr', 6], ['btc', 7]] as const);
    const dst = operand(rng, state, size);
    const bit = rng.below(32);
    return step([...osize(size), 0x0f, 0xba, modrm(ext, dst), bit], asmText(op, regName(size, dst), hex(bit)), UNDEF_BT, 0, STATUS & ~ZF);
  }],
  ['bcd', (rng, state) => {
    writeReg(state.regs, 8, 0, rng.u32() & 0xff);
    const [op, bytes, undef] = rng.pick([
      ['daa', [0x27], UNDEF_DAA], ['das', [0x2f], UNDEF_DAA], ['aaa', [0x37], UNDEF_AAA], ['aas', [0x3f], UNDEF_AAA],
      ['aam 0xa', [0xd4, 0x0a], UNDEF_AAM], ['aad 0xa', [0xd5, 0x0a], UNDEF_AAM],
    ] as const);
    return step([...bytes], op, undef, 0, STATUS);
  }],
  ['flagops', (rng, state) => {
    writeReg(state.regs, 8, 4, rng.u32() & 0xff);
    const [op, opcode, writes] = rng.pick([['sahf', 0x9e, STATUS & ~OF], ['clc', 0xf8, CF], ['stc', 0xf9, CF], ['cmc', 0xf5, CF]] as const);
    return step([opcode], op, 0, 0, writes);
  }],
  ['exchange', (rng, state) => {
    const size = rng.pick(SIZES);
    const isCmpxchg = rng.bool();
    const dst = operand(rng, state, size);
    const src = operand(rng, state, size);
    if (isCmpxchg && rng.bool()) writeReg(state.regs, size, 0, rng.interesting(size));
    const op = isCmpxchg ? 'cmpxchg' : 'xadd';
    return step([...osize(size), 0x0f, (isCmpxchg ? 0xb0 : 0xc0) + (size === 8 ? 0 : 1), modrm(src, dst)],
      asmText(op, regName(size, dst), regName(size, src)), 0, 0, STATUS);
  }],
];

const CONDITIONS: Array<[string, number]> = [
  ['o', OF], ['no', OF], ['b', CF], ['ae', CF], ['e', ZF], ['ne', ZF], ['be', CF | ZF], ['a', CF | ZF],
  ['s', SF], ['ns', SF], ['p', PF], ['np', PF], ['l', SF | OF], ['ge', SF | OF], ['le', ZF | SF | OF], ['g', ZF | SF | OF],
];

function consumer(rng: Rng): Step {
  switch (rng.below(7)) {
    case 0:
    case 1: {
      const cc = rng.below(16);
      const [name, reads] = CONDITIONS[cc]!;
      const dst = rng.pick(operandRegs(8));
      return step([0x0f, 0x90 + cc, modrm(0, dst)], asmText(`set${name}`, regName(8, dst)), 0, reads, 0);
    }
    case 2: {
      const size = rng.pick(SIZES);
      const [op, opcode] = rng.pick([['adc', 0x10], ['sbb', 0x18]] as const);
      const dst = rng.pick(operandRegs(size));
      const src = rng.pick(operandRegs(size));
      return step([...osize(size), opcode + (size === 8 ? 0 : 1), modrm(src, dst)], asmText(op, regName(size, dst), regName(size, src)), 0, CF, STATUS);
    }
    case 3: {
      const size = rng.pick(SIZES);
      const [op, ext] = rng.pick([['rcl', 2], ['rcr', 3]] as const);
      const dst = rng.pick(operandRegs(size));
      return step([...osize(size), 0xd0 + (size === 8 ? 0 : 1), modrm(ext, dst)], asmText(op, regName(size, dst), '1'), 0, CF, CF | OF);
    }
    case 4:
      return rng.bool() ? step([0x9f], 'lahf', 0, SF | ZF | AF | PF | CF, 0) : step([0x9e], 'sahf', 0, 0, STATUS & ~OF);
    case 5:
      return step([0xf5], 'cmc', 0, CF, CF);
    default: {
      const size = rng.pick(SIZES);
      const [op, ext] = rng.pick([['inc', 0], ['dec', 1]] as const);
      const dst = rng.pick(operandRegs(size));
      return step([...osize(size), size === 8 ? 0xfe : 0xff, modrm(ext, dst)], asmText(op, regName(size, dst)), 0, 0, STATUS & ~CF);
    }
  }
}

export function pairCases(list: CaseList, rng: Rng): void {
  for (let i = 0; i < 8000; i++) {
    const [family, produce] = PRODUCERS[i % PRODUCERS.length]!;
    const state = list.state(0, 1, 2, 3, 5, 6, 7);
    const first = produce(rng, state);
    let second = consumer(rng);
    while (second.reads & first.undef) second = consumer(rng);
    list.add({
      group: `pair-${family}`, text: `${first.text} ; ${second.text}`, bytes: [...first.bytes, ...second.bytes], count: 2,
      ...state, flags: list.flags(rng.bool() ? 1 : 0),
      undefFlags: (first.undef & ~second.writes) | second.undef, undefRegs: 0,
    });
  }
}
