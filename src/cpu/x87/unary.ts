// One-register x87 operations on ST(0) (with ST(1) for FSCALE, FPREM,
// FPREM1, FXTRACT): FCHS FABS FRNDINT FSCALE FXTRACT FPREM FPREM1.

import { type Fpu, SW_C0, SW_C1, SW_C2, SW_C3, SW_IE, SW_OE, SW_PE, SW_UE, SW_ZE } from './state.ts';
import { exponentOf, highWord, lowWord, MIN_NORMAL, roundToInteger } from './ieee.ts';
import { isNaNWords, outHi, outLo, overflow, propagateNaN, propagateNaN1, raise, setC1, setIndefinite, underflow } from './faults.ts';
import { scalb } from './formats.ts';

const INDEF = 0xfff80000;

/** FCHS and FABS flip or clear the sign bit only: no exception even for a signalling NaN. */
export function signOp(f: Fpu, clear: boolean): void {
  setC1(f, false);
  if (f.isEmpty(0)) { if (underflow(f)) f.setBits(0, 0, INDEF); return; }
  const hi = f.hi(0);
  f.setBits(0, f.lo(0), clear ? hi & 0x7fffffff : hi ^ 0x80000000);
}

/** FRNDINT: rounds ST(0) to an integer by RC; PE when that changed it. */
export function frndint(f: Fpu): void {
  setC1(f, false);
  if (f.isEmpty(0)) { if (underflow(f)) f.setBits(0, 0, INDEF); return; }
  const lo = f.lo(0), hi = f.hi(0);
  if (isNaNWords(lo, hi)) { if (propagateNaN1(f, lo, hi)) f.setBits(0, outLo, outHi); return; }
  const x = f.get(0);
  const r = roundToInteger(x, f.rc());
  if (r !== x) {
    raise(f, SW_PE);
    setC1(f, Math.abs(r) > Math.abs(x));
  }
  f.set(0, r);
}

/** FSCALE and FPREM read ST(0) and ST(1) and write ST(0): an empty operand
 *  (stack underflow) or a NaN operand decides the result alone. True when
 *  that happened (the result, if unmasked exceptions allow one, is written). */
function settledFromSt0St1(f: Fpu): boolean {
  setC1(f, false);
  if (f.isEmpty(0) || f.isEmpty(1)) {
    if (underflow(f)) f.setBits(0, 0, INDEF);
    return true;
  }
  const aLo = f.lo(0), aHi = f.hi(0), bLo = f.lo(1), bHi = f.hi(1);
  if (isNaNWords(aLo, aHi) || isNaNWords(bLo, bHi)) {
    if (propagateNaN(f, aLo, aHi, bLo, bHi)) f.setBits(0, outLo, outHi);
    return true;
  }
  return false;
}

/** FSCALE: ST(0) * 2^trunc(ST(1)). */
export function fscale(f: Fpu): void {
  if (settledFromSt0St1(f)) return;
  const x = f.get(0), n = Math.trunc(f.get(1));
  // 0 * 2^+inf and inf * 2^-inf are invalid.
  if ((x === 0 && n === Infinity) || (!Number.isFinite(x) && n === -Infinity)) {
    if (!raise(f, SW_IE)) f.setBits(0, 0, INDEF);
    return;
  }
  if (x === 0 || !Number.isFinite(x)) return;
  if (n === Infinity || n === -Infinity) { f.set(0, n > 0 ? x * Infinity : x * 0); return; }
  const k = Math.max(-4000, Math.min(4000, n));
  const r = scalb(x, k);
  if (!Number.isFinite(r)) {
    raise(f, SW_OE | SW_PE);
    setC1(f, true);
  } else if (Math.abs(r) < MIN_NORMAL) {
    // Tiny: inexact when scaling back does not give x.
    const exactBack = r !== 0 && scalb(r, -k) === x;
    raise(f, exactBack ? ((f.cw & SW_UE) === 0 ? SW_UE : 0) : SW_UE | SW_PE);
  }
  f.set(0, r);
}

/** FXTRACT: ST(0) = exponent, then push the significand (in [1, 2), with ST(0)'s sign). */
export function fxtract(f: Fpu): void {
  setC1(f, false);
  if (f.isEmpty(0)) {
    if (underflow(f)) { f.setBits(0, 0, INDEF); pushRaw(f, 0, INDEF); }
    return;
  }
  if (!f.empty[(f.top + 7) & 7]) {
    if (overflow(f)) { f.setBits(0, 0, INDEF); pushRaw(f, 0, INDEF); }
    return;
  }
  const lo = f.lo(0), hi = f.hi(0);
  if (isNaNWords(lo, hi)) {
    if (!propagateNaN1(f, lo, hi)) return;
    f.setBits(0, outLo, outHi);
    pushRaw(f, outLo, outHi);
    return;
  }
  const x = f.get(0);
  if (x === 0) {
    if (raise(f, SW_ZE)) return;
    f.set(0, -Infinity);
    pushRaw(f, lo, hi);
    return;
  }
  if (!Number.isFinite(x)) { f.set(0, Infinity); pushRaw(f, lo, hi); return; }
  const e = exponentOf(x);
  f.set(0, e);
  const sig = scalb(x, -e);
  pushRaw(f, lowWord(sig), highWord(sig));
}

function pushRaw(f: Fpu, lo: number, hi: number): void {
  f.decTop();
  f.setBits(0, lo, hi);
}

/**
 * FPREM (truncating quotient, like C fmod) and FPREM1 (IEEE remainder, nearest
 * quotient). With an exponent difference D of 64 or more the reduction is
 * partial: C2=1 and ST(0) becomes its remainder by ST(1) * 2^(D-32) (N = 32 of
 * the 32..63 Intel allows), so a loop on C2 finishes the job. Otherwise C2=0
 * and C0 C3 C1 = quotient bits Q2 Q1 Q0.
 */
export function fprem(f: Fpu, ieee: boolean): void {
  if (settledFromSt0St1(f)) return;
  const x = f.get(0), y = f.get(1);
  if (!Number.isFinite(x) || y === 0) {
    if (!raise(f, SW_IE)) { setIndefinite(); f.setBits(0, outLo, outHi); }
    return;
  }
  f.sw &= ~(SW_C0 | SW_C1 | SW_C2 | SW_C3);
  if (x === 0 || !Number.isFinite(y)) return; // the remainder is x itself, quotient 0
  const d = exponentOf(x) - exponentOf(y);
  if (d >= 64) {
    f.sw |= SW_C2;
    f.set(0, x % scalb(y, d - 32));
    return;
  }
  const ay = Math.abs(y);
  let r = x % y; // exact: the truncating remainder
  let q = quotientLow3(x, ay, r);
  if (ieee) {
    // Round the quotient to nearest (ties to even); the new remainder is exact (Sterbenz).
    const twice = 2 * Math.abs(r);
    if (twice > ay || (twice === ay && (q & 1))) {
      r = r > 0 ? r - ay : r + ay;
      q = (q + 1) & 7;
    }
    if (r === 0) r = x < 0 ? -0 : 0;
  }
  if (q & 4) f.sw |= SW_C0;
  if (q & 2) f.sw |= SW_C3;
  if (q & 1) f.sw |= SW_C1;
  f.set(0, r);
}

/** The low three bits of the truncated quotient |x| / |y| (r = x % y). */
function quotientLow3(x: number, ay: number, r: number): number {
  const y8 = ay * 8;
  if (!Number.isFinite(y8)) return Math.round(Math.abs(x - r) / ay) & 7;
  const r8 = Math.abs(x % y8);
  return Math.round((r8 - Math.abs(r)) / ay) & 7;
}
