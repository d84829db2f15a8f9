// The x87 cases: each is a short instruction sequence (Intel syntax, for the
// project's assembler), a control word, the stack it starts with (ST(0)
// first, as 80-bit hex) and the 32-byte data window at DATA_WINDOW.
// Every exception stays masked (CW bits 0-5 set), so no case traps.

import { Rng } from '../native-vectors/rng.ts';
import { DATA_WINDOW, WINDOW_BYTES, doubleHexToExtended, doubleToHex, hexExt } from '../../tests/cpu-vectors/x87-image.ts';

export interface X87Case {
  group: string;
  text: string;
  cw: number;
  stack: string[];
  mem: number[];
}

const W = `0x${DATA_WINDOW.toString(16)}`;
const W8 = `0x${(DATA_WINDOW + 8).toString(16)}`;

/** Control word with every exception masked: precision (0 = 24, 2 = 53, 3 = 64 bits) and rounding control. */
export function controlWord(pc: number, rc: number): number {
  return 0x1040 | 0x3f | (pc << 8) | (rc << 10);
}

const RCS = [0, 1, 2, 3];

const bitsOf = (hex: string): string => doubleHexToExtended(hex);
const ext = (x: number): string => bitsOf(doubleToHex(x));

/** Edge operands as double bit patterns. */
const SPECIAL_HEX = [
  '0000000000000000', '8000000000000000', // +0 -0
  '0000000000000001', '800fffffffffffff', '0008000000000000', // denormals
  '0010000000000000', '8010000000000001', // smallest normals
  '3ff0000000000000', 'bff0000000000000', '3ff8000000000000', '4000000000000000', '4008000000000000',
  '3fb999999999999a', 'c01d000000000000', '7e37e43c8800759c', '81d15f2b0d5e3b2f', // 0.1 -7.25 1e300 -1e-300
  '7fefffffffffffff', 'ffefffffffffffff', '7fe0000000000000', // +-max, 2^1023
  '7ff0000000000000', 'fff0000000000000', // +-inf
  '7ff8000000000001', 'fff8000000000002', '7ff0000000000005', 'fff4000000000000', // QNaN, -QNaN, SNaN, -SNaN
];

function randomDouble(rng: Rng, expSpan = 60): string {
  const exp = 1023 - expSpan + rng.below(2 * expSpan);
  const hi = ((rng.bool() ? 0x800 : 0) | exp) * 0x100000 + (rng.u32() & 0xfffff);
  return (hi >>> 0).toString(16).padStart(8, '0') + rng.u32().toString(16).padStart(8, '0');
}

function memWith(bytes: number[]): number[] {
  const m = new Array<number>(WINDOW_BYTES).fill(0);
  bytes.forEach((b, i) => (m[i] = b));
  return m;
}

function le(hex: string): number[] {
  const out: number[] = [];
  for (let i = hex.length - 2; i >= 0; i -= 2) out.push(parseInt(hex.slice(i, i + 2), 16));
  return out;
}

function extBytes(e: string): number[] {
  return [...le(e.slice(4)), ...le(e.slice(0, 4))];
}

function int32Bytes(v: number): number[] {
  return le((v >>> 0).toString(16).padStart(8, '0'));
}

export function buildCases(seed: number): X87Case[] {
  const rng = new Rng(seed);
  const out: X87Case[] = [];
  const add = (group: string, text: string, cw: number, stack: string[], mem: number[] = memWith([])): void => {
    out.push({ group, text, cw, stack, mem });
  };
  const specials = SPECIAL_HEX;
  const randoms = Array.from({ length: 120 }, () => randomDouble(rng));
  // Near-cancelling and mixed-magnitude pairs for + and -.
  const pairs: [string, string][] = [];
  for (const a of specials) for (const b of specials) pairs.push([a, b]);
  for (let k = 0; k < 400; k++) {
    const a = randomDouble(rng, k < 100 ? 4 : 1000);
    const b = k % 3 === 0 ? doubleToHex(-hexToNumber(a) * (1 + (rng.below(64) - 32) * 2 ** -50)) : randomDouble(rng, k < 100 ? 4 : 1000);
    pairs.push([a, b]);
  }
  const ops = ['fadd', 'fsub', 'fsubr', 'fmul', 'fdiv', 'fdivr'];

  // + - * / in the register form ST(0) op ST(1), every pair, every rounding mode, 53-bit precision.
  for (const op of ops) for (const rc of RCS) for (const [a, b] of pairs) {
    add('arith', `${op} st, st(1)`, controlWord(2, rc), [bitsOf(a), bitsOf(b)]);
  }
  // The other forms on fewer pairs: destination ST(i), pop, memory single/double/int16/int32.
  const few = pairs.filter((_, i) => i % 9 === 0);
  for (const op of ops) for (const rc of [0, 3]) for (const [a, b] of few) {
    const cw = controlWord(2, rc);
    add('arith-forms', `${op} st(1), st`, cw, [bitsOf(a), bitsOf(b)]);
    add('arith-forms', `${op}p st(1), st`, cw, [bitsOf(a), bitsOf(b)]);
    add('arith-forms', `${op} qword [${W}]`, cw, [bitsOf(a)], memWith(le(b)));
    add('arith-forms', `${op} dword [${W}]`, cw, [bitsOf(a)], memWith(int32Bytes(rng.u32() & 0x80000000 ? rng.u32() : floatBitsNear(rng))));
    add('arith-forms', `fi${op.slice(1)} dword [${W}]`, cw, [bitsOf(a)], memWith(int32Bytes(rng.u32())));
    add('arith-forms', `fi${op.slice(1)} word [${W}]`, cw, [bitsOf(a)], memWith(int32Bytes(rng.u32() & 0xffff)));
  }
  // 24-bit precision.
  for (const op of ['fadd', 'fsub', 'fmul', 'fdiv']) for (const rc of RCS) for (const [a, b] of pairs.filter((_, i) => i % 4 === 1)) {
    add('pc24', `${op} st, st(1)`, controlWord(0, rc), [bitsOf(a), bitsOf(b)]);
  }
  // Square root.
  for (const rc of RCS) {
    for (const a of specials) add('sqrt', 'fsqrt', controlWord(2, rc), [bitsOf(a)]);
    for (const a of randoms) add('sqrt', 'fsqrt', controlWord(2, rc), [bitsOf(a.replace(/^[89a-f]/, (c) => (parseInt(c, 16) - 8).toString(16)))]);
    for (const a of randoms.slice(0, 30)) add('pc24', 'fsqrt', controlWord(0, rc), [bitsOf(a.replace(/^[89a-f]/, (c) => (parseInt(c, 16) - 8).toString(16)))]);
  }
  // 64-bit precision (the FNINIT default): the emulator computes at 53 bits.
  for (const op of ['fadd', 'fmul', 'fdiv']) for (const [a, b] of pairs.slice(-300)) {
    add('pc64', `${op} st, st(1)`, controlWord(3, 0), [bitsOf(a), bitsOf(b)]);
  }
  add('pc64', 'fsqrt', controlWord(3, 0), [ext(2)]);

  // Compares (with FNSTSW AX after), FTST, FXAM.
  const cmpPairs = pairs.filter((_, i) => i < specials.length ** 2 || i % 5 === 0);
  const cw = controlWord(2, 0);
  for (const [a, b] of cmpPairs) {
    add('compare', 'fcom st(1); fnstsw ax', cw, [bitsOf(a), bitsOf(b)]);
    add('compare', 'fucom st(1); fnstsw ax', cw, [bitsOf(a), bitsOf(b)]);
  }
  for (const [a, b] of cmpPairs.filter((_, i) => i % 7 === 0)) {
    add('compare', 'fcomp st(1)', cw, [bitsOf(a), bitsOf(b)]);
    add('compare', 'fcompp', cw, [bitsOf(a), bitsOf(b)]);
    add('compare', 'fucomp st(1)', cw, [bitsOf(a), bitsOf(b)]);
    add('compare', 'fucompp', cw, [bitsOf(a), bitsOf(b)]);
    add('compare', `fcom qword [${W}]`, cw, [bitsOf(a)], memWith(le(b)));
    add('compare', `fcomp dword [${W}]`, cw, [bitsOf(a)], memWith(int32Bytes(floatBitsNear(rng))));
    add('compare', `ficom dword [${W}]`, cw, [bitsOf(a)], memWith(int32Bytes(rng.u32())));
    add('compare', `ficomp word [${W}]`, cw, [bitsOf(a)], memWith(int32Bytes(rng.u32() & 0xffff)));
  }
  for (const a of [...specials, ...randoms.slice(0, 20)]) {
    add('compare', 'ftst', cw, [bitsOf(a)]);
    add('compare', 'fxam', cw, [bitsOf(a)]);
  }
  add('compare', 'fxam', cw, []);
  add('compare', 'fcom st(1)', cw, [ext(1)]);

  // Conversions and rounding.
  const convValues = [
    ...specials, ...randoms.slice(0, 60),
    ...[0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 32767.5, 32768, -32768.5, -32769, 2147483647.5, 2147483648, -2147483648.5, 2 ** 63, -(2 ** 63), 2 ** 62 + 2 ** 11, 1e10 + 0.25, -1e15 - 0.75, 3.4028235677973366e38, 3.4028234663852886e38, 1.1754942807573643e-38, 1.401298464324817e-45, 7e-46, 1e-40]
      .map(doubleToHex),
    ...Array.from({ length: 40 }, () => randomDouble(rng, 140)),
  ];
  for (const rc of RCS) {
    const c = controlWord(2, rc);
    for (const v of convValues) {
      add('convert', `fst dword [${W}]`, c, [bitsOf(v)]);
      add('convert', `fist word [${W}]`, c, [bitsOf(v)]);
      add('convert', `fist dword [${W}]`, c, [bitsOf(v)]);
      add('convert', `fistp qword [${W}]`, c, [bitsOf(v)]);
      add('convert', 'frndint', c, [bitsOf(v)]);
    }
    for (const v of convValues.filter((_, i) => i % 3 === 0)) {
      add('convert', `fst qword [${W}]`, c, [bitsOf(v)]);
      add('convert', `fstp tword [${W}]`, c, [bitsOf(v)]);
      add('convert', `fbstp tword [${W}]`, c, [bitsOf(v)]);
    }
  }
  const singles = [0, 0x80000000, 1, 0x807fffff, 0x00800000, 0x3f800000, 0x7f7fffff, 0x7f800000, 0xff800000, 0x7fc00001, 0x7f800005, 0xffa00000,
    ...Array.from({ length: 40 }, () => rng.u32())];
  for (const s of singles) add('convert', `fld dword [${W}]`, cw, [], memWith(int32Bytes(s)));
  for (const d of [...specials, ...randoms.slice(0, 30)]) add('convert', `fld qword [${W}]`, cw, [], memWith(le(d)));
  const extended = [
    ...specials.map(bitsOf), hexExt(0x3fff, 0xffffffffffffffffn), hexExt(0x3fff, 0x8000000000000400n), hexExt(0x3fff, 0x8000000000000c00n),
    hexExt(0x0000, 0x0000000000000001n), hexExt(0x7ffe, 0x8000000000000000n), hexExt(0x0001, 0x8000000000000000n),
    hexExt(0x7fff, 0xa000000000000000n), /* SNaN */
    ...Array.from({ length: 30 }, () => hexExt(0x3fff - 200 + rng.below(400) + (rng.bool() ? 0x8000 : 0), (BigInt((rng.u32() | 0x80000000) >>> 0) << 32n) | BigInt(rng.u32()))),
  ];
  // Encodings the 387 and later call unsupported: an unnormal, a pseudo-NaN, a pseudo-infinity.
  for (const e of [hexExt(0x3fff, 0x4000000000000000n), hexExt(0x7fff, 0x4000000000000000n), hexExt(0xffff, 0n)]) {
    add('convert-unsupported', `fld tword [${W}]`, cw, [], memWith(extBytes(e)));
  }
  for (const e of extended) {
    add('convert', `fld tword [${W}]`, cw, [], memWith(extBytes(e)));
    add('convert-ext', `fld tword [${W}]; fstp qword [${W8}]`, cw, [], memWith(extBytes(e)));
  }
  const ints = [0, 1, -1, 32767, -32768, 0x7fffffff, -0x80000000, ...Array.from({ length: 30 }, () => rng.u32() | 0)];
  for (const v of ints) {
    add('convert', `fild word [${W}]`, cw, [], memWith(int32Bytes(v & 0xffff)));
    add('convert', `fild dword [${W}]`, cw, [], memWith(int32Bytes(v)));
    add('convert', `fild qword [${W}]`, cw, [], memWith([...int32Bytes(rng.u32()), ...int32Bytes(v)]));
    add('convert', `fild qword [${W}]`, cw, [], memWith([...int32Bytes(v), ...int32Bytes(v < 0 ? -1 : 0)]));
  }
  for (let k = 0; k < 30; k++) {
    const digits = Array.from({ length: 9 }, () => (rng.below(10) << 4) | rng.below(10));
    add('convert', `fbld tword [${W}]`, cw, [], memWith([...digits, rng.bool() ? 0x80 : 0]));
  }

  // Constants, stored as doubles (the 486 rounds its 64-bit constants again on the store).
  for (const rc of RCS) for (const k of ['fld1', 'fldl2t', 'fldl2e', 'fldpi', 'fldlg2', 'fldln2', 'fldz']) {
    add('constant', `${k}; fstp qword [${W}]`, controlWord(2, rc), []);
    add('constant', `${k}; fstp dword [${W}]`, controlWord(2, rc), []);
  }

  // The stack: overflow, underflow, exchanges, free, TOP changes.
  const full = Array.from({ length: 8 }, (_, i) => ext(i + 1));
  add('stack', 'fld1', cw, full);
  add('stack', 'fldpi', cw, full);
  add('stack', `fld qword [${W}]`, cw, full, memWith(le(doubleToHex(2.5))));
  add('stack', 'fld st(3)', cw, full);
  add('stack', 'fadd st, st(1)', cw, [ext(1)]);
  add('stack', 'faddp st(1), st', cw, [ext(1)]);
  add('stack', 'fadd st(2), st', cw, [ext(1), ext(2)]);
  add('stack', 'fsqrt', cw, []);
  add('stack', 'fchs', cw, []);
  add('stack', `fstp qword [${W}]`, cw, []);
  add('stack', `fistp dword [${W}]`, cw, []);
  add('stack', 'fxch st(2)', cw, [ext(1)]);
  add('stack', 'fxch st(1)', cw, [ext(1), ext(2)]);
  add('stack', 'fld st(2)', cw, [ext(1)]);
  add('stack', 'fst st(3)', cw, [ext(1), ext(2)]);
  add('stack', 'fstp st(3)', cw, [ext(1), ext(2)]);
  add('stack', 'ffree st(1)', cw, [ext(1), ext(2)]);
  add('stack', 'fincstp', cw, [ext(1), ext(2)]);
  add('stack', 'fdecstp', cw, [ext(1), ext(2)]);
  add('stack', 'fchs; fabs; fchs', cw, [ext(3)]);
  add('stack', 'fchs', cw, [bitsOf('7ff0000000000005')]);
  add('stack', 'fsin', cw, []);
  add('stack', 'fptan', cw, full);
  add('stack', 'fxtract', cw, full);
  add('stack', 'fld1; fld1; fld1; fnstsw ax', cw, full.slice(0, 6));

  // Exact families: FSCALE FXTRACT FPREM FPREM1 FRNDINT FABS FCHS.
  const exponent = (hex: string): number => (parseInt(hex.slice(0, 3), 16) & 0x7ff) - 1023;
  for (let k = 0; k < 300; k++) {
    const a = randomDouble(rng, k < 150 ? 30 : 300), b = randomDouble(rng, 30);
    const c = controlWord(2, rng.below(4));
    // An exponent difference of 64 or more reduces partially, by an implementation-chosen amount.
    const prem = exponent(a) - exponent(b) >= 64 ? 'prem-partial' : 'exact';
    add(prem, 'fprem; fnstsw ax', c, [bitsOf(a), bitsOf(b)]);
    add(prem, 'fprem1; fnstsw ax', c, [bitsOf(a), bitsOf(b)]);
    if (k % 3 === 0) add('exact', 'fscale', c, [bitsOf(a), ext(rng.below(200) - 100 + (rng.bool() ? 0.5 : 0))]);
    if (k % 3 === 0) add('exact', 'fxtract', c, [bitsOf(a)]);
    if (k % 3 === 0) add('exact', 'fabs; fchs', c, [bitsOf(a)]);
  }
  for (const a of specials.filter((_, i) => i % 2 === 0)) for (const b of specials.filter((_, i) => i % 2 === 1)) {
    const finiteNonzero = (h: string): boolean => exponent(h) < 1024 && !/^[08]0{15}$/.test(h);
    const prem = finiteNonzero(a) && finiteNonzero(b) && exponent(a) - exponent(b) >= 64 ? 'prem-partial' : 'exact';
    add(prem, 'fprem; fnstsw ax', cw, [bitsOf(a), bitsOf(b)]);
    add(prem, 'fprem1; fnstsw ax', cw, [bitsOf(a), bitsOf(b)]);
    add('exact', 'fscale', cw, [bitsOf(a), bitsOf(b)]);
  }
  for (const a of specials) add('exact', 'fxtract', cw, [bitsOf(a)]);

  // Transcendentals: compared within a tolerance (see the replay).
  for (let k = 0; k < 200; k++) {
    const x = (rng.u32() / 2 ** 32) * 20 - 10;
    const y = (rng.u32() / 2 ** 32) * 2 - 1;
    const pos = (rng.u32() / 2 ** 32) * 1000 + 1e-3;
    add('transcendental', 'fsin', cw, [ext(x)]);
    add('transcendental', 'fcos', cw, [ext(x)]);
    add('transcendental', 'fsincos', cw, [ext(x)]);
    add('transcendental', 'fptan', cw, [ext(x / 7)]);
    add('transcendental', 'fpatan', cw, [ext(x), ext(y * 50)]);
    add('transcendental', 'fyl2x', cw, [ext(pos), ext(y * 3)]);
    add('transcendental', 'fyl2xp1', cw, [ext(y * 0.29), ext(x)]);
    add('transcendental', 'f2xm1', cw, [ext(y)]);
  }
  for (const big of [2 ** 63, -(2 ** 64), 1e30]) for (const op of ['fsin', 'fcos', 'fptan', 'fsincos']) add('transcendental', `${op}; fnstsw ax`, cw, [ext(big)]);
  for (const a of specials) for (const op of ['fsin', 'fcos', 'f2xm1']) add('transcendental', op, cw, [bitsOf(a)]);
  return out;
}

function hexToNumber(hex: string): number {
  const dv = new DataView(new ArrayBuffer(8));
  dv.setBigUint64(0, BigInt(`0x${hex}`));
  return dv.getFloat64(0);
}

/** A single-precision bit pattern of moderate magnitude. */
function floatBitsNear(rng: Rng): number {
  const exp = 127 - 20 + rng.below(40);
  return ((rng.bool() ? 0x80000000 : 0) | (exp << 23) | (rng.u32() & 0x7fffff)) >>> 0;
}
