// Shift and rotate semantics (group 2, SHLD, SHRD). The count is already
// masked to 5 bits by the caller; a zero count changes nothing.
//
// Undefined flags follow Bochs' model of Intel parts: OF is computed by the
// one-bit formula for every count, AF is cleared by shifts.

import type { Cpu } from './cpu.ts';
import { AF, CF, LAZY_RESULT, OF } from './flags.ts';
import { maskTo, signExtend } from './alu.ts';

function setShiftFlags(cpu: Cpu, size: number, r: number, cf: number, of: number): number {
  cpu.flagsBase = (cpu.flagsBase & ~(CF | OF | AF)) | cf | (of ? OF : 0);
  cpu.lazyKind = LAZY_RESULT;
  cpu.lazyTop = size * 8 - 1;
  cpu.lazyRes = r;
  return r;
}

/** Rotates change only CF and OF. */
function setRotateFlags(cpu: Cpu, cf: number, of: number): void {
  cpu.materializeFlags();
  cpu.flagsBase = (cpu.flagsBase & ~(CF | OF)) | cf | (of ? OF : 0);
}

/** Group 2 by ModRM reg field: ROL ROR RCL RCR SHL SHR SAL(=SHL) SAR. `a` is masked to size. */
export function shiftRotate(cpu: Cpu, op: number, size: number, a: number, count: number): number {
  if (count === 0) return a;
  const bits = size * 8;
  const top = bits - 1;
  const u = size === 4 ? a >>> 0 : a;
  switch (op) {
    case 0: { // ROL
      const c = count & top;
      const r = c === 0 ? a : maskTo(size, (u << c) | (u >>> (bits - c)));
      const cf = r & 1;
      setRotateFlags(cpu, cf, ((r >>> top) & 1) ^ cf);
      return r;
    }
    case 1: { // ROR
      const c = count & top;
      const r = c === 0 ? a : maskTo(size, (u >>> c) | (u << (bits - c)));
      const msb = (r >>> top) & 1;
      setRotateFlags(cpu, msb, msb ^ ((r >>> (top - 1)) & 1));
      return r;
    }
    case 2: { // RCL: rotate through CF, bits+1 positions
      const c = count % (bits + 1);
      if (c === 0) return a;
      let r = u, cf = cpu.getCF();
      for (let i = 0; i < c; i++) {
        const out = (r >>> top) & 1;
        r = maskTo(size, (r << 1) | cf) >>> 0;
        cf = out;
      }
      setRotateFlags(cpu, cf, ((r >>> top) & 1) ^ cf);
      return maskTo(size, r);
    }
    case 3: { // RCR
      const c = count % (bits + 1);
      if (c === 0) return a;
      let r = u, cf = cpu.getCF();
      for (let i = 0; i < c; i++) {
        const out = r & 1;
        r = ((r >>> 1) | (cf << top)) >>> 0;
        cf = out;
      }
      setRotateFlags(cpu, cf, ((r >>> top) ^ (r >>> (top - 1))) & 1);
      return maskTo(size, r);
    }
    case 4: case 6: { // SHL/SAL
      const r = count < 32 ? maskTo(size, u << count) : 0;
      const cf = ((u << (count - 1)) >>> top) & 1;
      return setShiftFlags(cpu, size, r, cf, ((r >>> top) & 1) ^ cf);
    }
    case 5: { // SHR
      const r = maskTo(size, u >>> count);
      const cf = (u >>> (count - 1)) & 1;
      return setShiftFlags(cpu, size, r, cf, ((r >>> top) ^ (r >>> (top - 1))) & 1);
    }
    default: { // SAR
      const s = signExtend(size, a);
      const r = maskTo(size, s >> count);
      const cf = (s >> (count - 1)) & 1;
      return setShiftFlags(cpu, size, r, cf, 0);
    }
  }
}

/** SHLD dest, src, count (size 2 or 4). */
export function shld(cpu: Cpu, size: number, d: number, s: number, count: number): number {
  if (count === 0) return d;
  let r: number, cf: number;
  if (size === 4) {
    r = (d << count) | (count === 0 ? 0 : s >>> (32 - count));
    cf = (d >>> (32 - count)) & 1;
    r |= 0;
  } else {
    // 16-bit with counts above 16: Intel shifts the pattern dest:src:dest.
    const val = d * 2 ** 32 + s * 2 ** 16 + d;
    const shifted = val * 2 ** count;
    r = Math.floor(shifted / 2 ** 32) % 0x10000;
    cf = Math.floor(val / 2 ** (48 - count)) & 1;
  }
  const top = size * 8 - 1;
  return setShiftFlags(cpu, size, r, cf, ((r ^ d) >>> top) & 1);
}

/** SHRD dest, src, count (size 2 or 4). */
export function shrd(cpu: Cpu, size: number, d: number, s: number, count: number): number {
  if (count === 0) return d;
  let r: number, cf: number;
  if (size === 4) {
    r = ((d >>> count) | (s << (32 - count))) | 0;
    cf = (d >>> (count - 1)) & 1;
  } else {
    const val = d + s * 2 ** 16 + d * 2 ** 32;
    r = Math.floor(val / 2 ** count) % 0x10000;
    cf = Math.floor(val / 2 ** (count - 1)) & 1;
  }
  const top = size * 8 - 1;
  return setShiftFlags(cpu, size, r, cf, ((r ^ d) >>> top) & 1);
}
