// x87 control instructions: FNINIT FNCLEX FLDCW FNSTCW FNSTSW FNSTENV FLDENV
// FNSAVE FRSTOR (16- and 32-bit layouts, protected and real mode), FFREE
// FINCSTP FDECSTP FXCH.

import type { Cpu } from '../cpu.ts';
import { type Fpu, EXC_ALL, SW_B, SW_ES, SW_SF } from './state.ts';
import { INDEFINITE_HI } from './ieee.ts';
import { setC1, underflow } from './faults.ts';
import { hiLoad, loLoad, extendedToDouble, writeExtended } from './formats.ts';

const CR0_PE = 1;

/** ES and B follow the exception flags and masks (after FLDCW, FLDENV, FRSTOR). */
export function updateSummary(f: Fpu): void {
  if (f.sw & ~f.cw & EXC_ALL) f.sw |= SW_ES | SW_B;
  else f.sw &= ~(SW_ES | SW_B);
}

export function fnclex(f: Fpu): void {
  f.sw &= ~(EXC_ALL | SW_SF | SW_ES | SW_B);
}

export function fldcw(cpu: Cpu, f: Fpu, seg: number, off: number): void {
  f.cw = (cpu.read16(seg, off) & 0x1f3f) | 0x40;
  updateSummary(f);
}

/** Size of the environment image for the current operand size. */
function envBytes(cpu: Cpu): number {
  return cpu.opSize32 ? 28 : 14;
}

/** FNSTENV's image: control, status and tag words, then the instruction and data pointers. */
function storeEnv(cpu: Cpu, f: Fpu, seg: number, off: number): void {
  const w = cpu.opSize32 ? 4 : 2;
  const put = (i: number, v: number): void => {
    if (w === 4) cpu.write32(seg, (off + 4 * i) >>> 0, v | 0);
    else cpu.write16(seg, (off + 2 * i) >>> 0, v & 0xffff);
  };
  const protectedMode = (cpu.cr0 & CR0_PE) !== 0;
  put(0, 0xffff0000 | f.cw);
  put(1, 0xffff0000 | f.statusWord());
  put(2, 0xffff0000 | f.tagWord());
  if (protectedMode) {
    put(3, f.fip);
    put(4, w === 4 ? (f.fop << 16) | f.fcs : f.fcs);
    put(5, f.fdp);
    put(6, 0xffff0000 | f.fds);
  } else {
    // Real mode: 20-bit (or 32-bit) linear pointers, split around the opcode.
    const ip = (f.fcs << 4) + f.fip, dp = (f.fds << 4) + f.fdp;
    put(3, 0xffff0000 | (ip & 0xffff));
    put(4, ((ip >>> 16) << 12) | f.fop);
    put(5, 0xffff0000 | (dp & 0xffff));
    put(6, (dp >>> 16) << 12);
  }
}

function loadEnv(cpu: Cpu, f: Fpu, seg: number, off: number): void {
  const w = cpu.opSize32 ? 4 : 2;
  const get = (i: number): number => (w === 4 ? cpu.read32(seg, (off + 4 * i) >>> 0) : cpu.read16(seg, (off + 2 * i) >>> 0)) >>> 0;
  // Read everything before changing anything (a fault restarts the instruction).
  const cw = get(0), sw = get(1), tw = get(2), p3 = get(3), p4 = get(4), p5 = get(5), p6 = get(6);
  f.cw = (cw & 0x1f3f) | 0x40;
  f.setStatusWord(sw & 0xffff);
  f.setTagWord(tw & 0xffff);
  if (cpu.cr0 & CR0_PE) {
    f.fip = p3;
    f.fcs = p4 & 0xffff;
    f.fop = w === 4 ? (p4 >>> 16) & 0x7ff : f.fop;
    f.fdp = p5;
    f.fds = p6 & 0xffff;
  } else {
    f.fcs = f.fds = 0;
    f.fip = (p3 & 0xffff) | ((p4 >>> 12) << 16);
    f.fop = p4 & 0x7ff;
    f.fdp = (p5 & 0xffff) | ((p6 >>> 12) << 16);
  }
  updateSummary(f);
}

export function fnstenv(cpu: Cpu, f: Fpu, seg: number, off: number): void {
  storeEnv(cpu, f, seg, off);
  f.cw |= EXC_ALL; // FNSTENV masks every exception afterwards
}

export function fldenv(cpu: Cpu, f: Fpu, seg: number, off: number): void {
  loadEnv(cpu, f, seg, off);
}

/** FNSAVE: the environment, then ST(0)..ST(7) as 80-bit reals; then FNINIT. */
export function fnsave(cpu: Cpu, f: Fpu, seg: number, off: number): void {
  const base = off + envBytes(cpu);
  // A fault part-way leaves the FPU unchanged (FNINIT comes last), so the restart stores it all again.
  storeEnv(cpu, f, seg, off);
  for (let i = 0; i < 8; i++) {
    const p = f.phys(i);
    writeExtended(cpu, seg, (base + 10 * i) >>> 0, f.bits[2 * p], f.bits[2 * p + 1]);
  }
  f.init();
}

/** FRSTOR: the registers are converted (80-bit values round to doubles, see README); empty tags are kept. */
const restoreLo = new Uint32Array(8);
const restoreHi = new Uint32Array(8);

export function frstor(cpu: Cpu, f: Fpu, seg: number, off: number): void {
  const base = off + envBytes(cpu);
  const lo = restoreLo, hi = restoreHi;
  const top = ((cpu.opSize32 ? cpu.read32(seg, (off + 4) >>> 0) : cpu.read16(seg, (off + 2) >>> 0)) >> 11) & 7;
  for (let i = 0; i < 8; i++) {
    const at = (base + 10 * i) >>> 0;
    extendedToDouble(cpu.read32(seg, at), cpu.read32(seg, (at + 4) >>> 0), cpu.read16(seg, (at + 8) >>> 0));
    const p = (top + i) & 7;
    lo[p] = loLoad;
    hi[p] = hiLoad;
  }
  loadEnv(cpu, f, seg, off);
  for (let p = 0; p < 8; p++) { f.bits[2 * p] = lo[p]; f.bits[2 * p + 1] = hi[p]; }
}

export function ffree(f: Fpu, i: number): void {
  f.empty[f.phys(i)] = 1;
}

export function fincstp(f: Fpu, delta: number): void {
  setC1(f, false);
  f.top = (f.top + delta) & 7;
}

/** FXCH: an empty operand is a stack underflow; masked, it becomes the indefinite first. */
export function fxch(f: Fpu, i: number): void {
  setC1(f, false);
  if (f.isEmpty(0) || f.isEmpty(i)) {
    if (!underflow(f)) return;
    if (f.isEmpty(0)) f.setBits(0, 0, INDEFINITE_HI);
    if (f.isEmpty(i)) f.setBits(i, 0, INDEFINITE_HI);
  }
  const p0 = f.phys(0), pi = f.phys(i);
  const lo = f.bits[2 * p0], hi = f.bits[2 * p0 + 1];
  f.bits[2 * p0] = f.bits[2 * pi];
  f.bits[2 * p0 + 1] = f.bits[2 * pi + 1];
  f.bits[2 * pi] = lo;
  f.bits[2 * pi + 1] = hi;
}

