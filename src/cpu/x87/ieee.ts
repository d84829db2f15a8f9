// IEEE double helpers for the x87: neighbours, NaN bits, and the sign of the
// rounding error of + - * / sqrt, from which results are re-rounded for the
// directed rounding modes and PE/C1/UE/OE are decided. The error sign comes
// from error-free transformations (TwoSum, Dekker's TwoProduct) without
// allocating; operands near the ends of the exponent range, where those are
// not exact, take a BigInt path.

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);

export const MAX_DOUBLE = Number.MAX_VALUE;
export const MIN_NORMAL = 2 ** -1022;

/** The x87 "real indefinite": the negative quiet NaN C000... (double FFF8 0000 0000 0000). */
export const INDEFINITE_HI = 0xfff80000;

export const OP_ADD = 0, OP_SUB = 1, OP_MUL = 2, OP_DIV = 3, OP_SQRT = 4;

export function highWord(x: number): number {
  F64[0] = x;
  return U32[1];
}

export function lowWord(x: number): number {
  F64[0] = x;
  return U32[0];
}

export function fromWords(lo: number, hi: number): number {
  U32[0] = lo;
  U32[1] = hi;
  return F64[0];
}

/** The next double above x (x not NaN; +inf stays). */
export function nextUp(x: number): number {
  if (x === Infinity) return x;
  if (x === 0) return Number.MIN_VALUE;
  F64[0] = x;
  // Step the magnitude: up for positive x, down for negative (a carry or borrow crosses into the high word).
  if (x > 0) {
    U32[0] = U32[0] + 1;
    if (U32[0] === 0) U32[1]++;
  } else {
    if (U32[0] === 0) U32[1]--;
    U32[0] = U32[0] - 1;
  }
  return F64[0];
}

export function nextDown(x: number): number {
  return -nextUp(-x);
}

// --------------------------------------------------------------- error signs

/** The exact sum/product error of the last twoSum/twoProduct. */
let err = 0;

function twoSum(a: number, b: number, s: number): void {
  const bb = s - a;
  err = (a - (s - bb)) + (b - bb);
}

const SPLIT = 134217729; // 2^27 + 1

function twoProduct(a: number, b: number, p: number): void {
  let c = SPLIT * a;
  const ah = c - (c - a), al = a - ah;
  c = SPLIT * b;
  const bh = c - (c - b), bl = b - bh;
  err = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
}

/** Magnitudes inside which TwoProduct's splits and error term are exact. */
const SAFE_HI = 2 ** 995, SAFE_LO = 2 ** -960;

function safe(x: number): boolean {
  const m = Math.abs(x);
  return m === 0 || (m < SAFE_HI && m > SAFE_LO);
}

/** A nonzero result (a zero from nonzero operands underflowed: its error is not representable). */
function safeResult(r: number): boolean {
  return r !== 0 && safe(r);
}

/** Sign of (exact result - r) for finite a, b and finite r = the nearest double of `op`. */
export function errorSign(op: number, a: number, b: number, r: number): number {
  switch (op) {
    case OP_ADD: twoSum(a, b, r); return Math.sign(err);
    case OP_SUB: twoSum(a, -b, r); return Math.sign(err);
    case OP_MUL:
      if (a === 0 || b === 0) return 0;
      if (safe(a) && safe(b) && safeResult(r)) { twoProduct(a, b, r); return Math.sign(err); }
      break;
    case OP_DIV:
      if (a === 0) return 0;
      if (safe(a) && safe(b) && safeResult(r)) {
        twoProduct(r, b, r * b);
        const p = r * b;
        // a - r*b = (a - p) - err exactly (a - p is exact: p is within an ulp of a).
        return Math.sign((a - p) - err) * Math.sign(b);
      }
      break;
    default: // OP_SQRT
      if (safe(a) && safeResult(r)) {
        const p = r * r;
        twoProduct(r, r, p);
        return Math.sign((a - p) - err);
      }
  }
  return bigErrorSign(op, a, b, r);
}

/** x = m * 2^e with integer m (x finite). */
function rational(x: number): [bigint, number] {
  if (x === 0) return [0n, 0];
  F64[0] = x;
  const hi = U32[1], lo = U32[0];
  const exp = (hi >>> 20) & 0x7ff;
  let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (exp !== 0) m |= 1n << 52n;
  if (hi >>> 31) m = -m;
  return [m, (exp === 0 ? 1 : exp) - 1075];
}

/** m1*2^e1 - m2*2^e2 as a sign. */
function compare(m1: bigint, e1: number, m2: bigint, e2: number): number {
  const e = Math.min(e1, e2);
  const d = (m1 << BigInt(e1 - e)) - (m2 << BigInt(e2 - e));
  return d > 0n ? 1 : d < 0n ? -1 : 0;
}

function bigErrorSign(op: number, a: number, b: number, r: number): number {
  const [ma, ea] = rational(a), [mb, eb] = rational(b), [mr, er] = rational(r);
  switch (op) {
    case OP_ADD: case OP_SUB: {
      const e = Math.min(ea, eb);
      const sum = (ma << BigInt(ea - e)) + (op === OP_ADD ? 1n : -1n) * (mb << BigInt(eb - e));
      return compare(sum, e, mr, er);
    }
    case OP_MUL: return compare(ma * mb, ea + eb, mr, er);
    case OP_DIV: return compare(ma, ea, mr * mb, er + eb) * Math.sign(b);
    default: return compare(ma, ea, mr * mr, 2 * er);
  }
}

// ------------------------------------------------------------------ rounding

/** Set by roundDirected: the result is inexact / its magnitude was rounded up. */
export let inexact = false;
export let roundedUp = false;

/**
 * Re-rounds r, the nearest double to an exact value whose sign of (exact - r)
 * is `s`, by rounding control rc (0 nearest, 1 down, 2 up, 3 chop).
 */
export function roundDirected(r: number, s: number, rc: number): number {
  inexact = s !== 0;
  let after = s;
  if (s !== 0 && rc !== 0) {
    // The nearest double is within half an ulp, so a neighbour lies on the exact value's other side.
    if ((rc === 1 && s < 0) || (rc === 2 && s > 0) || (rc === 3 && r !== 0 && (r > 0 ? s < 0 : s > 0))) {
      r = s < 0 ? nextDown(r) : nextUp(r);
      after = -s;
    }
  }
  // C1: the magnitude went up (the result lies beyond the exact value, away from zero).
  roundedUp = after !== 0 && r !== 0 && (r > 0 ? after < 0 : after > 0);
  return r;
}

/** Sets the module's results for a value that was exact. */
export function exact(): void {
  inexact = false;
  roundedUp = false;
}

/**
 * The double result of an overflowed operation (|exact| at or beyond 2^1024 after
 * rounding) with sign `neg` under rounding control rc: infinity, or the largest
 * finite double when rounding toward zero from that side.
 */
export function overflowResult(neg: boolean, rc: number): number {
  const toInf = rc === 0 || (rc === 1 && neg) || (rc === 2 && !neg);
  roundedUp = toInf;
  inexact = true;
  return toInf ? (neg ? -Infinity : Infinity) : (neg ? -MAX_DOUBLE : MAX_DOUBLE);
}

// ---------------------------------------------------------------- single precision

/**
 * Rounds x, a result already rounded to 53 bits by the same rc, to 24 significant
 * bits (precision control 24; the exponent range stays wide). Rounding twice is
 * exact for the directed modes and, for + - * / sqrt, for nearest too (53 >= 2*24+2).
 */
export function roundTo24(x: number, rc: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const e = exponentOf(x);
  // Scale to a 24-bit integer part and back (both exact: powers of two, no overflow in steps).
  const y = scaleBy(x, 23 - e);
  const t = rc === 0 ? roundHalfEven(y) : rc === 1 ? Math.floor(y) : rc === 2 ? Math.ceil(y) : Math.trunc(y);
  const r = scaleBy(t, e - 23);
  if (r !== x) {
    inexact = true;
    roundedUp = Math.abs(r) > Math.abs(x);
  }
  return r;
}

/** floor(log2 |x|) for finite nonzero x, exact (denormals included). */
export function exponentOf(x: number): number {
  const biased = (highWord(x) >>> 20) & 0x7ff;
  if (biased !== 0) return biased - 1023;
  return exponentOf(x * 2 ** 64) - 64;
}

function scaleBy(x: number, n: number): number {
  while (n > 1000) { x *= 2 ** 1000; n -= 1000; }
  while (n < -1000) { x *= 2 ** -1000; n += 1000; }
  return x * 2 ** n;
}

/** Rounds to an integer, ties to even. */
export function roundHalfEven(x: number): number {
  const f = Math.floor(x);
  const d = x - f;
  if (d > 0.5) return f + 1;
  if (d < 0.5) return f;
  return f % 2 === 0 ? f : f + 1;
}

/** Rounds to an integer by rounding control rc (keeps the sign of zero). */
export function roundToInteger(x: number, rc: number): number {
  if (!Number.isFinite(x) || Math.abs(x) >= 2 ** 52) return x;
  const r = rc === 0 ? roundHalfEven(x) : rc === 1 ? Math.floor(x) : rc === 2 ? Math.ceil(x) : Math.trunc(x);
  return r === 0 ? (x < 0 || Object.is(x, -0) ? -0 : 0) : r;
}
