// x87 arithmetic on doubles: + - * / and sqrt with the control word's rounding
// (all four modes) and precision (24 or 53 bits; 64 computes at 53), and the
// exceptions IE ZE OE UE PE with their masked results and C1 (rounded up).
// Results go to outLo/outHi (faults.ts) so NaNs keep their bits.

import { type Fpu, PC_24, SW_IE, SW_OE, SW_PE, SW_UE, SW_ZE } from './state.ts';
import {
  MIN_NORMAL, OP_ADD, OP_DIV, OP_MUL, OP_SQRT, OP_SUB, errorSign, highWord, lowWord, fromWords,
  inexact, roundedUp, overflowResult, roundDirected, roundTo24,
} from './ieee.ts';
import { isNaNWords, propagateNaN, propagateNaN1, raise, setC1, setIndefinite, setOut } from './faults.ts';

let tinyInexact = false, tinyRoundedUp = false, tinyValue = 0;

function outValue(v: number): void {
  setOut(lowWord(v), highWord(v));
}

/**
 * Rounds the nearest-double result r of a OP b (finite operands) by the
 * control word, and raises OE/UE/PE. False when an unmasked exception stops
 * the write (OE/UE unmasked: see README, the masked result is kept instead of
 * the 387's exponent-wrapped one, so the write goes ahead).
 */
function finish(f: Fpu, op: number, a: number, b: number, r: number): boolean {
  const rc = f.rc();
  let s = 0;
  let v: number;
  let over = false;
  if (!Number.isFinite(r)) {
    v = overflowResult(r < 0, rc);
    over = true;
  } else {
    // A zero sum or difference is exact (sums that small are never rounded).
    s = r === 0 && op <= OP_SUB ? 0 : errorSign(op, a, b, r);
    v = roundDirected(r, s, rc);
    // Underflow is judged on the 53-bit result: a double holds any 24-bit one exactly unless it is tiny and inexact here.
    tinyInexact = inexact;
    tinyRoundedUp = roundedUp;
    tinyValue = v;
    if (f.pc() === PC_24) v = roundTo24(v, rc);
    if (!Number.isFinite(v)) { v = overflowResult(v < 0, rc); over = true; }
    // An exact zero from operands of opposite signs is +0, or -0 when rounding down.
    if (v === 0 && rc === 1 && op <= OP_SUB && ((highWord(a) ^ highWord(b)) >>> 31) === (op === OP_ADD ? 1 : 0)) v = -0;
  }
  let flags = 0;
  if (over) flags |= SW_OE;
  else {
    // Tiny before rounding: the exact value is below the smallest normal double.
    const mag = Math.abs(tinyValue);
    const tiny = tinyInexact ? mag < MIN_NORMAL || (mag === MIN_NORMAL && tinyRoundedUp) : mag !== 0 && mag < MIN_NORMAL;
    // Masked, underflow needs a tiny and inexact result; unmasked, tiny is enough.
    if (tiny && (tinyInexact || (f.cw & SW_UE) === 0)) flags |= SW_UE;
  }
  if (inexact) flags |= SW_PE;
  setC1(f, roundedUp);
  raise(f, flags);
  outValue(v);
  return true;
}

/** a OP b for OP_ADD..OP_DIV ("a" is the left operand: a - b, a / b). */
export function binary(f: Fpu, op: number, aLo: number, aHi: number, bLo: number, bHi: number): boolean {
  setC1(f, false);
  if (isNaNWords(aLo, aHi) || isNaNWords(bLo, bHi)) return propagateNaN(f, aLo, aHi, bLo, bHi);
  const a = fromWords(aLo, aHi), b = fromWords(bLo, bHi);
  let r: number;
  switch (op) {
    case OP_ADD: r = a + b; break;
    case OP_SUB: r = a - b; break;
    case OP_MUL: r = a * b; break;
    default: r = a / b;
  }
  if (r !== r) { // inf - inf, 0 * inf, 0 / 0, inf / inf
    if (raise(f, SW_IE)) return false;
    setIndefinite();
    return true;
  }
  if (!Number.isFinite(a) || !Number.isFinite(b)) { outValue(r); return true; }
  if (op === OP_DIV && b === 0) {
    if (raise(f, SW_ZE)) return false;
    outValue(r);
    return true;
  }
  // An exact zero sum of opposite-signed operands: JS gives +0; finish() applies RC.
  return finish(f, op, a, b, r);
}

export function sqrt(f: Fpu, lo: number, hi: number): boolean {
  setC1(f, false);
  if (isNaNWords(lo, hi)) return propagateNaN1(f, lo, hi);
  const a = fromWords(lo, hi);
  if (a < 0) {
    if (raise(f, SW_IE)) return false;
    setIndefinite();
    return true;
  }
  if (a === 0 || a === Infinity) { setOut(lo, hi); return true; }
  return finish(f, OP_SQRT, a, 0, Math.sqrt(a));
}
