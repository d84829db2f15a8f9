// x87 exceptions as the instruction raises them: flags collected in
// fpu.raised, the stack faults (IE+SF with C1 telling overflow from
// underflow), NaN operands, and what a masked exception leaves behind.
// The dispatcher commits fpu.raised to the status word after the instruction.

import { type Fpu, EXC_ALL, SW_C1, SW_IE, SW_SF } from './state.ts';
import { INDEFINITE_HI } from './ieee.ts';

/** Adds exception flags; true when one of them is unmasked (the destination must then stay unchanged). */
export function raise(f: Fpu, flags: number): boolean {
  f.raised |= flags;
  return (flags & ~f.cw & EXC_ALL) !== 0;
}

export function setC1(f: Fpu, on: boolean): void {
  if (on) f.sw |= SW_C1;
  else f.sw &= ~SW_C1;
}

/** Stack underflow (an empty register read): IE+SF, C1=0. True when masked: the caller stores the indefinite. */
export function underflow(f: Fpu): boolean {
  setC1(f, false);
  return !raise(f, SW_IE | SW_SF);
}

/** Stack overflow (a push onto a full register): IE+SF, C1=1. True when masked. */
export function overflow(f: Fpu): boolean {
  setC1(f, true);
  return !raise(f, SW_IE | SW_SF);
}

/** Pushes the value at the bits given, or takes the stack overflow. */
export function pushBits(f: Fpu, lo: number, hi: number): void {
  const p = (f.top + 7) & 7;
  if (!f.empty[p]) {
    if (!overflow(f)) return;
    lo = 0;
    hi = INDEFINITE_HI;
  }
  f.decTop();
  f.setBits(0, lo, hi);
}

export function isNaNWords(lo: number, hi: number): boolean {
  return (hi & 0x7ff00000) === 0x7ff00000 && ((hi & 0xfffff) | lo) !== 0;
}

export function isSignalling(lo: number, hi: number): boolean {
  return isNaNWords(lo, hi) && (hi & 0x80000) === 0;
}

/** Result words of a NaN-producing operation (outLo/outHi). */
export let outLo = 0;
export let outHi = 0;

export function setOut(lo: number, hi: number): void {
  outLo = lo >>> 0;
  outHi = hi >>> 0;
}

export function setIndefinite(): void {
  setOut(0, INDEFINITE_HI);
}

/**
 * NaN operands of a two-operand operation (at least one is a NaN): IE for a
 * signalling one. The result (quieted) is the only NaN; of a signalling and a
 * quiet one, the quiet one; of two of a kind, the larger significand (on equal
 * significands the first operand's). Returns false when IE is unmasked.
 */
export function propagateNaN(f: Fpu, aLo: number, aHi: number, bLo: number, bHi: number): boolean {
  const aNaN = isNaNWords(aLo, aHi), bNaN = isNaNWords(bLo, bHi);
  const aS = isSignalling(aLo, aHi), bS = isSignalling(bLo, bHi);
  if ((aS || bS) && raise(f, SW_IE)) return false;
  let takeB: boolean;
  if (!aNaN || !bNaN) takeB = !aNaN;
  else if (aS !== bS) takeB = aS;
  else takeB = largerSignificand(bLo, bHi, aLo, aHi);
  if (takeB) setOut(bLo, bHi | 0x80000);
  else setOut(aLo, aHi | 0x80000);
  return true;
}

/** A one-operand operation on a NaN: IE if signalling, the quiet NaN as the result. */
export function propagateNaN1(f: Fpu, lo: number, hi: number): boolean {
  if (isSignalling(lo, hi) && raise(f, SW_IE)) return false;
  setOut(lo, hi | 0x80000);
  return true;
}

function largerSignificand(aLo: number, aHi: number, bLo: number, bHi: number): boolean {
  const ah = (aHi | 0x80000) & 0xfffff, bh = (bHi | 0x80000) & 0xfffff;
  return ah !== bh ? ah > bh : (aLo >>> 0) > (bLo >>> 0);
}
