// Shared by the x87 vector generator (scripts/native-vectors-x87) and the
// replay test: 80-bit extended reals as 20 hex digits (sign+exponent word,
// then the 64-bit significand), their relation to doubles (computed here
// with BigInt, independently of the emulator), and the 108-byte 32-bit
// FRSTOR/FNSAVE image.

export const IMAGE_BYTES = 108;
export const WINDOW_BYTES = 32;
export const DATA_WINDOW = 0x00c00000;

/** A double's bits (16 hex digits) as an 80-bit extended real (exact). */
export function doubleHexToExtended(hex: string): string {
  const bits = BigInt(`0x${hex}`);
  const sign = bits >> 63n;
  const exp = Number((bits >> 52n) & 0x7ffn);
  let frac = bits & ((1n << 52n) - 1n);
  let se: number;
  let mant: bigint;
  if (exp === 0x7ff) {
    se = 0x7fff;
    mant = (1n << 63n) | (frac << 11n);
  } else if (exp === 0) {
    if (frac === 0n) { se = 0; mant = 0n; } else {
      let e = -1022;
      while (!(frac & (1n << 52n))) { frac <<= 1n; e--; }
      se = e + 16383;
      mant = frac << 11n;
    }
  } else {
    se = exp - 1023 + 16383;
    mant = ((1n << 52n) | frac) << 11n;
  }
  return hexExt(Number(sign) * 0x8000 + se, mant);
}

export function hexExt(se: number, mant: bigint): string {
  return se.toString(16).padStart(4, '0') + mant.toString(16).padStart(16, '0');
}

export function doubleToHex(x: number): string {
  const b = new DataView(new ArrayBuffer(8));
  b.setFloat64(0, x);
  return b.getBigUint64(0).toString(16).padStart(16, '0');
}

export function hexToDouble(hex: string): number {
  const b = new DataView(new ArrayBuffer(8));
  b.setBigUint64(0, BigInt(`0x${hex}`));
  return b.getFloat64(0);
}

/**
 * Rounds an 80-bit real to the double a 53-bit register would hold, by rounding
 * control rc (0 nearest-even, 1 down, 2 up, 3 toward zero). NaNs keep their top
 * fraction bits. Returns the double's 16 hex digits.
 */
export function extendedToDoubleHex(ext: string, rc = 0): string {
  const se = parseInt(ext.slice(0, 4), 16);
  const mant = BigInt(`0x${ext.slice(4)}`);
  const neg = (se & 0x8000) !== 0;
  const exp = se & 0x7fff;
  const signBit = neg ? 1n << 63n : 0n;
  if (exp === 0x7fff) {
    const frac = (mant >> 11n) & ((1n << 52n) - 1n);
    return (signBit | (0x7ffn << 52n) | frac).toString(16).padStart(16, '0');
  }
  if (mant === 0n) return signBit.toString(16).padStart(16, '0');
  // value = mant * 2^(e - 63), e unbiased (denormal extended: e = -16382)
  const e = (exp === 0 ? 1 : exp) - 16383;
  // Position of the leading bit.
  const lead = mant.toString(2).length - 1; // value = 1.xxx * 2^(e - 63 + lead)
  const unbiased = e - 63 + lead;
  // Bits to keep: 53 for normal doubles, fewer below 2^-1022.
  const keep = unbiased >= -1022 ? 53 : 53 - (-1022 - unbiased);
  let q: bigint, exact: boolean, half: number;
  const drop = lead + 1 - keep;
  if (keep <= 0) {
    q = 0n;
    exact = false;
    // Compare with half of the smallest denormal: only keep === 0 can be exactly half.
    const twice = keep === 0 ? (mant * 2n) - (1n << BigInt(lead + 1)) : -1n;
    half = keep === 0 ? (twice === 0n ? 0 : twice > 0n ? 1 : -1) : -1;
  } else if (drop <= 0) {
    q = mant << BigInt(-drop);
    exact = true;
    half = -1;
  } else {
    q = mant >> BigInt(drop);
    const rem = mant - (q << BigInt(drop));
    exact = rem === 0n;
    const halfway = 1n << BigInt(drop - 1);
    half = rem === halfway ? 0 : rem > halfway ? 1 : -1;
  }
  let up = false;
  if (!exact) {
    if (rc === 0) up = half > 0 || (half === 0 && (q & 1n) === 1n);
    else if (rc === 1) up = neg;
    else if (rc === 2) up = !neg;
  }
  if (up) q += 1n;
  // Rebuild: q significant bits scaled so that the lowest kept bit has weight 2^(unbiased - keep + 1).
  const lowWeight = unbiased - keep + 1; // for denormals this is -1074
  const qLen = q.toString(2).length;
  let bits: bigint;
  if (q === 0n) bits = 0n;
  else {
    const topExp = lowWeight + qLen - 1;
    if (topExp > 1023) {
      // Overflow: infinity, or the largest finite double when rounding toward zero from this side.
      const toInf = rc === 0 || (rc === 1 && neg) || (rc === 2 && !neg);
      bits = toInf ? 0x7ffn << 52n : (0x7fen << 52n) | ((1n << 52n) - 1n);
    } else if (topExp < -1022) {
      bits = q << BigInt(lowWeight + 1074); // denormal
    } else {
      bits = (BigInt(topExp + 1023) << 52n) | ((q << BigInt(53 - qLen)) & ((1n << 52n) - 1n));
    }
  }
  return (signBit | bits).toString(16).padStart(16, '0');
}

/** The 32-bit protected-mode FRSTOR image for control word `cw` and ST(0)..ST(n-1) given as 80-bit hex. */
export function buildImage(cw: number, stack: readonly string[]): Uint8Array {
  const img = new Uint8Array(IMAGE_BYTES);
  const dv = new DataView(img.buffer);
  const n = stack.length;
  const top = (8 - n) & 7;
  let tw = 0;
  for (let p = 0; p < 8; p++) {
    const i = (p - top) & 7; // ST index of physical register p
    tw |= (i < n ? tagOf(stack[i]!) : 3) << (2 * p);
  }
  dv.setUint32(0, 0xffff0000 | cw, true);
  dv.setUint32(4, 0xffff0000 | (top << 11), true);
  dv.setUint32(8, 0xffff0000 | tw, true);
  for (let i = 0; i < n; i++) putExtended(img, 28 + 10 * i, stack[i]!);
  return img;
}

function tagOf(ext: string): number {
  const exp = parseInt(ext.slice(0, 4), 16) & 0x7fff;
  const mant = BigInt(`0x${ext.slice(4)}`);
  if (exp === 0x7fff || (exp === 0 && mant !== 0n) || (exp !== 0 && !(mant >> 63n))) return 2;
  return exp === 0 && mant === 0n ? 1 : 0;
}

export function putExtended(buf: Uint8Array, at: number, ext: string): void {
  const mant = BigInt(`0x${ext.slice(4)}`);
  for (let k = 0; k < 8; k++) buf[at + k] = Number((mant >> BigInt(8 * k)) & 0xffn);
  const se = parseInt(ext.slice(0, 4), 16);
  buf[at + 8] = se & 0xff;
  buf[at + 9] = se >> 8;
}

export function getExtended(buf: Uint8Array, at: number): string {
  let mant = 0n;
  for (let k = 7; k >= 0; k--) mant = (mant << 8n) | BigInt(buf[at + k]!);
  return hexExt(buf[at + 8]! | (buf[at + 9]! << 8), mant);
}

/** What an FNSAVE image says: CW, SW, TW and ST(0)..ST(7) ("." for an empty tag). */
export interface SavedState {
  cw: number;
  sw: number;
  tw: number;
  regs: string[];
}

export function readImage(img: Uint8Array): SavedState {
  const dv = new DataView(img.buffer, img.byteOffset, img.byteLength);
  const cw = dv.getUint16(0, true), sw = dv.getUint16(4, true), tw = dv.getUint16(8, true);
  const top = (sw >> 11) & 7;
  const regs: string[] = [];
  for (let i = 0; i < 8; i++) {
    const p = (top + i) & 7;
    regs.push(((tw >> (2 * p)) & 3) === 3 ? '.' : getExtended(img, 28 + 10 * i));
  }
  return { cw, sw, tw, regs };
}
