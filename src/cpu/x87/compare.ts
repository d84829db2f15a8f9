// x87 comparisons: FCOM/FCOMP/FCOMPP, FUCOM/FUCOMP/FUCOMPP, FICOM/FICOMP,
// FTST (C3 C2 C0 = 000 greater, 001 less, 100 equal, 111 unordered; C1 = 0),
// and FXAM's classes. (FCOMI is P6, not 486.)

import { type Fpu, SW_C0, SW_C1, SW_C2, SW_C3, SW_IE } from './state.ts';
import { fromWords } from './ieee.ts';
import { isNaNWords, isSignalling, raise, underflow } from './faults.ts';

const CC = SW_C0 | SW_C1 | SW_C2 | SW_C3;

function setCc(f: Fpu, cc: number): void {
  f.sw = (f.sw & ~CC) | cc;
}

/**
 * Compares ST(0) with the operand given as double bits. `unordered` is FUCOM's
 * rule (only signalling NaNs raise IE; FCOM raises it for any NaN). Returns
 * false when an unmasked IE stops the instruction (no pop).
 */
export function compareWith(f: Fpu, bLo: number, bHi: number, unordered: boolean): boolean {
  if (f.isEmpty(0)) {
    const masked = underflow(f);
    if (masked) setCc(f, SW_C0 | SW_C2 | SW_C3);
    return masked;
  }
  const aLo = f.lo(0), aHi = f.hi(0);
  if (isNaNWords(aLo, aHi) || isNaNWords(bLo, bHi)) {
    const invalid = !unordered || isSignalling(aLo, aHi) || isSignalling(bLo, bHi);
    if (invalid && raise(f, SW_IE)) return false;
    setCc(f, SW_C0 | SW_C2 | SW_C3);
    return true;
  }
  const a = fromWords(aLo, aHi), b = fromWords(bLo, bHi);
  setCc(f, a > b ? 0 : a < b ? SW_C0 : SW_C3);
  return true;
}

/** Compares ST(0) with ST(i) (both must be full). */
export function compareRegs(f: Fpu, i: number, unordered: boolean): boolean {
  if (f.isEmpty(i)) {
    const masked = underflow(f);
    if (masked) setCc(f, SW_C0 | SW_C2 | SW_C3);
    return masked;
  }
  return compareWith(f, f.lo(i), f.hi(i), unordered);
}

/**
 * FXAM: C3 C2 C0 = 001 NaN, 010 normal, 011 infinity, 100 zero, 101 empty,
 * 110 denormal; C1 = the sign. A double denormal is a normal extended real,
 * and that is what a 486 would hold, so it is reported as normal.
 */
export function fxam(f: Fpu): void {
  const p = f.phys(0);
  const hi = f.bits[2 * p + 1], lo = f.bits[2 * p];
  let cc = hi >>> 31 ? SW_C1 : 0;
  if (f.empty[p]) cc |= SW_C3 | SW_C0;
  else if (isNaNWords(lo, hi)) cc |= SW_C0;
  else if ((hi & 0x7ff00000) === 0x7ff00000) cc |= SW_C2 | SW_C0;
  else if (((hi & 0x7fffffff) | lo) === 0) cc |= SW_C3;
  else cc |= SW_C2;
  setCc(f, cc);
}
