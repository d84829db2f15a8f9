// x87 transcendental instructions on doubles (JS Math, within 1-2 ulp of a
// 486's results rounded to double; the 486 itself is not correctly rounded):
// FSIN FCOS FSINCOS FPTAN (C2=1 and nothing changes for |x| >= 2^63),
// FPATAN, FYL2X, FYL2XP1, F2XM1.

import { type Fpu, SW_C2, SW_IE, SW_PE, SW_ZE } from './state.ts';
import { isNaNWords, isSignalling, outHi, outLo, overflow, propagateNaN, propagateNaN1, raise, setC1, setIndefinite, underflow } from './faults.ts';

const INDEF = 0xfff80000;
const TWO63 = 2 ** 63;

/** ST(0) checks shared by the one-operand functions: false when an empty or NaN operand was dealt with. */
function operand0(f: Fpu): boolean {
  setC1(f, false);
  if (f.isEmpty(0)) { if (underflow(f)) f.setBits(0, 0, INDEF); return false; }
  const lo = f.lo(0), hi = f.hi(0);
  if (isNaNWords(lo, hi)) { if (propagateNaN1(f, lo, hi)) f.setBits(0, outLo, outHi); return false; }
  return true;
}

function inexactUnless(f: Fpu, exact: boolean): void {
  if (!exact) raise(f, SW_PE);
}

/** FSIN (0), FCOS (1), FPTAN (2), FSINCOS (3). */
export function trig(f: Fpu, which: number): void {
  const pushes = which >= 2;
  if (pushes && !f.isEmpty(7) && !f.isEmpty(0)) {
    if (overflow(f)) { f.setBits(0, 0, INDEF); f.decTop(); f.setBits(0, 0, INDEF); }
    return;
  }
  if (!operand0(f)) {
    // A NaN or empty operand left as a quiet NaN (masked): FPTAN and FSINCOS push it again.
    const lo = f.lo(0), hi = f.hi(0);
    if (pushes && !f.isEmpty(0) && isNaNWords(lo, hi) && !isSignalling(lo, hi)) { f.decTop(); f.setBits(0, lo, hi); }
    return;
  }
  const x = f.get(0);
  if (!Number.isFinite(x)) {
    if (raise(f, SW_IE)) return;
    setIndefinite();
    f.setBits(0, outLo, outHi);
    if (pushes) { f.decTop(); f.setBits(0, outLo, outHi); }
    return;
  }
  f.sw &= ~SW_C2;
  if (Math.abs(x) >= TWO63) { f.sw |= SW_C2; return; } // out of range: the program reduces and retries
  inexactUnless(f, x === 0 && which !== 1);
  switch (which) {
    case 0: f.set(0, Math.sin(x)); return;
    case 1: f.set(0, Math.cos(x)); return;
    case 2: f.set(0, Math.tan(x)); f.decTop(); f.set(0, 1); return;
    default: f.set(0, Math.sin(x)); f.decTop(); f.set(0, Math.cos(x));
  }
}

/** Two-operand functions that leave the result in ST(1) and pop: FPATAN (0), FYL2X (1), FYL2XP1 (2). */
export function dyadic(f: Fpu, which: number): void {
  setC1(f, false);
  if (f.isEmpty(0) || f.isEmpty(1)) {
    if (underflow(f)) { f.setBits(1, 0, INDEF); f.pop(); }
    return;
  }
  const aLo = f.lo(0), aHi = f.hi(0), bLo = f.lo(1), bHi = f.hi(1);
  if (isNaNWords(aLo, aHi) || isNaNWords(bLo, bHi)) {
    if (propagateNaN(f, aLo, aHi, bLo, bHi)) { f.setBits(1, outLo, outHi); f.pop(); }
    return;
  }
  const x = f.get(0), y = f.get(1);
  let r: number;
  if (which === 0) {
    r = Math.atan2(y, x);
    inexactUnless(f, y === 0);
  } else if (which === 1) {
    if (x < 0 || (x === 0 && y === 0) || (x === 1 && !Number.isFinite(y)) || (x === Infinity && y === 0)) {
      if (raise(f, SW_IE)) return;
      setIndefinite();
      f.setBits(1, outLo, outHi);
      f.pop();
      return;
    }
    if (x === 0 && raise(f, SW_ZE)) return;
    r = x === 0 ? (y > 0 ? -Infinity : Infinity) : y * Math.log2(x);
    inexactUnless(f, x === 0 || Number.isInteger(Math.log2(x)));
  } else {
    r = y * (Math.log1p(x) / Math.LN2);
    inexactUnless(f, x === 0);
  }
  f.set(1, r);
  f.pop();
}

/** F2XM1: 2^ST(0) - 1, defined for -1 <= ST(0) <= 1; outside that ST(0) is left as it is (what Intel parts do). */
export function f2xm1(f: Fpu): void {
  if (!operand0(f)) return;
  const x = f.get(0);
  if (x === -Infinity) { f.set(0, -1); return; }
  if (!(Math.abs(x) <= 1)) return;
  inexactUnless(f, x === 0 || x === 1 || x === -1);
  f.set(0, x === 1 ? 1 : x === -1 ? -0.5 : Math.expm1(x * Math.LN2));
}
