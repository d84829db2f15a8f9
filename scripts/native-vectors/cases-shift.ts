// SHL SHR SAR ROL ROR RCL RCR in the by-1, by-CL and by-imm8 forms, every
// count 0..31 and some counts of 32 and above (the CPU masks them to 5
// bits), and SHLD/SHRD by CL and by imm8.

import { doubleShiftUndefined, shiftUndefined, type ShiftOp } from './flags.ts';
import { MEM, asmText, fullReg, hex, operandRegs, osize, regName, rmBytes, rmText, writeReg, writeRm, type Size } from './encode.ts';
import { edgeValues, type Rng } from './rng.ts';
import type { CaseList } from './vector-case.ts';

const SIZES: Size[] = [8, 16, 32];
const SHIFT_OPS: Array<[ShiftOp, number]> = [
  ['rol', 0], ['ror', 1], ['rcl', 2], ['rcr', 3], ['shl', 4], ['shr', 5], ['sar', 7],
];
const BIG_COUNTS = [32, 33, 36, 40, 47, 48, 63, 64, 65, 0x80, 0x9f, 0xe1, 0xff];
const COUNTS = [...Array.from({ length: 32 }, (_, i) => i), ...BIG_COUNTS];
const CL = 1;

/** Values to shift: a few edges that exercise sign and carry-out, and random. */
function shiftValues(rng: Rng, size: Size, randomCount: number): number[] {
  const edges = edgeValues(size);
  const picks = [edges[0]!, edges[1]!, edges[edges.length - 1]!, edges[edges.length - 2]!];
  for (let i = 0; i < randomCount; i++) picks.push(rng.interesting(size));
  return picks;
}

function emitShift(list: CaseList, op: ShiftOp, ext: number, size: Size, value: number, count: number, form: '1' | 'cl' | 'imm', cf: 0 | 1): void {
  const w = size === 8 ? 0 : 1;
  // With the CL form the shifted register may be ECX itself; then the count
  // is written last and the value is whatever CL leaves.
  const dst = list.rm(size);
  const state = list.state(fullReg(size, dst), CL);
  const { regs } = state;
  writeRm(state, size, dst, value);
  let bytes: number[];
  let text: string;
  if (form === '1') {
    bytes = [...osize(size), 0xd0 + w, ...rmBytes(ext, dst)];
    text = asmText(op, rmText(size, dst), '1');
  } else if (form === 'cl') {
    writeReg(regs, 8, CL, count);
    bytes = [...osize(size), 0xd2 + w, ...rmBytes(ext, dst)];
    text = asmText(op, rmText(size, dst), 'cl');
  } else {
    bytes = [...osize(size), 0xc0 + w, ...rmBytes(ext, dst), count & 0xff];
    text = asmText(op, rmText(size, dst), hex(count));
  }
  const realCount = form === 'cl' ? regs[CL]! & 0xff : form === '1' ? 1 : count;
  list.add({
    group: `${op}${size}`, text, bytes, ...state, flags: list.flags(cf),
    undefFlags: shiftUndefined(op, size, realCount), undefRegs: 0,
  });
}

function singleShifts(list: CaseList, rng: Rng): void {
  for (const [op, ext] of SHIFT_OPS) {
    for (const size of SIZES) {
      for (const count of COUNTS) {
        for (const value of shiftValues(rng, size, 8)) {
          emitShift(list, op, ext, size, value, count, rng.bool() ? 'cl' : 'imm', rng.bool() ? 1 : 0);
        }
      }
      for (const value of [...edgeValues(size), ...shiftValues(rng, size, 60)]) {
        for (const cf of [0, 1] as const) emitShift(list, op, ext, size, value, 1, '1', cf);
      }
    }
  }
}

/** SHLD/SHRD dst, src, count: 0F A4/AC ib and 0F A5/AD (CL). */
function doubleShifts(list: CaseList, rng: Rng): void {
  for (const [op, opcode] of [['shld', 0xa4], ['shrd', 0xac]] as const) {
    for (const size of [16, 32] as const) {
      for (const count of COUNTS) {
        for (let i = 0; i < 14; i++) {
          const byCl = rng.bool();
          const dst = list.rm(size);
          const src = rng.pick(operandRegs(size));
          const state = list.state(dst, src, CL);
          writeRm(state, size, dst, rng.interesting(size));
          writeReg(state.regs, size, src, rng.interesting(size));
          if (byCl) writeReg(state.regs, 8, CL, count);
          const realCount = byCl ? state.regs[CL]! & 0xff : count;
          const undefFlags = doubleShiftUndefined(size, realCount);
          // A 16-bit count above 16 leaves the destination undefined; in
          // memory that is the whole window (the replay compares it whole).
          const undefDest = (realCount & 0x1f) > size;
          if (undefDest && dst === MEM) continue;
          list.add({
            group: `${op}${size}`,
            text: asmText(op, rmText(size, dst), regName(size, src), byCl ? 'cl' : hex(count)),
            bytes: byCl
              ? [...osize(size), 0x0f, opcode + 1, ...rmBytes(src, dst)]
              : [...osize(size), 0x0f, opcode, ...rmBytes(src, dst), count],
            ...state, flags: list.flags(rng.bool() ? 1 : 0), undefFlags,
            undefRegs: undefDest ? 1 << dst : 0,
          });
        }
      }
    }
  }
}

export function shiftCases(list: CaseList, rng: Rng): void {
  singleShifts(list, rng);
  doubleShifts(list, rng);
}
