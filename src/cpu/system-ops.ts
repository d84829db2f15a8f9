// System instructions: descriptor-table registers (LGDT/LIDT/SGDT/SIDT,
// LLDT/SLDT, LTR/STR), LAR/LSL/VERR/VERW, the MSW, control and debug registers,
// INVLPG, CLTS and CPUID.

import type { Cpu } from './cpu.ts';
import type { Insn } from '../isa/decoder.ts';
import { VEC_NP, VEC_UD } from './exceptions.ts';
import { ZF } from './flags.ts';
import { ATTR_CODE, ATTR_DC, ATTR_RW, decodeDescriptor, newDescriptor } from './segment-attr.ts';
import { descriptorAddress, fetchDescriptor } from './segmentation.ts';
import { effectiveAddress, readE, writeE } from './interp/operands.ts';
import { checkGeneralDetect, updateDebugState } from './debug-traps.ts';

const CR0_PE = 1;
const CR0_TS = 1 << 3;
const CR0_ET = 1 << 4;
const CR0_PG = 1 << 31;
const desc = newDescriptor();

export function requireProtectedMode(cpu: Cpu): void {
  if (!(cpu.cr0 & CR0_PE)) cpu.fault(VEC_UD, 0);
}

/** Rejects instructions that need CPL 0 (in protected mode). */
export function requireCpl0(cpu: Cpu): void {
  if (cpu.cpl !== 0 && (cpu.cr0 & CR0_PE)) cpu.gp(0);
}

/** SLDT / STR Esw: a register gets the selector at the operand size, memory a word. */
export function storeSystemSelector(cpu: Cpu, insn: Insn, sel: number): void {
  requireProtectedMode(cpu);
  writeE(cpu, insn, insn.mod === 3 ? insn.osize >> 3 : 2, sel);
}

/** LLDT Ew. */
export function lldt(cpu: Cpu, insn: Insn): void {
  requireProtectedMode(cpu);
  requireCpl0(cpu);
  loadLdtr(cpu, readE(cpu, insn, 2));
}

/** LTR Ew. */
export function ltr(cpu: Cpu, insn: Insn): void {
  requireProtectedMode(cpu);
  requireCpl0(cpu);
  loadTr(cpu, readE(cpu, insn, 2));
}

/** VERR / VERW Ew: ZF says whether the segment could be read / written from here. */
export function verifySegment(cpu: Cpu, insn: Insn, write: boolean): void {
  requireProtectedMode(cpu);
  verify(cpu, readE(cpu, insn, 2), write);
}

function loadLdtr(cpu: Cpu, sel: number): void {
  if ((sel & 0xfffc) === 0) {
    cpu.ldtr = { selector: sel, base: 0, limit: 0, type: 0 };
    return;
  }
  if (sel & 4) cpu.gp(sel & 0xfffc);
  const d = fetchDescriptor(cpu, sel, desc);
  if (!d.system || d.type !== 2) cpu.gp(sel & 0xfffc);
  if (!d.present) cpu.fault(VEC_NP, sel & 0xfffc);
  cpu.ldtr = { selector: sel, base: d.base, limit: d.limit, type: d.type };
}

function loadTr(cpu: Cpu, sel: number): void {
  if ((sel & 0xfffc) === 0) cpu.gp(0);
  if (sel & 4) cpu.gp(sel & 0xfffc);
  const d = fetchDescriptor(cpu, sel, desc);
  if (!d.system || (d.type !== 9 && d.type !== 1)) cpu.gp(sel & 0xfffc);
  if (!d.present) cpu.fault(VEC_NP, sel & 0xfffc);
  // Mark the TSS busy in the GDT.
  const addr = descriptorAddress(cpu, sel);
  cpu.writeSys8((addr + 5) | 0, ((d.hi >>> 8) & 0xff) | 2);
  cpu.tr = { selector: sel, base: d.base, limit: d.limit, type: d.type | 2 };
}

/** Reads a descriptor for LAR/LSL/VERR/VERW; null when the selector is null or outside the table. */
function peekDescriptor(cpu: Cpu, sel: number) {
  if ((sel & 0xfffc) === 0) return null;
  const addr = descriptorAddress(cpu, sel);
  if (addr === -1) return null;
  return decodeDescriptor(cpu.readSys32(addr), cpu.readSys32((addr + 4) | 0), desc);
}

/** Code/data descriptors must be reachable from CPL and RPL unless they are conforming code. */
function privilegeOk(cpu: Cpu, sel: number, attr: number, dpl: number): boolean {
  const conforming = (attr & ATTR_CODE) !== 0 && (attr & ATTR_DC) !== 0;
  return conforming || (dpl >= cpu.cpl && dpl >= (sel & 3));
}

function setZf(cpu: Cpu, on: boolean): void {
  cpu.materializeFlags();
  cpu.flagsBase = on ? cpu.flagsBase | ZF : cpu.flagsBase & ~ZF;
}

function verify(cpu: Cpu, sel: number, write: boolean): void {
  const d = peekDescriptor(cpu, sel);
  let ok = false;
  if (d && !d.system && privilegeOk(cpu, sel, d.attr, d.dpl)) {
    const code = (d.attr & ATTR_CODE) !== 0;
    ok = write ? !code && (d.attr & ATTR_RW) !== 0 : !code || (d.attr & ATTR_RW) !== 0;
  }
  setZf(cpu, ok);
}

const LAR_SYSTEM_TYPES = new Set([1, 2, 3, 4, 5, 9, 11, 12]);
const LSL_SYSTEM_TYPES = new Set([1, 2, 3, 9, 11]);

/** LAR (lsl = false) / LSL: Gv gets the access rights or the limit; ZF says whether it was valid. */
export function larLsl(cpu: Cpu, insn: Insn, lsl: boolean): void {
  requireProtectedMode(cpu);
  const size = insn.osize >> 3;
  const sel = readE(cpu, insn, 2);
  const d = peekDescriptor(cpu, sel);
  let ok = false;
  if (d) {
    if (d.system) ok = (lsl ? LSL_SYSTEM_TYPES : LAR_SYSTEM_TYPES).has(d.type) && d.dpl >= cpu.cpl && d.dpl >= (sel & 3);
    else ok = privilegeOk(cpu, sel, d.attr, d.dpl);
  }
  if (ok && d) {
    const v = lsl ? d.limit : d.hi & (size === 4 ? 0x00ffff00 : 0xff00);
    cpu.setReg(size, insn.reg, v);
  }
  setZf(cpu, ok);
}

/** SGDT / SIDT Ms: limit word, then the base (24 bits with a 16-bit operand size); checked before storing. */
export function storeTableRegister(cpu: Cpu, insn: Insn, idt: boolean): void {
  const a = effectiveAddress(cpu, insn);
  const t = idt ? cpu.idtr : cpu.gdtr;
  const base = insn.osize === 32 ? t.base : t.base & 0xffffff;
  cpu.probeWrite(insn.seg, a, 6);
  cpu.write16(insn.seg, a, t.limit);
  cpu.write32(insn.seg, (a + 2) >>> 0, base);
}

/** LGDT / LIDT Ms. */
export function loadTableRegister(cpu: Cpu, insn: Insn, idt: boolean): void {
  requireCpl0(cpu);
  const a = effectiveAddress(cpu, insn);
  const limit = cpu.read16(insn.seg, a);
  let base = cpu.read32(insn.seg, (a + 2) >>> 0) >>> 0;
  if (insn.osize === 16) base &= 0xffffff;
  if (idt) cpu.idtr = { base, limit };
  else cpu.gdtr = { base, limit };
}

/** SMSW Esw: a register gets CR0 at the operand size, memory its low word. */
export function smsw(cpu: Cpu, insn: Insn): void {
  writeE(cpu, insn, insn.mod === 3 && insn.osize === 32 ? 4 : 2, cpu.cr0);
}

/** LMSW Ew sets PE MP EM TS but cannot clear PE. */
export function lmsw(cpu: Cpu, insn: Insn): void {
  requireCpl0(cpu);
  const v = readE(cpu, insn, 2);
  writeCr0(cpu, (cpu.cr0 & ~0xe) | (v & 0xf) | (cpu.cr0 & CR0_PE));
}

/** INVLPG Mb: drops the TLB entries of the page holding the linear address. */
export function invlpg(cpu: Cpu, insn: Insn): void {
  requireCpl0(cpu);
  const lin = (cpu.segBase[insn.seg] + effectiveAddress(cpu, insn)) >>> 0;
  cpu.tlb.clearPage(lin >>> 12);
  cpu.invalidateFetch();
}

export function writeCr0(cpu: Cpu, v: number): void {
  v = (v | CR0_ET) >>> 0;
  if ((v & CR0_PG) && !(v & CR0_PE)) cpu.gp(0);
  const peChanged = ((v ^ cpu.cr0) & CR0_PE) !== 0;
  cpu.cr0 = v;
  // The fast-path limits depend on the mode: recompute them for every segment register.
  if (peChanged) cpu.refreshAllFastLimits();
  cpu.updateAlignmentCheck();
  cpu.flushTlb();
  cpu.breakLoop = true;
}

export function writeCr3(cpu: Cpu, v: number): void {
  cpu.cr3 = v >>> 0;
  cpu.flushTlb();
  cpu.hooks?.onCr3Load?.(cpu.cr3);
}

/** 0F 20 / 0F 22: MOV r32, CRn and MOV CRn, r32 (the mod field is ignored). */
export function moveControlRegister(cpu: Cpu, insn: Insn, toCr: boolean): void {
  requireCpl0(cpu);
  const n = insn.reg;
  const r = insn.rm;
  if (n === 1 || n > 4) cpu.fault(VEC_UD, 0);
  if (!toCr) {
    const v = n === 0 ? cpu.cr0 : n === 2 ? cpu.cr2 : n === 3 ? cpu.cr3 : cpu.cr4;
    cpu.regs[r] = v;
    return;
  }
  const v = cpu.regs[r] >>> 0;
  switch (n) {
    case 0: writeCr0(cpu, v); return;
    case 2: cpu.cr2 = v; return;
    case 3: writeCr3(cpu, v); return;
    default:
      cpu.cr4 = v;
      cpu.flushTlb();
  }
}

/** 0F 21 / 0F 23: MOV r32, DRn and MOV DRn, r32. DR4/DR5 alias DR6/DR7. */
export function moveDebugRegister(cpu: Cpu, insn: Insn, toDr: boolean): void {
  requireCpl0(cpu);
  checkGeneralDetect(cpu);
  let n = insn.reg;
  if (n === 4 || n === 5) n += 2;
  const r = insn.rm;
  if (!toDr) {
    cpu.regs[r] = cpu.dr[n];
    return;
  }
  const v = cpu.regs[r];
  if (n === 6) cpu.dr[6] = (v & 0xe00f) | 0xffff0ff0;
  else if (n === 7) cpu.dr[7] = (v & 0xffff2bff) | 0x400;
  else cpu.dr[n] = v;
  updateDebugState(cpu);
}

export function clts(cpu: Cpu): void {
  requireCpl0(cpu);
  cpu.cr0 &= ~CR0_TS;
}

/** CPUID as a late 486 (family 4) with no optional features. */
export function cpuid(cpu: Cpu): void {
  const leaf = cpu.regs[0];
  if (leaf === 0) {
    cpu.regs[0] = 1;
    cpu.regs[3] = 0x756e6547; // "Genu"
    cpu.regs[2] = 0x49656e69; // "ineI"
    cpu.regs[1] = 0x6c65746e; // "ntel"
  } else {
    cpu.regs[0] = 0x480;
    cpu.regs[3] = 0;
    cpu.regs[1] = 0;
    cpu.regs[2] = 0;
  }
}
