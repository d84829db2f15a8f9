// MUL and IMUL (one-, two- and three-operand forms), DIV and IDIV with
// operands chosen so that the quotient fits (no #DE).

import { UNDEF_DIV, UNDEF_MUL } from './flags.ts';
import {
  asmText, fullReg, hex, imm, immBytes, mask, operandRegs, osize, readReg, readRm, regName, rmBytes, rmText,
  signExtend8, writeReg, writeRm, type MachineState, type Size,
} from './encode.ts';
import { edgeValues, type Rng } from './rng.ts';
import type { CaseList } from './vector-case.ts';

const SIZES: Size[] = [8, 16, 32];
const EAX = 0;
const EDX = 2;

function pairs(rng: Rng, size: Size, randomCount: number): Array<[number, number]> {
  const edges = edgeValues(size);
  const out: Array<[number, number]> = [];
  for (const a of edges) for (const b of edges) out.push([a, b]);
  for (let i = 0; i < randomCount; i++) out.push([rng.interesting(size), rng.interesting(size)]);
  return out;
}

/** MUL/IMUL r/m: AL/AX/EAX times the operand into AX, DX:AX or EDX:EAX. */
function oneOperand(list: CaseList, rng: Rng): void {
  for (const [op, ext] of [['mul', 4], ['imul', 5]] as const) {
    for (const size of SIZES) {
      for (const [a, b] of pairs(rng, size, 700)) {
        const src = list.rm(size);
        const state = list.state(EAX, EDX, fullReg(size, src));
        writeReg(state.regs, size, EAX, a);
        writeRm(state, size, src, b);
        list.add({
          group: `${op}${size}`, text: asmText(op, rmText(size, src)),
          bytes: [...osize(size), size === 8 ? 0xf6 : 0xf7, ...rmBytes(ext, src)],
          ...state, flags: list.flags(rng.bool() ? 1 : 0), undefFlags: UNDEF_MUL, undefRegs: 0,
        });
      }
    }
  }
}

/** IMUL r, r/m (0F AF) and IMUL r, r/m, imm (69 / 6B). */
function multiOperand(list: CaseList, rng: Rng): void {
  for (const size of [16, 32] as const) {
    for (const [a, b] of pairs(rng, size, 700)) {
      const dst = rng.pick(operandRegs(size));
      const src = list.rm(size);
      const state = list.state(dst, src);
      writeRm(state, size, src, a);
      if (rng.bool()) {
        writeReg(state.regs, size, dst, b);
        list.add({
          group: `imul${size}-2op`, text: asmText('imul', regName(size, dst), rmText(size, src)),
          bytes: [...osize(size), 0x0f, 0xaf, ...rmBytes(dst, src)],
          ...state, flags: list.flags(rng.bool() ? 1 : 0), undefFlags: UNDEF_MUL, undefRegs: 0,
        });
      } else {
        const short = signExtend8(b, size) === b || rng.below(4) === 0;
        const value = short ? signExtend8(b, size) : b;
        list.add({
          group: `imul${size}-3op`, text: asmText('imul', regName(size, dst), rmText(size, src), hex(value)),
          bytes: short
            ? [...osize(size), 0x6b, ...rmBytes(dst, src), value & 0xff]
            : [...osize(size), 0x69, ...rmBytes(dst, src), ...imm(value, immBytes(size))],
          ...state, flags: list.flags(rng.bool() ? 1 : 0), undefFlags: UNDEF_MUL, undefRegs: 0,
        });
      }
    }
  }
}

function signed(value: bigint, bits: number): bigint {
  return BigInt.asIntN(bits, value);
}

/** Whether the division completes without #DE, for the dividend and
 *  divisor the CPU will read from `state`. */
function divides(state: MachineState, size: Size, src: number, isSigned: boolean): boolean {
  const { regs } = state;
  const divisorRaw = BigInt(readRm(state, size, src));
  const dividendRaw = size === 8
    ? BigInt(regs[EAX]! & 0xffff)
    : (BigInt(readReg(regs, size, EDX)) << BigInt(size)) | BigInt(readReg(regs, size, EAX));
  if (divisorRaw === 0n) return false;
  if (!isSigned) return dividendRaw / divisorRaw < 1n << BigInt(size);
  const q = signed(dividendRaw, 2 * size) / signed(divisorRaw, size); // BigInt division truncates, as IDIV does
  return q >= -(1n << BigInt(size - 1)) && q < 1n << BigInt(size - 1);
}

/** Builds a dividend as quotient * divisor + remainder so that most tries
 *  land inside the quotient range, including its extremes. */
function constructDividend(rng: Rng, size: Size, divisor: number, isSigned: boolean): bigint {
  const bits = BigInt(size);
  if (!isSigned) {
    const q = BigInt(rng.interesting(size));
    const r = BigInt(rng.u32() % divisor);
    return q * BigInt(divisor) + r;
  }
  const d = signed(BigInt(divisor), size);
  const q = signed(BigInt(rng.interesting(size)), size);
  const absD = d < 0n ? -d : d;
  const rMag = BigInt(rng.u32()) % absD;
  const product = q * d;
  const negative = product < 0n || (product === 0n && rng.bool());
  const value = product + (negative ? -rMag : rMag);
  return BigInt.asUintN(Number(bits) * 2, value);
}

function divisions(list: CaseList, rng: Rng): void {
  for (const [op, ext, isSigned] of [['div', 6, false], ['idiv', 7, true]] as const) {
    for (const size of SIZES) {
      let made = 0;
      let tries = 0;
      while (made < 1500) {
        if (++tries > 200_000) throw new Error(`${op}${size}: could not find non-faulting operands`);
        const src = list.rm(size);
        const divisor = rng.interesting(size) || 1;
        const dividend = constructDividend(rng, size, divisor, isSigned);
        const state = list.state(EAX, EDX, fullReg(size, src));
        const { regs } = state;
        if (size === 8) {
          writeReg(regs, 16, EAX, Number(dividend & 0xffffn));
        } else {
          writeReg(regs, size, EAX, Number(dividend & BigInt(mask(size))));
          writeReg(regs, size, EDX, Number(dividend >> BigInt(size)));
        }
        writeRm(state, size, src, divisor);
        // The divisor register may overlap the dividend; check what the CPU sees.
        if (!divides(state, size, src, isSigned)) continue;
        made++;
        list.add({
          group: `${op}${size}`, text: asmText(op, rmText(size, src)),
          bytes: [...osize(size), size === 8 ? 0xf6 : 0xf7, ...rmBytes(ext, src)],
          ...state, flags: list.flags(rng.bool() ? 1 : 0), undefFlags: UNDEF_DIV, undefRegs: 0,
        });
      }
    }
  }
}

/** A dividend whose quotient by `divisor` lies just outside the range
 *  (unsigned: 2^size; signed: 2^(size-1) or -2^(size-1)-1), or null when
 *  that does not fit in the double-width dividend. */
function overflowDividend(rng: Rng, size: Size, divisor: number, isSigned: boolean): bigint | null {
  const bits = BigInt(size);
  if (!isSigned) {
    const value = (1n << bits) * BigInt(divisor) + BigInt(rng.u32() % divisor);
    return value < 1n << (2n * bits) ? value : null;
  }
  const d = signed(BigInt(divisor), size);
  const q = rng.bool() ? 1n << (bits - 1n) : -(1n << (bits - 1n)) - 1n;
  const product = q * d;
  const rMag = BigInt(rng.u32()) % (d < 0n ? -d : d);
  const value = product + (product < 0n ? -rMag : rMag);
  const limit = 1n << (2n * bits - 1n);
  return value >= -limit && value < limit ? BigInt.asUintN(2 * size, value) : null;
}

/** DIV/IDIV that must raise #DE: a zero divisor, a quotient one past the
 *  range, the most negative dividend over -1, and random overflows. */
function divideErrors(list: CaseList, rng: Rng): void {
  for (const [op, ext, isSigned] of [['div', 6, false], ['idiv', 7, true]] as const) {
    for (const size of SIZES) {
      const bits = BigInt(size);
      let made = 0;
      for (let tries = 0; made < 300; tries++) {
        if (tries > 100_000) throw new Error(`${op}${size}: could not find faulting operands`);
        const src = list.rm(size);
        const kind = made % 4;
        let divisor = kind === 0 ? 0 : rng.interesting(size) || 1;
        let dividend: bigint | null = BigInt(rng.u32()) << 32n | BigInt(rng.u32());
        if (kind === 1) dividend = overflowDividend(rng, size, divisor, isSigned);
        if (kind === 2 && isSigned) {
          divisor = mask(size); // -1
          dividend = 1n << (2n * bits - 1n); // the most negative double-width value
        }
        if (dividend === null) continue;
        dividend = BigInt.asUintN(2 * size, dividend);
        const state = list.state(EAX, EDX, fullReg(size, src));
        if (size === 8) {
          writeReg(state.regs, 16, EAX, Number(dividend));
        } else {
          writeReg(state.regs, size, EAX, Number(dividend & BigInt(mask(size))));
          writeReg(state.regs, size, EDX, Number(dividend >> bits));
        }
        writeRm(state, size, src, divisor);
        if (divides(state, size, src, isSigned)) continue;
        made++;
        list.add({
          group: `${op}${size}-de`, text: asmText(op, rmText(size, src)),
          bytes: [...osize(size), size === 8 ? 0xf6 : 0xf7, ...rmBytes(ext, src)],
          ...state, flags: list.flags(rng.bool() ? 1 : 0), undefFlags: 0, undefRegs: 0, expectException: 0,
        });
      }
    }
  }
}

export function mulDivCases(list: CaseList, rng: Rng): void {
  oneOperand(list, rng);
  multiOperand(list, rng);
  divisions(list, rng);
  divideErrors(list, rng);
}
