// The x87 part of gdb's i386 register file, from the CPU's FPU: st0-st7 as
// 80-bit extended reals (ST(i), relative to TOP), then fctrl, fstat, ftag,
// fiseg, fioff, foseg, fooff, fop. The FPU's registers hold doubles, and
// every double is exactly an extended real, so nothing is lost here. The
// kernel switches the FPU lazily: these are the CPU's, which belong to the
// process that used it last.
import type { Fpu } from '../../cpu/x87/state.ts';
import { doubleToExtended, extHi, extLo, extSe } from '../../cpu/x87/formats.ts';

/** ST(i) as gdb's 10-byte little-endian i387_ext. */
export function x87Register(fpu: Fpu, i: number): Uint8Array {
  const p = fpu.phys(i);
  doubleToExtended(fpu.bits[2 * p]!, fpu.bits[2 * p + 1]!);
  const out = new Uint8Array(10);
  for (let k = 0; k < 4; k++) {
    out[k] = (extLo >>> (8 * k)) & 0xff;
    out[4 + k] = (extHi >>> (8 * k)) & 0xff;
  }
  out[8] = extSe & 0xff;
  out[9] = (extSe >>> 8) & 0xff;
  return out;
}

/** fctrl, fstat, ftag, fiseg, fioff, foseg, fooff, fop (k = 0..7). */
export function x87Control(fpu: Fpu, k: number): number {
  switch (k) {
    case 0: return fpu.cw & 0xffff;
    case 1: return fpu.statusWord() & 0xffff;
    case 2: return fpu.tagWord() & 0xffff;
    case 3: return fpu.fcs & 0xffff;
    case 4: return fpu.fip >>> 0;
    case 5: return fpu.fds & 0xffff;
    case 6: return fpu.fdp >>> 0;
    default: return fpu.fop & 0x7ff;
  }
}
