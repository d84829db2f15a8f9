// DAA DAS AAA AAS AAM AAD: every AL value with every combination of input
// CF and AF, and AAM/AAD with bases other than 10.

import { AF, CF, UNDEF_AAA, UNDEF_AAM, UNDEF_DAA } from './flags.ts';
import { asmText, hex, writeReg } from './encode.ts';
import type { Rng } from './rng.ts';
import type { CaseList } from './vector-case.ts';

const EAX = 0;
const FLAG_COMBOS = [0, CF, AF, CF | AF];

function withCarries(list: CaseList, combo: number): number {
  return (list.flags() & ~(CF | AF)) | combo;
}

function adjustAfterAdd(list: CaseList, rng: Rng): void {
  const ops = [
    { op: 'daa', opcode: 0x27, undef: UNDEF_DAA, ahValues: 1 },
    { op: 'das', opcode: 0x2f, undef: UNDEF_DAA, ahValues: 1 },
    { op: 'aaa', opcode: 0x37, undef: UNDEF_AAA, ahValues: 3 },
    { op: 'aas', opcode: 0x3f, undef: UNDEF_AAA, ahValues: 3 },
  ];
  for (const { op, opcode, undef, ahValues } of ops) {
    for (let al = 0; al < 256; al++) {
      for (const combo of FLAG_COMBOS) {
        // AAA/AAS carry into AH, so AH takes its edges too.
        const ahs = ahValues === 1 ? [rng.u32() & 0xff] : [0x00, 0xff, rng.u32() & 0xff];
        for (const ah of ahs) {
          const state = list.state(EAX);
          writeReg(state.regs, 8, 0, al);
          writeReg(state.regs, 8, 4, ah);
          list.add({
            group: op, text: asmText(op), bytes: [opcode], ...state,
            flags: withCarries(list, combo), undefFlags: undef, undefRegs: 0,
          });
        }
      }
    }
  }
}

/** A base for AAM/AAD: a fixed one, or (null) a random one per case. */
type Base = number | null;

function asciiMultiplyDivide(list: CaseList, rng: Rng): void {
  // AAM 0 raises #DE, so its random bases are non-zero.
  const aamBases: Base[] = [10, 1, 2, 7, 16, 0xff, null];
  for (const fixed of aamBases) {
    for (let al = 0; al < 256; al++) {
      const base = fixed ?? 1 + rng.below(255);
      const state = list.state(EAX);
      writeReg(state.regs, 8, 0, al);
      list.add({
        group: 'aam', text: asmText('aam', hex(base)), bytes: [0xd4, base], ...state,
        flags: withCarries(list, FLAG_COMBOS[al & 3]!), undefFlags: UNDEF_AAM, undefRegs: 0,
      });
    }
  }
  // AH: unpacked-BCD tens digits, all ones, or random.
  const aadRuns: Array<{ base: Base; ah: (al: number) => number }> = [
    { base: 10, ah: (al) => al % 10 },
    { base: 10, ah: () => 0xff },
    { base: 10, ah: () => rng.u32() & 0xff },
    { base: null, ah: () => rng.u32() & 0xff },
    { base: 0, ah: () => rng.u32() & 0xff },
    { base: 1, ah: () => rng.u32() & 0xff },
    { base: 16, ah: () => rng.u32() & 0xff },
    { base: 0xff, ah: () => rng.u32() & 0xff },
  ];
  for (const run of aadRuns) {
    for (let al = 0; al < 256; al++) {
      const base = run.base ?? rng.u32() & 0xff;
      const state = list.state(EAX);
      writeReg(state.regs, 8, 0, al);
      writeReg(state.regs, 8, 4, run.ah(al));
      list.add({
        group: 'aad', text: asmText('aad', hex(base)), bytes: [0xd5, base], ...state,
        flags: withCarries(list, FLAG_COMBOS[al & 3]!), undefFlags: UNDEF_AAM, undefRegs: 0,
      });
    }
  }
}

/** AAM 0 divides by zero: #DE, with AX and the flags left alone. */
function asciiAdjustByZero(list: CaseList, rng: Rng): void {
  for (let al = 0; al < 256; al++) {
    const state = list.state(EAX);
    writeReg(state.regs, 8, 0, al);
    list.add({
      group: 'aam-de', text: asmText('aam', hex(0)), bytes: [0xd4, 0], ...state,
      flags: list.flags(rng.bool() ? 1 : 0), undefFlags: 0, undefRegs: 0, expectException: 0,
    });
  }
}

export function bcdCases(list: CaseList, rng: Rng): void {
  adjustAfterAdd(list, rng);
  asciiMultiplyDivide(list, rng);
  asciiAdjustByZero(list, rng);
}
