// Replays the x87 fixture (scripts/gen-native-vectors-x87) on the emulated
// FPU: FRSTOR of the case's image, the case's code, FNSAVE, HLT; then
// compares the status word, tag word, registers, data window and AX with
// the host's. How each group is compared is in `compare` below.

import { gunzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { Cpu } from '../../src/cpu/cpu.ts';
import { DATA_WINDOW, IMAGE_BYTES, WINDOW_BYTES, buildImage, extendedToDoubleHex, readImage } from './x87-image.ts';

export interface X87Record {
  group: string;
  code: Uint8Array;
  cw: number;
  stack: string[];
  memIn: Uint8Array;
  sw: number;
  tw: number;
  regs: string[];
  memOut: Uint8Array | null;
  ax: number;
  text: string;
}

const bytesOf = (hex: string): Uint8Array => Uint8Array.from(hex.match(/../g) ?? [], (b) => parseInt(b, 16));

export function loadX87Fixture(path: string): { header: string[]; records: X87Record[] } {
  const header: string[] = [];
  const records: X87Record[] = [];
  for (const line of gunzipSync(readFileSync(path)).toString('utf8').split('\n')) {
    if (!line) continue;
    if (line.startsWith('#')) { header.push(line.slice(2)); continue; }
    const f = line.split(' ');
    records.push({
      group: f[0]!, code: bytesOf(f[1]!), cw: parseInt(f[2]!, 16), stack: f[3] === '-' ? [] : f[3]!.split(','),
      memIn: bytesOf(f[4]!), sw: parseInt(f[5]!, 16), tw: parseInt(f[6]!, 16), regs: f[7]!.split(','),
      memOut: f[8] === '.' ? null : bytesOf(f[8]!), ax: parseInt(f[9]!, 16), text: f.slice(10).join(' '),
    });
  }
  return { header, records };
}

const CODE = 0x10000, IMAGE_IN = 0x8000, IMAGE_OUT = 0x8100;
const SW_PE = 0x20, SW_UE = 0x10, SW_OE = 0x08, SW_C0 = 0x100, SW_C1 = 0x200, SW_C3 = 0x4000;

/** An 80-bit value whose magnitude is nonzero and below 2^-1022, or above the largest double. */
function beyondNormalDoubles(ext: string): boolean {
  const exp = parseInt(ext.slice(0, 4), 16) & 0x7fff;
  if (exp === 0x7fff || /^[08]0{19}$/.test(ext)) return false;
  const unbiased = exp - 16383;
  return unbiased < -1022 || unbiased > 1023;
}

/** A double (hex) that is zero or denormal. */
function tinyDouble(hex: string): boolean {
  return (parseInt(hex.slice(0, 3), 16) & 0x7ff) === 0;
}

function tagOfDouble(hex: string): number {
  const exp = (parseInt(hex.slice(0, 3), 16) & 0x7ff);
  if (exp === 0x7ff) return 2;
  return /^[08]0{15}$/.test(hex) ? 1 : 0;
}

/** An 80-bit finite value as an exact rational m * 2^e. */
function rational(ext: string): [bigint, number] {
  const se = parseInt(ext.slice(0, 4), 16);
  const m = BigInt(`0x${ext.slice(4)}`);
  return [se & 0x8000 ? -m : m, ((se & 0x7fff) || 1) - 16383 - 63];
}

/** a - b is an integer multiple of y (all 80-bit hex). */
function multipleOf(a: string, b: string, y: string): boolean {
  const [ma, ea] = rational(a), [mb, eb] = rational(b), [my, ey] = rational(y);
  const e = Math.min(ea, eb, ey);
  const diff = (ma << BigInt(ea - e)) - (mb << BigInt(eb - e));
  const step = my << BigInt(ey - e);
  return step !== 0n && diff % step === 0n;
}

/** Whether an 80-bit value is exactly a double. */
function isDouble(ext: string): boolean {
  if (ext === '.') return true;
  const exp = parseInt(ext.slice(0, 4), 16) & 0x7fff;
  if (exp === 0x7fff) return BigInt(`0x${ext.slice(4)}`) % 2048n === 0n;
  return extendedToDoubleHex(ext, 0) === extendedToDoubleHex(ext, 3) && extendedToDoubleHex(ext, 1) === extendedToDoubleHex(ext, 2);
}

/** Distance in units in the last place between two doubles given as hex (NaNs: 0 if both NaN, else huge). */
function ulps(a: string, b: string): number {
  const x = BigInt(`0x${a}`), y = BigInt(`0x${b}`);
  const key = (v: bigint): bigint => (v >> 63n ? -(v & ((1n << 63n) - 1n)) : v);
  const nan = (v: bigint): boolean => ((v >> 52n) & 0x7ffn) === 0x7ffn && (v & ((1n << 52n) - 1n)) !== 0n;
  if (nan(x) || nan(y)) return nan(x) && nan(y) ? 0 : Infinity;
  const d = key(x) - key(y);
  return Number(d < 0n ? -d : d);
}

const h4 = (v: number): string => v.toString(16).padStart(4, '0');
const hex = (b: Uint8Array): string => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');

/** Tolerance of the transcendental group, in double ulps (the 486's own results are not correctly rounded). */
export const TRANSCENDENTAL_ULPS = 2;

export interface X87Outcome {
  /** What differs, or null. */
  problem: string | null;
  /** A register held a value only an 80-bit register can (compared after rounding to double). */
  extendedOnly: boolean;
  /** The emulator's registers differ from the host's bits (accepted within the group's rule). */
  inexactMatch: boolean;
}

export class X87Replayer {
  private readonly mem = { ram: new Uint8Array(16 << 20), size: 16 << 20 };
  private readonly cpu = new Cpu(this.mem, { in8: () => 0xff, in16: () => 0xffff, in32: () => 0xffffffff, out8: () => {}, out16: () => {}, out32: () => {} }, { intr: false, acknowledge: () => 0 });

  constructor() {
    this.cpu.enterFlatProtectedMode();
    this.cpu.cr0 &= ~4; // EM off: the FPU is on
  }

  replay(r: X87Record): X87Outcome {
    const { cpu, mem } = this;
    const frstor = [0xdd, 0x25, ...le32(IMAGE_IN)];
    const fnsave = [0xdd, 0x35, ...le32(IMAGE_OUT)];
    const program = [...frstor, ...r.code, ...fnsave, 0xf4];
    mem.ram.set(program, CODE);
    mem.ram.set(buildImage(r.cw, r.stack), IMAGE_IN);
    mem.ram.set(r.memIn, DATA_WINDOW);
    cpu.regs[0] = 0;
    cpu.halted = false;
    cpu.eip = CODE;
    cpu.run(64);
    const out = { problem: null as string | null, extendedOnly: false, inexactMatch: false };
    const end = CODE + program.length;
    if (cpu.eip !== end) {
      out.problem = `${r.text}: stopped at eip=0x${cpu.eip.toString(16)} (expected 0x${end.toString(16)}; vector ${cpu.faultVector})`;
      cpu.enterFlatProtectedMode();
      cpu.cr0 &= ~4;
      return out;
    }
    const got = readImage(mem.ram.slice(IMAGE_OUT, IMAGE_OUT + IMAGE_BYTES));
    const rc = (r.cw >> 10) & 3;
    let swMask = 0xffff;
    let twWant = r.tw;
    const diffs: string[] = [];
    const top = (r.sw >> 11) & 7;
    for (let i = 0; i < 8; i++) {
      const want = r.regs[i]!, have = got.regs[i]!;
      // Beyond a double's normal range the host raised no UE/OE where a double must (see below).
      if (want !== '.' && beyondNormalDoubles(want)) swMask &= ~(SW_PE | SW_C1 | SW_UE | SW_OE);
      if (want === have) continue;
      if (want === '.' || have === '.') { diffs.push(`st(${i}) ${have} want ${want}`); continue; }
      const haveD = extendedToDoubleHex(have, 0);
      // A register compared as a double is tagged as that double.
      let asDouble: string | null = null;
      if (r.group === 'transcendental' || r.group === 'pc64') {
        const limit = r.group === 'pc64' ? 1 : TRANSCENDENTAL_ULPS;
        asDouble = extendedToDoubleHex(want, 0);
        if (ulps(haveD, asDouble) > limit) diffs.push(`st(${i}) ${have} want ${want} (more than ${limit} ulp)`);
        out.inexactMatch = true;
        // pc64: the host's exponent range is the 80-bit one, so OE and UE differ where a double's ends.
        swMask &= ~(SW_PE | SW_C1 | SW_UE | (r.group === 'pc64' ? SW_OE : 0));
      } else if (r.group === 'prem-partial' && i === 0) {
        // The partial remainders differ by a multiple of ST(1) (the reduction step is the implementation's choice).
        if (!multipleOf(have, want, r.stack[1]!)) diffs.push(`st(0) ${have} want ${want}: not congruent modulo st(1)`);
        swMask &= ~(SW_C0 | SW_C1 | SW_C3);
        twWant = (twWant & ~(3 << (2 * top))) | (tagOfDouble(haveD) << (2 * top));
        continue;
      } else if (r.group === 'convert-unsupported') {
        asDouble = extendedToDoubleHex(want, 0);
        if (haveD !== asDouble) diffs.push(`st(${i}) ${have} want ${want} as a double ${asDouble}`);
        twWant = (twWant & ~(3 << (2 * ((top + i) & 7)))) | (tagOfDouble(haveD) << (2 * ((top + i) & 7)));
        continue;
      } else if (!isDouble(want) || beyondNormalDoubles(want)) {
        // Only an 80-bit register holds this exactly (a 64-bit significand, or an exponent beyond a
        // double's normal range): the double must be the host's value rounded by RC (loads round to
        // nearest). Below the normal range the host rounded twice (to 53 bits, then to the denormal
        // the double holds) where the emulator rounds once, so there the two may differ by an ulp.
        out.extendedOnly = true;
        asDouble = extendedToDoubleHex(want, r.group === 'convert' ? 0 : rc);
        const slack = tinyDouble(asDouble) ? 1 : 0;
        if (ulps(haveD, asDouble) > slack) diffs.push(`st(${i}) ${have} want ${want} rounded to double ${asDouble}`);
        swMask &= ~(SW_PE | SW_C1 | SW_UE | SW_OE);
      } else {
        diffs.push(`st(${i}) ${have} want ${want}`);
      }
      if (asDouble !== null) {
        const p = (top + i) & 7;
        twWant = (twWant & ~(3 << (2 * p))) | (tagOfDouble(asDouble) << (2 * p));
      }
    }
    if (r.group === 'transcendental') swMask &= ~(SW_PE | SW_C1);
    // The host's register held 64 significant bits, so its store to memory rounded (PE, C1, UE, OE there);
    // the emulator rounded on the load (constants: their double is the nearest to the 64-bit one).
    if (r.group === 'convert-ext' || r.group === 'constant') swMask &= ~(SW_PE | SW_C1 | SW_UE | SW_OE);
    if ((got.sw & swMask) !== (r.sw & swMask)) diffs.push(`sw ${h4(got.sw)} want ${h4(r.sw)}`);
    if (got.tw !== twWant) diffs.push(`tw ${h4(got.tw)} want ${h4(twWant)}`);
    const window = mem.ram.slice(DATA_WINDOW, DATA_WINDOW + WINDOW_BYTES);
    const wantWindow = r.memOut ?? r.memIn;
    if (hex(window) !== hex(wantWindow)) diffs.push(`memory ${hex(window)} want ${hex(wantWindow)}`);
    const ax = cpu.regs[0] & 0xffff;
    const axMask = r.text.includes('fnstsw') ? swMask : 0xffff;
    if ((ax & axMask) !== (r.ax & axMask)) diffs.push(`ax ${h4(ax)} want ${h4(r.ax)}`);
    if (diffs.length) out.problem = `${r.text} [cw ${h4(r.cw)} st ${r.stack.join(',') || '-'}]: ${diffs.join('; ')}`;
    return out;
  }
}

function le32(v: number): number[] {
  return [v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, v >>> 24];
}
