// x87 memory formats <-> the double registers: single/double/extended reals,
// 16/32/64-bit integers and 18-digit packed BCD. Reals come back as double
// bits (loLoad/hiLoad) so NaN payloads survive; see README "x87 precision"
// for what the 80-bit format loses in a double.

import type { Cpu } from '../cpu.ts';
import { fromWords } from './ieee.ts';

const F32 = new Float32Array(1);
const F32U = new Uint32Array(F32.buffer);
const F64 = new Float64Array(1);
const F64U = new Uint32Array(F64.buffer);

/** Double bits of the last real read or converted. */
export let loLoad = 0;
export let hiLoad = 0;

/** A real in memory is denormal (the DE exception on loads). */
export let loadedDenormal = false;

function setLoad(lo: number, hi: number): void {
  loLoad = lo >>> 0;
  hiLoad = hi >>> 0;
}

/** Converts single-precision bits; sets loLoad/hiLoad. */
export function singleToDouble(u: number): void {
  const exp = (u >>> 23) & 0xff, frac = u & 0x7fffff;
  loadedDenormal = exp === 0 && frac !== 0;
  if (exp === 0xff && frac !== 0) {
    // NaN: the fraction moves up to the top of the double's (the quiet bit stays the quiet bit).
    setLoad((frac & 7) << 29, (u & 0x80000000) | 0x7ff00000 | (frac >>> 3));
    return;
  }
  F32U[0] = u;
  F64[0] = F32[0];
  setLoad(F64U[0], F64U[1]);
}

export function doubleBits(lo: number, hi: number): void {
  const exp = (hi >>> 20) & 0x7ff;
  loadedDenormal = exp === 0 && ((hi & 0xfffff) | lo) !== 0;
  setLoad(lo, hi);
}

const TWO32 = 2 ** 32;

/** x * 2^n without intermediate overflow or underflow where the result is in range. */
export function scalb(x: number, n: number): number {
  while (n > 1000) { x *= 2 ** 1000; n -= 1000; }
  while (n < -1000) { x *= 2 ** -1000; n += 1000; }
  return x * 2 ** n;
}

/**
 * Converts an 80-bit extended real (mantissa lo/hi dwords, sign+exponent word).
 * Finite values round to the nearest double; beyond the double's range they
 * become infinity or zero. Like FLD m80 on a 486, nothing is rejected here: an
 * unnormal becomes its value, a pseudo-infinity or pseudo-NaN the infinity or
 * NaN with the same fraction (a 486 raises IE when arithmetic later uses one).
 */
export function extendedToDouble(lo: number, hi: number, se: number): void {
  const sign = se & 0x8000 ? 0x80000000 : 0;
  const exp = se & 0x7fff;
  if (exp === 0x7fff) {
    const fracHi = hi & 0x7fffffff;
    if ((fracHi | lo) === 0) { setLoad(0, sign | 0x7ff00000); return; }
    // NaN: mantissa bits 62..11 become the double's 52 fraction bits (a nonzero fraction stays nonzero).
    let fracLo = ((hi & 0x7ff) << 21) | (lo >>> 11);
    if (((hi >>> 11) & 0xfffff) === 0 && fracLo === 0) fracLo = 1;
    setLoad(fracLo, sign | 0x7ff00000 | ((hi >>> 11) & 0xfffff));
    return;
  }
  // The 64-bit significand rounds once to 53 bits here; the scaling is exact in range.
  const m = (hi >>> 0) * TWO32 + (lo >>> 0);
  let v = scalb(m, (exp === 0 ? 1 : exp) - 16383 - 63);
  if (sign) v = -v;
  F64[0] = v;
  setLoad(F64U[0], F64U[1]);
}

/** A double's 80-bit image: exact (every double is an extended real). */
export let extLo = 0;
export let extHi = 0;
export let extSe = 0;

export function doubleToExtended(lo: number, hi: number): void {
  const sign = hi & 0x80000000 ? 0x8000 : 0;
  const exp = (hi >>> 20) & 0x7ff;
  let fhi = hi & 0xfffff, flo = lo >>> 0;
  if (exp === 0x7ff) {
    extSe = sign | 0x7fff;
    extHi = (0x80000000 | (fhi << 11) | (flo >>> 21)) >>> 0;
    extLo = (flo << 11) >>> 0;
    return;
  }
  if (exp === 0) {
    if ((fhi | flo) === 0) { extSe = sign; extHi = extLo = 0; return; }
    // A double denormal is a normal extended real: shift the fraction up to the integer bit.
    let e = 1;
    while (!(fhi & 0x100000)) {
      fhi = (fhi << 1) | (flo >>> 31);
      flo = (flo << 1) >>> 0;
      e--;
    }
    extSe = sign | (e - 1023 + 16383);
  } else {
    fhi |= 0x100000;
    extSe = sign | (exp - 1023 + 16383);
  }
  extHi = ((fhi << 11) | (flo >>> 21)) >>> 0;
  extLo = (flo << 11) >>> 0;
}

// ------------------------------------------------------------ memory access

export function readSingle(cpu: Cpu, seg: number, off: number): void {
  singleToDouble(cpu.read32(seg, off) >>> 0);
}

export function readDouble(cpu: Cpu, seg: number, off: number): void {
  const lo = cpu.read32(seg, off);
  doubleBits(lo, cpu.read32(seg, (off + 4) >>> 0));
}

export function readExtended(cpu: Cpu, seg: number, off: number): void {
  const lo = cpu.read32(seg, off);
  const hi = cpu.read32(seg, (off + 4) >>> 0);
  extendedToDouble(lo, hi, cpu.read16(seg, (off + 8) >>> 0));
}

export function writeExtended(cpu: Cpu, seg: number, off: number, lo: number, hi: number): void {
  doubleToExtended(lo, hi);
  // Write the highest byte first: a fault on the last page leaves memory unchanged.
  cpu.write16(seg, (off + 8) >>> 0, extSe);
  cpu.write32(seg, off, extLo);
  cpu.write32(seg, (off + 4) >>> 0, extHi);
}

/** Signed integer of 2, 4 or 8 bytes as a double (64-bit values round to 53 bits). */
export function readInteger(cpu: Cpu, bytes: number, seg: number, off: number): number {
  if (bytes === 2) return (cpu.read16(seg, off) << 16) >> 16;
  if (bytes === 4) return cpu.read32(seg, off) | 0;
  const lo = cpu.read32(seg, off) >>> 0;
  return (cpu.read32(seg, (off + 4) >>> 0) | 0) * TWO32 + lo;
}

/** Writes integer v (already rounded and in range) of 2, 4 or 8 bytes; the 8-byte form takes -2^63 for the indefinite. */
export function writeInteger(cpu: Cpu, bytes: number, seg: number, off: number, v: number): void {
  if (bytes === 2) { cpu.write16(seg, off, v & 0xffff); return; }
  if (bytes === 4) { cpu.write32(seg, off, v | 0); return; }
  const hi = Math.floor(v / TWO32);
  const lo = v - hi * TWO32;
  cpu.write32(seg, (off + 4) >>> 0, hi | 0);
  cpu.write32(seg, off, lo >>> 0);
}

/** Packed BCD: 9 bytes of two digits each (least significant first), then the sign byte. */
export function readBcd(cpu: Cpu, seg: number, off: number): number {
  // 18 digits exceed 2^53: sum exactly, then round once to the nearest double.
  let v = 0n;
  for (let i = 8; i >= 0; i--) {
    const b = cpu.read8(seg, (off + i) >>> 0);
    v = v * 100n + BigInt((b >> 4) * 10 + (b & 15)); // digits above 9 are undefined; taken as their value
  }
  const neg = (cpu.read8(seg, (off + 9) >>> 0) & 0x80) !== 0;
  return neg ? -Number(v) : Number(v);
}

/** Writes an integer |v| < 10^18 as packed BCD (the sign of zero kept); null writes the BCD indefinite. */
export function writeBcd(cpu: Cpu, seg: number, off: number, v: number | null): void {
  const bytes = new Uint8Array(10);
  if (v === null) {
    bytes[7] = 0xc0;
    bytes[8] = bytes[9] = 0xff;
  } else {
    // Above 2^53 a double's decimal digits need exact arithmetic.
    const digits = BigInt(Math.abs(v)).toString().padStart(18, '0');
    for (let i = 0; i < 9; i++) {
      const d = digits.length - 2 * i;
      bytes[i] = (Number(digits[d - 2]) << 4) | Number(digits[d - 1]);
    }
    if (v < 0 || Object.is(v, -0)) bytes[9] = 0x80;
  }
  cpu.write8(seg, (off + 9) >>> 0, bytes[9]);
  for (let i = 0; i < 9; i++) cpu.write8(seg, (off + i) >>> 0, bytes[i]);
}

/** Double from bits (for callers holding NaN-free values). */
export function loadedValue(): number {
  return fromWords(loLoad, hiLoad);
}

