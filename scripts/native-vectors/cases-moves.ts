// Data movement that must leave every flag alone: MOV in all its forms
// (r/m,r; r,r/m; r,imm; r/m,imm; the moffs forms), XCHG, and MOVS/STOS/
// LODS alone and under REP in both directions. Emulators give these fast
// paths of their own, so they get vectors too; the flags are compared.

import { DF } from './flags.ts';
import {
  DATA_WINDOW, MEM, OPERAND_OFFSET, WINDOW_BYTES, asmText, fullReg, hex, imm, immBytes, operandRegs, osize, regName,
  rmBytes, rmText, writeReg, writeRm, type Size,
} from './encode.ts';
import type { Rng } from './rng.ts';
import type { CaseList } from './vector-case.ts';

const SIZES: Size[] = [8, 16, 32];
const EAX = 0;
const ECX = 1;
const ESI = 6;
const EDI = 7;

function moves(list: CaseList, rng: Rng): void {
  for (const size of SIZES) {
    const w = size === 8 ? 0 : 1;
    const p = osize(size);
    for (let i = 0; i < 700; i++) {
      const value = rng.interesting(size);
      const rm = list.rm(size);
      const reg = rng.pick(operandRegs(size));
      // The moffs forms always use the window, so it is always there.
      const state = list.state(EAX, fullReg(size, rm), fullReg(size, reg), MEM);
      let bytes: number[];
      let text: string;
      switch (i % 6) {
        case 0: // mov r/m, r
          writeReg(state.regs, size, reg, value);
          bytes = [...p, 0x88 + w, ...rmBytes(reg, rm)];
          text = asmText('mov', rmText(size, rm), regName(size, reg));
          break;
        case 1: // mov r, r/m
          writeRm(state, size, rm, value);
          bytes = [...p, 0x8a + w, ...rmBytes(reg, rm)];
          text = asmText('mov', regName(size, reg), rmText(size, rm));
          break;
        case 2: // mov r, imm (B0+r / B8+r)
          bytes = [...p, (size === 8 ? 0xb0 : 0xb8) + reg, ...imm(value, immBytes(size))];
          text = asmText('mov', regName(size, reg), hex(value));
          break;
        case 3: // mov r/m, imm (C6/C7 /0)
          bytes = [...p, 0xc6 + w, ...rmBytes(0, rm), ...imm(value, immBytes(size))];
          text = asmText('mov', rmText(size, rm), hex(value));
          break;
        case 4: { // mov accumulator <-> moffs (A0-A3)
          const load = rng.bool();
          if (!load) writeReg(state.regs, size, EAX, value);
          bytes = [...p, (load ? 0xa0 : 0xa2) + w, ...imm(DATA_WINDOW + OPERAND_OFFSET, 4)];
          const moffs = `ds:${hex(DATA_WINDOW + OPERAND_OFFSET)}`;
          text = load ? asmText('mov', regName(size, EAX), moffs) : asmText('mov', moffs, regName(size, EAX));
          break;
        }
        default: { // xchg r/m, r, and the one-byte xchg eAX, r
          writeReg(state.regs, size, reg, value);
          const short = size !== 8 && reg !== EAX && rng.bool();
          if (short) {
            bytes = [...p, 0x90 + reg];
            text = asmText('xchg', regName(size, reg), regName(size, EAX));
          } else {
            bytes = [...p, 0x86 + w, ...rmBytes(reg, rm)];
            text = asmText('xchg', rmText(size, rm), regName(size, reg));
          }
          list.add({ group: `xchg${size}`, text, bytes, ...state, flags: list.flags(), undefFlags: 0, undefRegs: 0 });
          continue;
        }
      }
      list.add({ group: `mov${size}`, text, bytes, ...state, flags: list.flags(), undefFlags: 0, undefRegs: 0 });
    }
  }
}

const PTR: Record<Size, string> = { 8: 'BYTE PTR', 16: 'WORD PTR', 32: 'DWORD PTR' };
const ACC: Record<Size, string> = { 8: 'al', 16: 'ax', 32: 'eax' };
const HALF = WINDOW_BYTES / 2;

/** MOVS copies the lower half of the window into the upper; STOS fills the
 *  upper half; LODS reads the lower half. */
function stringMoves(list: CaseList, rng: Rng): void {
  for (const op of ['movs', 'stos', 'lods'] as const) {
    for (const size of SIZES) {
      for (const rep of [false, true]) {
        for (let i = 0; i < 150; i++) {
          const unit = size / 8;
          const slots = HALF / unit;
          const down = rng.bool();
          const count = rep ? rng.below(slots + 1) : 0;
          const span = Math.max(count, 1);
          const first = down ? slots - 1 - rng.below(slots - span + 1) : rng.below(slots - span + 1);
          const state = list.state(EAX, ECX, ESI, EDI, MEM);
          list.randomWindow(state);
          if (rep) writeReg(state.regs, 32, ECX, count);
          writeReg(state.regs, 32, ESI, DATA_WINDOW + first * unit);
          writeReg(state.regs, 32, EDI, DATA_WINDOW + HALF + first * unit);
          const opcode = { movs: 0xa4, stos: 0xaa, lods: 0xac }[op] + (size === 8 ? 0 : 1);
          const operands = op === 'movs' ? `${PTR[size]} es:[edi],${PTR[size]} ds:[esi]`
            : op === 'stos' ? `${PTR[size]} es:[edi],${ACC[size]}` : `${ACC[size]},${PTR[size]} ds:[esi]`;
          list.add({
            group: `${rep ? 'rep-' : ''}${op}${size}`, text: `${rep ? 'rep ' : ''}${op} ${operands}`,
            bytes: [...(rep ? [0xf3] : []), ...osize(size), opcode],
            ...state, flags: list.flags() | (down ? DF : 0), undefFlags: 0, undefRegs: 0,
          });
        }
      }
    }
  }
}

export function moveCases(list: CaseList, rng: Rng): void {
  moves(list, rng);
  stringMoves(list, rng);
}
