// x87 loads and stores: FLD/FST/FSTP (single, double, extended, ST(i)),
// FILD/FIST/FISTP (16/32/64-bit), FBLD/FBSTP and the constants. Memory is
// written before the stack changes, so a #PF restarts the instruction cleanly.

import type { Cpu } from '../cpu.ts';
import { type Fpu, SW_DE, SW_IE, SW_OE, SW_PE, SW_UE } from './state.ts';
import { INDEFINITE_HI, fromWords, highWord, lowWord, nextDown, nextUp, roundToInteger } from './ieee.ts';
import { isNaNWords, isSignalling, pushBits, raise, setC1, underflow } from './faults.ts';
import {
  hiLoad, loLoad, loadedDenormal, readBcd, readDouble, readExtended, readInteger, readSingle,
  writeBcd, writeExtended, writeInteger,
} from './formats.ts';

/** Pushes the real just read (loLoad/hiLoad): signalling NaNs raise IE and load quiet (single and double only). */
function pushLoaded(f: Fpu, quietSignalling: boolean): void {
  setC1(f, false);
  let lo = loLoad, hi = hiLoad;
  if (quietSignalling && isSignalling(lo, hi)) {
    if (raise(f, SW_IE)) return;
    hi |= 0x80000;
  }
  if (loadedDenormal && raise(f, SW_DE)) return;
  pushBits(f, lo, hi);
}

export function fldSingle(cpu: Cpu, f: Fpu, seg: number, off: number): void {
  readSingle(cpu, seg, off);
  pushLoaded(f, true);
}

export function fldDouble(cpu: Cpu, f: Fpu, seg: number, off: number): void {
  readDouble(cpu, seg, off);
  pushLoaded(f, true);
}

/** FLD m80 raises nothing (not even for a signalling NaN or a denormal), as on the 486. */
export function fldExtended(cpu: Cpu, f: Fpu, seg: number, off: number): void {
  readExtended(cpu, seg, off);
  pushLoaded(f, false);
}

export function fldReg(f: Fpu, i: number): void {
  setC1(f, false);
  if (f.isEmpty(i)) {
    if (underflow(f)) pushBits(f, 0, INDEFINITE_HI);
    return;
  }
  pushBits(f, f.lo(i), f.hi(i));
}

export function fild(cpu: Cpu, f: Fpu, bytes: number, seg: number, off: number): void {
  const v = readInteger(cpu, bytes, seg, off);
  setC1(f, false);
  pushBits(f, lowWord(v), highWord(v));
}

export function fbld(cpu: Cpu, f: Fpu, seg: number, off: number): void {
  const v = readBcd(cpu, seg, off);
  setC1(f, false);
  pushBits(f, lowWord(v), highWord(v));
}

/** Constants rounded by RC: the double nearest to each, and whether the true value lies above it. */
const CONSTANTS: [number, boolean][] = [
  [1, false], [3.321928094887362, true], [1.4426950408889634, true], [3.141592653589793, true],
  [0.3010299956639812, false], [0.6931471805599453, true], [0, false],
];

/** FLD1 FLDL2T FLDL2E FLDPI FLDLG2 FLDLN2 FLDZ (index = ModRM r/m). */
export function fldConstant(f: Fpu, which: number): void {
  const [near, above] = CONSTANTS[which];
  let v = near;
  const rc = f.rc();
  if (which !== 0 && which !== 6) {
    if (above && rc === 2) v = nextUp(v);
    else if (!above && (rc === 1 || rc === 3)) v = nextDown(v);
  }
  setC1(f, false);
  pushBits(f, lowWord(v), highWord(v));
}

// --------------------------------------------------------------------- stores

/** Pops after a store when asked. */
function done(f: Fpu, pop: boolean): void {
  if (pop) f.pop();
}

/** ST(0) is empty: masked, the indefinite is stored (by `store`) and the pop happens. */
function emptySource(f: Fpu): boolean {
  return underflow(f);
}

const F32 = new Float32Array(1);
const F32U = new Uint32Array(F32.buffer);

/** Single-precision bits of x rounded by rc, with OE/UE/PE and C1; -1 when an unmasked exception stops the store. */
function toSingle(f: Fpu, lo: number, hi: number): number {
  if (isNaNWords(lo, hi)) {
    if (isSignalling(lo, hi) && raise(f, SW_IE)) return -1;
    return ((hi & 0x80000000) | 0x7fc00000 | ((hi & 0x7ffff) << 3) | (lo >>> 29)) >>> 0;
  }
  const x = fromWords(lo, hi);
  F32[0] = x;
  if (!Number.isFinite(x) || x === F32[0]) return F32U[0];
  const rc = f.rc();
  const neg = x < 0;
  // x differs from its nearest single: step to the neighbour rc asks for (the bits order magnitudes).
  let bitsOut = F32U[0];
  const beyond = Math.abs(F32[0]) > Math.abs(x); // nearest rounded the magnitude up
  const wantUp = rc === 0 ? beyond : rc === 3 ? false : rc === 2 ? !neg : neg;
  if (wantUp !== beyond) bitsOut = beyond ? bitsOut - 1 : bitsOut + 1;
  let flags = SW_PE;
  const ax = Math.abs(x);
  // Overflow: the magnitude, rounded with an unbounded exponent, is above the largest single.
  if (ax >= 2 ** 128 || (ax > 3.4028234663852886e38 && wantUp)) flags |= SW_OE;
  else if (ax < 2 ** -126) flags |= SW_UE;
  if (raise(f, flags) && (flags & (SW_OE | SW_UE))) return -1;
  setC1(f, wantUp);
  return bitsOut >>> 0;
}

export function fstSingle(cpu: Cpu, f: Fpu, seg: number, off: number, pop: boolean): void {
  setC1(f, false);
  let v: number;
  if (f.isEmpty(0)) {
    if (!emptySource(f)) return;
    v = 0xffc00000;
  } else {
    v = toSingle(f, f.lo(0), f.hi(0));
    if (v < 0) return;
  }
  cpu.write32(seg, off, v | 0);
  done(f, pop);
}

export function fstDouble(cpu: Cpu, f: Fpu, seg: number, off: number, pop: boolean): void {
  setC1(f, false);
  let lo = 0, hi = INDEFINITE_HI;
  if (f.isEmpty(0)) {
    if (!emptySource(f)) return;
  } else {
    lo = f.lo(0);
    hi = f.hi(0);
    if (isSignalling(lo, hi)) {
      if (raise(f, SW_IE)) return;
      hi |= 0x80000;
    }
  }
  cpu.write32(seg, (off + 4) >>> 0, hi | 0);
  cpu.write32(seg, off, lo | 0);
  done(f, pop);
}

/** FSTP m80 stores exactly, signalling NaNs as they are. */
export function fstpExtended(cpu: Cpu, f: Fpu, seg: number, off: number): void {
  setC1(f, false);
  let lo = 0, hi = INDEFINITE_HI;
  if (f.isEmpty(0)) {
    if (!emptySource(f)) return;
  } else {
    lo = f.lo(0);
    hi = f.hi(0);
  }
  writeExtended(cpu, seg, off, lo, hi);
  f.pop();
}

/** FST/FSTP ST(i): a bit copy (no exception for a signalling NaN). */
export function fstReg(f: Fpu, i: number, pop: boolean): void {
  setC1(f, false);
  if (f.isEmpty(0)) {
    if (!emptySource(f)) return;
    f.setBits(i, 0, INDEFINITE_HI);
  } else {
    f.copy(i, 0);
  }
  done(f, pop);
}

const INT_MAX: Record<number, number> = { 2: 32767, 4: 2147483647, 8: 2 ** 63 };

/** FIST/FISTP: rounds by RC; NaN, infinity or out of range is IE (masked: the integer indefinite, the most negative value). */
export function fist(cpu: Cpu, f: Fpu, bytes: number, seg: number, off: number, pop: boolean): void {
  setC1(f, false);
  const indefinite = -INT_MAX[bytes] - (bytes === 8 ? 0 : 1);
  let v = indefinite;
  if (f.isEmpty(0)) {
    if (!emptySource(f)) return;
  } else {
    const x = f.get(0);
    const r = roundToInteger(x, f.rc());
    const max = INT_MAX[bytes];
    // 64-bit: the range is [-2^63, 2^63); the others [-(max+1), max].
    const inRange = r === r && (bytes === 8 ? r >= -max && r < max : r >= -max - 1 && r <= max);
    if (!inRange) {
      if (raise(f, SW_IE)) return;
    } else {
      v = r === 0 ? 0 : r;
      if (r !== x) {
        raise(f, SW_PE); // PE never stops the store
        setC1(f, Math.abs(r) > Math.abs(x));
      }
    }
  }
  writeInteger(cpu, bytes, seg, off, v);
  done(f, pop);
}

/** FBSTP: 18 decimal digits; beyond them IE (masked: the BCD indefinite). */
export function fbstp(cpu: Cpu, f: Fpu, seg: number, off: number): void {
  setC1(f, false);
  let v: number | null = null;
  if (f.isEmpty(0)) {
    if (!emptySource(f)) return;
  } else {
    const x = f.get(0);
    const r = roundToInteger(x, f.rc());
    if (!(Math.abs(r) < 1e18)) {
      if (raise(f, SW_IE)) return;
    } else {
      v = r;
      if (r !== x) {
        raise(f, SW_PE);
        setC1(f, Math.abs(r) > Math.abs(x));
      }
    }
  }
  writeBcd(cpu, seg, off, v);
  f.pop();
}
