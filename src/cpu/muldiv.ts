// MUL, IMUL and DIV, IDIV. MUL/IMUL leave SF/ZF/PF as computed from the low
// half of the product and clear AF (undefined by Intel, as Bochs models it).

import type { Cpu } from './cpu.ts';
import { AF, CF, LAZY_RESULT, OF } from './flags.ts';
import { VEC_DE } from './exceptions.ts';
import { maskTo, signExtend } from './alu.ts';

function setMulFlags(cpu: Cpu, size: number, low: number, overflow: boolean): void {
  cpu.flagsBase = (cpu.flagsBase & ~(CF | OF | AF)) | (overflow ? CF | OF : 0);
  cpu.lazyKind = LAZY_RESULT;
  cpu.lazyTop = size * 8 - 1;
  cpu.lazyRes = low;
}

/** High dword of the unsigned 64-bit product of two unsigned dwords. */
function mulHighUnsigned(a: number, b: number): number {
  const aL = a & 0xffff, aH = a >>> 16, bL = b & 0xffff, bH = b >>> 16;
  const ll = aL * bL, lh = aL * bH, hl = aH * bL, hh = aH * bH;
  const mid = (ll >>> 16) + (lh & 0xffff) + (hl & 0xffff);
  return (hh + (lh >>> 16) + (hl >>> 16) + Math.floor(mid / 0x10000)) >>> 0;
}

/** MUL: accumulator × src (unsigned), result in AX, DX:AX or EDX:EAX. */
export function mul(cpu: Cpu, size: number, src: number): void {
  const r = cpu.regs;
  if (size === 1) {
    const p = cpu.regs8[0] * (src & 0xff);
    cpu.regs16[0] = p;
    setMulFlags(cpu, 1, p & 0xff, p > 0xff);
  } else if (size === 2) {
    const p = cpu.regs16[0] * (src & 0xffff);
    cpu.regs16[0] = p;
    cpu.regs16[4] = p >>> 16;
    setMulFlags(cpu, 2, p & 0xffff, p > 0xffff);
  } else {
    const a = r[0] >>> 0, b = src >>> 0;
    const high = mulHighUnsigned(a, b);
    const low = Math.imul(a, b);
    r[0] = low;
    r[2] = high;
    setMulFlags(cpu, 4, low, high !== 0);
  }
}

/** One-operand IMUL: signed accumulator × src into the double-width pair. */
export function imulWide(cpu: Cpu, size: number, src: number): void {
  const r = cpu.regs;
  if (size === 1) {
    const p = ((cpu.regs8[0] << 24) >> 24) * signExtend(1, src);
    cpu.regs16[0] = p;
    setMulFlags(cpu, 1, p & 0xff, p !== ((p << 24) >> 24));
  } else if (size === 2) {
    const p = ((cpu.regs16[0] << 16) >> 16) * signExtend(2, src);
    cpu.regs16[0] = p;
    cpu.regs16[4] = p >> 16;
    setMulFlags(cpu, 2, p & 0xffff, p !== ((p << 16) >> 16));
  } else {
    const a = r[0] | 0, b = src | 0;
    let high = mulHighUnsigned(a >>> 0, b >>> 0);
    if (a < 0) high -= b >>> 0;
    if (b < 0) high -= a >>> 0;
    high |= 0;
    const low = Math.imul(a, b);
    r[0] = low;
    r[2] = high;
    setMulFlags(cpu, 4, low, high !== (low >> 31));
  }
}

/** Two- and three-operand IMUL: truncated signed product. */
export function imulTruncated(cpu: Cpu, size: number, a: number, b: number): number {
  const sa = signExtend(size, a), sb = signExtend(size, b);
  if (size === 4) {
    const low = Math.imul(sa, sb);
    setMulFlags(cpu, 4, low, sa * sb !== low);
    return low;
  }
  const p = sa * sb;
  const low = maskTo(size, p);
  setMulFlags(cpu, size, low, p !== signExtend(size, low));
  return low;
}

/** DIV: unsigned divide of the double-width accumulator; #DE on zero or overflow. Flags unchanged. */
export function div(cpu: Cpu, size: number, src: number): void {
  if (size === 1) {
    const d = src & 0xff;
    if (d === 0) cpu.fault(VEC_DE, 0);
    const n = cpu.regs16[0];
    const q = Math.floor(n / d);
    if (q > 0xff) cpu.fault(VEC_DE, 0);
    cpu.regs8[0] = q;
    cpu.regs8[1] = n % d;
  } else if (size === 2) {
    const d = src & 0xffff;
    if (d === 0) cpu.fault(VEC_DE, 0);
    const n = (cpu.regs16[4] * 0x10000) + cpu.regs16[0];
    const q = Math.floor(n / d);
    if (q > 0xffff) cpu.fault(VEC_DE, 0);
    cpu.regs16[0] = q;
    cpu.regs16[4] = n % d;
  } else {
    const d = src >>> 0;
    if (d === 0) cpu.fault(VEC_DE, 0);
    const hi = cpu.regs[2] >>> 0, lo = cpu.regs[0] >>> 0;
    if (hi >= d) cpu.fault(VEC_DE, 0);
    if (hi === 0) {
      cpu.regs[0] = Math.floor(lo / d);
      cpu.regs[2] = lo % d;
    } else {
      const n = (BigInt(hi) << 32n) | BigInt(lo);
      const bd = BigInt(d);
      cpu.regs[0] = Number(n / bd);
      cpu.regs[2] = Number(n % bd);
    }
  }
}

/** IDIV: signed divide, quotient truncated toward zero; #DE on zero or a quotient out of range. */
export function idiv(cpu: Cpu, size: number, src: number): void {
  if (size === 1) {
    const d = signExtend(1, src);
    if (d === 0) cpu.fault(VEC_DE, 0);
    const n = (cpu.regs16[0] << 16) >> 16;
    const q = Math.trunc(n / d);
    if (q > 127 || q < -128) cpu.fault(VEC_DE, 0);
    cpu.regs8[0] = q;
    cpu.regs8[1] = n % d;
  } else if (size === 2) {
    const d = signExtend(2, src);
    if (d === 0) cpu.fault(VEC_DE, 0);
    const n = (cpu.regs16[4] << 16) | cpu.regs16[0];
    const q = Math.trunc(n / d);
    if (q > 32767 || q < -32768) cpu.fault(VEC_DE, 0);
    cpu.regs16[0] = q;
    cpu.regs16[4] = n % d;
  } else {
    const d = src | 0;
    if (d === 0) cpu.fault(VEC_DE, 0);
    const n = (BigInt(cpu.regs[2] | 0) << 32n) | BigInt(cpu.regs[0] >>> 0);
    const bd = BigInt(d);
    const q = n / bd;
    if (q > 0x7fffffffn || q < -0x80000000n) cpu.fault(VEC_DE, 0);
    cpu.regs[0] = Number(q);
    cpu.regs[2] = Number(n % bd);
  }
}
