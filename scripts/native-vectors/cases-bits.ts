// BT BTS BTR BTC (register and imm8 bit offsets), BSF BSR, BSWAP.

import { UNDEF_BSF, UNDEF_BT } from './flags.ts';
import { MEM, asmText, hex, operandRegs, osize, readRm, regName, rmBytes, rmText, writeReg, writeRm, type Size } from './encode.ts';
import type { Rng } from './rng.ts';
import type { CaseList } from './vector-case.ts';

const BIT_OPS = [
  { op: 'bt', regOpcode: 0xa3, ext: 4 },
  { op: 'bts', regOpcode: 0xab, ext: 5 },
  { op: 'btr', regOpcode: 0xb3, ext: 6 },
  { op: 'btc', regOpcode: 0xbb, ext: 7 },
];

/** Bit offsets: every in-range offset, then offsets the CPU must reduce
 *  modulo the operand width (large, negative as a register value). */
function bitOffsets(rng: Rng): number[] {
  const out = Array.from({ length: 32 }, (_, i) => i);
  out.push(32, 33, 63, 64, 100, 0xff, 0x80, 0xffff, 0x10000, 0x7fffffff, 0x80000000, 0xffffffff, 0xfffffff0);
  for (let i = 0; i < 20; i++) out.push(rng.u32());
  return out;
}

function bitTests(list: CaseList, rng: Rng): void {
  for (const { op, regOpcode, ext } of BIT_OPS) {
    for (const size of [16, 32] as const) {
      for (const offset of bitOffsets(rng)) {
        for (let i = 0; i < 6; i++) {
          const dst = list.rm(size);
          const value = i === 0 ? 0 : i === 1 ? 0xffffffff : rng.interesting(size);
          const flags = list.flags(rng.bool() ? 1 : 0);
          if (rng.bool()) {
            const src = rng.pick(operandRegs(size));
            const state = list.state(dst, src);
            list.randomWindow(state);
            writeRm(state, size, dst, value);
            // In memory the offset addresses a bit string: keep it signed
            // and small enough to stay inside the data window.
            writeReg(state.regs, size, src, dst === MEM ? (offset & 0xff) - 128 : offset);
            list.add({
              group: `${op}${size}`, text: asmText(op, rmText(size, dst), regName(size, src)),
              bytes: [...osize(size), 0x0f, regOpcode, ...rmBytes(src, dst)],
              ...state, flags, undefFlags: UNDEF_BT, undefRegs: 0,
            });
          } else {
            const state = list.state(dst);
            writeRm(state, size, dst, value);
            const offset8 = offset & 0xff;
            list.add({
              group: `${op}${size}`, text: asmText(op, rmText(size, dst), hex(offset8)),
              bytes: [...osize(size), 0x0f, 0xba, ...rmBytes(ext, dst), offset8],
              ...state, flags, undefFlags: UNDEF_BT, undefRegs: 0,
            });
          }
        }
      }
    }
  }
}

/** Sources for BSF/BSR: zero, every single bit, and random values with
 *  runs of zeros at either end. */
function scanSources(rng: Rng, size: Size): number[] {
  const out = [0, 0, 0, 0];
  for (let i = 0; i < size; i++) out.push((2 ** i) >>> 0);
  const full = size === 32 ? 0xffffffff : 0xffff;
  for (let i = 0; i < 200; i++) {
    const lowZeros = rng.below(size);
    const highZeros = rng.below(size);
    const keep = (full >>> highZeros) & ~((2 ** lowZeros - 1) >>> 0);
    out.push((rng.u32() & keep) >>> 0);
  }
  return out;
}

function bitScans(list: CaseList, rng: Rng): void {
  for (const [op, opcode] of [['bsf', 0xbc], ['bsr', 0xbd]] as const) {
    for (const size of [16, 32] as const) {
      for (const source of scanSources(rng, size)) {
        const dst = rng.pick(operandRegs(size));
        const src = list.rm(size);
        const state = list.state(dst, src);
        writeRm(state, size, src, source);
        // With a zero source the SDM leaves the destination undefined.
        const zero = readRm(state, size, src) === 0;
        list.add({
          group: `${op}${size}`, text: asmText(op, regName(size, dst), rmText(size, src)),
          bytes: [...osize(size), 0x0f, opcode, ...rmBytes(dst, src)],
          ...state, flags: list.flags(rng.bool() ? 1 : 0), undefFlags: UNDEF_BSF, undefRegs: zero ? 1 << dst : 0,
        });
      }
    }
  }
}

function byteSwaps(list: CaseList, rng: Rng): void {
  for (let i = 0; i < 400; i++) {
    const reg = rng.pick(operandRegs(32));
    list.add({
      group: 'bswap32', text: asmText('bswap', regName(32, reg)), bytes: [0x0f, 0xc8 + reg],
      ...list.state(reg), flags: list.flags(), undefFlags: 0, undefRegs: 0,
    });
  }
}

export function bitCases(list: CaseList, rng: Rng): void {
  bitTests(list, rng);
  bitScans(list, rng);
  byteSwaps(list, rng);
}
