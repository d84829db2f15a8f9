// CMPXCHG XADD, CBW CWDE CWD CDQ, MOVSX MOVZX, SETcc over every status-flag
// combination, LAHF SAHF, CLC STC CMC, ARPL.

import { AF, CF, OF, PF, SF, ZF } from './flags.ts';
import { asmText, fullReg, operandRegs, osize, readRm, regName, rmBytes, rmText, writeReg, writeRm, type Size } from './encode.ts';
import type { Rng } from './rng.ts';
import type { CaseList } from './vector-case.ts';

const SIZES: Size[] = [8, 16, 32];
const EAX = 0;
const EDX = 2;

/** CMPXCHG r/m, r (0F B0/B1) with the accumulator equal to the destination
 *  half of the time, and XADD r/m, r (0F C0/C1). */
function exchanges(list: CaseList, rng: Rng): void {
  for (const size of SIZES) {
    const w = size === 8 ? 0 : 1;
    for (let i = 0; i < 1600; i++) {
      const dst = list.rm(size);
      const src = rng.pick(operandRegs(size));
      const state = list.state(EAX, fullReg(size, dst), fullReg(size, src));
      writeRm(state, size, dst, rng.interesting(size));
      writeReg(state.regs, size, src, rng.interesting(size));
      const isCmpxchg = i % 2 === 0;
      if (isCmpxchg && rng.bool()) writeReg(state.regs, size, EAX, readRm(state, size, dst));
      const op = isCmpxchg ? 'cmpxchg' : 'xadd';
      list.add({
        group: `${op}${size}`, text: asmText(op, rmText(size, dst), regName(size, src)),
        bytes: [...osize(size), 0x0f, (isCmpxchg ? 0xb0 : 0xc0) + w, ...rmBytes(src, dst)],
        ...state, flags: list.flags(rng.bool() ? 1 : 0), undefFlags: 0, undefRegs: 0,
      });
    }
  }
}

function signExtensions(list: CaseList, rng: Rng): void {
  const forms = [
    { op: 'cbw', bytes: [0x66, 0x98], size: 8 as Size },
    { op: 'cwde', bytes: [0x98], size: 16 as Size },
    { op: 'cwd', bytes: [0x66, 0x99], size: 16 as Size },
    { op: 'cdq', bytes: [0x99], size: 32 as Size },
  ];
  for (const { op, bytes, size } of forms) {
    for (let i = 0; i < 300; i++) {
      const state = list.state(EAX, EDX);
      writeReg(state.regs, size, EAX, rng.interesting(size));
      list.add({ group: op, text: op, bytes, ...state, flags: list.flags(), undefFlags: 0, undefRegs: 0 });
    }
  }
  const moves = [
    { op: 'movzx', opcode: 0xb6, dst: 32 as Size, src: 8 as Size },
    { op: 'movzx', opcode: 0xb7, dst: 32 as Size, src: 16 as Size },
    { op: 'movzx', opcode: 0xb6, dst: 16 as Size, src: 8 as Size },
    { op: 'movsx', opcode: 0xbe, dst: 32 as Size, src: 8 as Size },
    { op: 'movsx', opcode: 0xbf, dst: 32 as Size, src: 16 as Size },
    { op: 'movsx', opcode: 0xbe, dst: 16 as Size, src: 8 as Size },
  ];
  for (const { op, opcode, dst: dSize, src: sSize } of moves) {
    for (let i = 0; i < 300; i++) {
      const dst = rng.pick(operandRegs(dSize));
      const src = list.rm(sSize);
      const state = list.state(dst, fullReg(sSize, src));
      writeRm(state, sSize, src, rng.interesting(sSize));
      list.add({
        group: `${op}${dSize}-${sSize}`, text: asmText(op, regName(dSize, dst), rmText(sSize, src)),
        bytes: [...osize(dSize), 0x0f, opcode, ...rmBytes(dst, src)],
        ...state, flags: list.flags(), undefFlags: 0, undefRegs: 0,
      });
    }
  }
}

const CONDITIONS = ['o', 'no', 'b', 'ae', 'e', 'ne', 'be', 'a', 's', 'ns', 'p', 'np', 'l', 'ge', 'le', 'g'];
const STATUS_BITS = [CF, PF, AF, ZF, SF, OF];

/** All 64 combinations of the six status flags. */
function everyFlagCombination(): number[] {
  const out: number[] = [];
  for (let m = 0; m < 64; m++) out.push(STATUS_BITS.reduce((f, bit, i) => (m & (1 << i) ? f | bit : f), 0));
  return out;
}

function conditions(list: CaseList): void {
  for (const [cc, name] of CONDITIONS.entries()) {
    for (const flags of everyFlagCombination()) {
      for (let k = 0; k < 2; k++) {
        const dst = list.rm(8);
        list.add({
          group: 'setcc', text: asmText(`set${name}`, rmText(8, dst)), bytes: [0x0f, 0x90 + cc, ...rmBytes(0, dst)],
          ...list.state(fullReg(8, dst)), flags, undefFlags: 0, undefRegs: 0,
        });
      }
    }
  }
  for (const flags of everyFlagCombination()) {
    for (let k = 0; k < 2; k++) {
      list.add({ group: 'lahf', text: 'lahf', bytes: [0x9f], ...list.state(EAX), flags, undefFlags: 0, undefRegs: 0 });
    }
  }
  for (const [op, opcode] of [['clc', 0xf8], ['stc', 0xf9], ['cmc', 0xf5]] as const) {
    for (const flags of everyFlagCombination()) {
      list.add({ group: op, text: op, bytes: [opcode], ...list.state(), flags, undefFlags: 0, undefRegs: 0 });
    }
  }
  for (let ah = 0; ah < 256; ah++) {
    for (let k = 0; k < 4; k++) {
      const state = list.state(EAX);
      writeReg(state.regs, 8, 4, ah);
      list.add({ group: 'sahf', text: 'sahf', bytes: [0x9e], ...state, flags: list.flags(), undefFlags: 0, undefRegs: 0 });
    }
  }
}

/** ARPL r/m16, r16: raises the destination's RPL to the source's, ZF says
 *  whether it did. Valid at any CPL in 32-bit protected mode. */
function adjustRpl(list: CaseList, rng: Rng): void {
  for (let i = 0; i < 600; i++) {
    const dst = list.rm(16);
    const src = rng.pick(operandRegs(16));
    const state = list.state(fullReg(16, dst), src);
    writeRm(state, 16, dst, rng.u32() & 0xffff);
    writeReg(state.regs, 16, src, rng.u32() & 0xffff);
    list.add({
      group: 'arpl', text: asmText('arpl', rmText(16, dst), regName(16, src)), bytes: [0x63, ...rmBytes(src, dst)],
      ...state, flags: list.flags(), undefFlags: 0, undefRegs: 0,
    });
  }
}

export function miscCases(list: CaseList, rng: Rng): void {
  exchanges(list, rng);
  signExtensions(list, rng);
  conditions(list);
  adjustRpl(list, rng);
}
