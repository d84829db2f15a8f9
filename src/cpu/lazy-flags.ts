// The lazy flags as pure functions of the lazy state (kind, top, dst, src,
// result, base). The Cpu's getters call them with its fields; compiled blocks
// call them with the locals that hold the same state, so the flag rules are
// written once.

import { AF, CF, LAZY_ADD, LAZY_DEC, LAZY_INC, LAZY_MASK, LAZY_NONE, LAZY_RESULT, LAZY_SUB, OF, PARITY, PF, SF, ZF } from './flags.ts';

export function lazyCF(kind: number, top: number, d: number, s: number, r: number, base: number): number {
  switch (kind) {
    case LAZY_ADD: return (((d & s) | ((d | s) & ~r)) >>> top) & 1;
    case LAZY_SUB: return (((~d & s) | ((~d | s) & r)) >>> top) & 1;
    default: return base & CF;
  }
}

export function lazyZF(kind: number, r: number, base: number): number {
  if (kind === LAZY_NONE) return base & ZF;
  return r === 0 ? ZF : 0;
}

export function lazySF(kind: number, top: number, r: number, base: number): number {
  if (kind === LAZY_NONE) return base & SF;
  return ((r >>> top) & 1) << 7;
}

export function lazyPF(kind: number, r: number, base: number): number {
  if (kind === LAZY_NONE) return base & PF;
  return PARITY[r & 0xff];
}

export function lazyAF(kind: number, d: number, s: number, r: number, base: number): number {
  if (kind === LAZY_NONE || kind === LAZY_RESULT) return base & AF;
  return (d ^ s ^ r) & AF;
}

export function lazyOF(kind: number, top: number, d: number, s: number, r: number, base: number): number {
  switch (kind) {
    case LAZY_ADD: case LAZY_INC: return (((d ^ r) & (s ^ r)) >>> top) & 1 ? OF : 0;
    case LAZY_SUB: case LAZY_DEC: return (((d ^ s) & (d ^ r)) >>> top) & 1 ? OF : 0;
    default: return base & OF;
  }
}

/** EFLAGS from the lazy state. */
export function lazyEflags(kind: number, top: number, d: number, s: number, r: number, base: number): number {
  if (kind === LAZY_NONE) return base >>> 0;
  const lazy = lazyCF(kind, top, d, s, r, base) | lazyPF(kind, r, base) | lazyAF(kind, d, s, r, base) |
    lazyZF(kind, r, base) | lazySF(kind, top, r, base) | lazyOF(kind, top, d, s, r, base);
  const mask = LAZY_MASK[kind];
  return ((base & ~mask) | (lazy & mask)) >>> 0;
}

/** Condition code `cc` (Jcc/SETcc low nibble) from the lazy state. */
export function lazyCondition(cc: number, kind: number, top: number, d: number, s: number, r: number, base: number): boolean {
  // After CMP/SUB of dwords (the usual compare-and-branch) the condition is a
  // plain comparison of the operands; SBB with a borrow fails the result check.
  if (kind === LAZY_SUB && top === 31 && ((d - s) | 0) === (r | 0)) return compareCondition(cc, d | 0, s | 0);
  let t: boolean;
  switch (cc >> 1) {
    case 0: t = lazyOF(kind, top, d, s, r, base) !== 0; break;
    case 1: t = lazyCF(kind, top, d, s, r, base) !== 0; break;
    case 2: t = lazyZF(kind, r, base) !== 0; break;
    case 3: t = lazyCF(kind, top, d, s, r, base) !== 0 || lazyZF(kind, r, base) !== 0; break;
    case 4: t = lazySF(kind, top, r, base) !== 0; break;
    case 5: t = lazyPF(kind, r, base) !== 0; break;
    case 6: t = (lazySF(kind, top, r, base) !== 0) !== (lazyOF(kind, top, d, s, r, base) !== 0); break;
    default: t = lazyZF(kind, r, base) !== 0 || (lazySF(kind, top, r, base) !== 0) !== (lazyOF(kind, top, d, s, r, base) !== 0); break;
  }
  return (cc & 1) === 0 ? t : !t;
}

/** Condition `cc` after `d - s` of dwords (d, s as int32; no borrow in). */
export function compareCondition(cc: number, d: number, s: number): boolean {
  switch (cc) {
    case 0x2: return (d >>> 0) < (s >>> 0);
    case 0x3: return (d >>> 0) >= (s >>> 0);
    case 0x4: return d === s;
    case 0x5: return d !== s;
    case 0x6: return (d >>> 0) <= (s >>> 0);
    case 0x7: return (d >>> 0) > (s >>> 0);
    case 0xc: return d < s;
    case 0xd: return d >= s;
    case 0xe: return d <= s;
    case 0xf: return d > s;
    default: { // O, NO, S, NS, P, NP from the result
      const r = (d - s) | 0;
      const sub = ((d ^ s) & (d ^ r)) < 0;
      const t = cc < 2 ? sub : cc < 10 ? r < 0 : (PARITY[r & 0xff] !== 0);
      return (cc & 1) === 0 ? t : !t;
    }
  }
}
