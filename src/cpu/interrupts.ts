// Interrupt and exception delivery through the IDT (or the real-mode IVT),
// double/triple fault escalation, and IRET.

import type { Cpu } from './cpu.ts';
import {
  CPU_FAULT, VEC_DE, VEC_DF, VEC_GP, VEC_NP, VEC_PF, VEC_SS, VEC_TS, pushesErrorCode,
} from './exceptions.ts';
import { AC, IF, IOPL, LAZY_NONE, NT, RF, TF, VM, EFLAGS_WRITABLE, EFLAGS_FIXED_ONE } from './flags.ts';
import { ATTR_CODE, ATTR_DB, ATTR_DC, CS, SS, newDescriptor } from './segment-attr.ts';
import { checkStackDescriptor, fetchDescriptor, loadCodeSegment, markAccessed, nullInaccessibleDataSegments } from './segmentation.ts';

const CR0_PE = 1;
const gateTarget = newDescriptor();
const stackDesc = newDescriptor();

/** Vectors whose faults during another delivery escalate to #DF. */
function isContributory(v: number): boolean {
  return v === VEC_DE || (v >= VEC_TS && v <= VEC_GP);
}

function escalatesToDoubleFault(first: number, second: number): boolean {
  if (first === VEC_PF) return second === VEC_PF || isContributory(second);
  return isContributory(first) && isContributory(second);
}

/** Delivers an exception or interrupt, escalating faults raised during delivery
 *  (#DF, then a triple fault, which resets the CPU). */
export function deliverEvent(cpu: Cpu, vector: number, code: number, software: boolean, external: boolean): void {
  try {
    deliverInterrupt(cpu, vector, code, software, external);
  } catch (e) {
    if (e !== CPU_FAULT) throw e;
    const second = cpu.faultVector;
    let secondCode = cpu.faultCode;
    if (!software && second !== VEC_PF) secondCode |= 1; // EXT: caused by an event, not by the program
    if (vector === VEC_DF && !software && !external) {
      cpu.tripleFault();
      return;
    }
    if (!software && !external && escalatesToDoubleFault(vector, second)) {
      deliverEvent(cpu, VEC_DF, 0, false, false);
    } else {
      deliverEvent(cpu, second, secondCode, false, false);
    }
  }
}

/** INTR: acknowledge the PIC and deliver its vector (EIP already points at the next instruction). */
export function takeExternalInterrupt(cpu: Cpu): void {
  const vector = cpu.pic.acknowledge() & 0xff;
  cpu.halted = false;
  deliverEvent(cpu, vector, -1, false, true);
}

/** One delivery attempt. Throws CPU_FAULT (with nothing committed) if it faults. */
export function deliverInterrupt(cpu: Cpu, vector: number, code: number, software: boolean, external: boolean): void {
  const hasCode = !software && !external && pushesErrorCode(vector);
  if (!(cpu.cr0 & CR0_PE)) {
    deliverRealMode(cpu, vector, software);
    return;
  }
  const idtIndex = vector * 8;
  const gateCode = idtIndex + 2;
  if (idtIndex + 7 > cpu.idtr.limit) cpu.gp(gateCode);
  const lo = cpu.readSys32((cpu.idtr.base + idtIndex) | 0);
  const hi = cpu.readSys32((cpu.idtr.base + idtIndex + 4) | 0);
  const type = (hi >>> 8) & 0x1f;
  // 0x06/0x07: 16-bit interrupt/trap gate, 0x0E/0x0F: 32-bit. Task gates are not supported.
  if (type !== 0x0e && type !== 0x0f && type !== 0x06 && type !== 0x07) cpu.gp(gateCode);
  const gateDpl = (hi >>> 13) & 3;
  if (software && gateDpl < cpu.cpl) cpu.gp(gateCode);
  if (!(hi & 0x8000)) cpu.fault(VEC_NP, gateCode);
  const gate32 = (type & 8) !== 0;
  const isTrapGate = (type & 1) !== 0;
  const sel = lo >>> 16;
  const offset = gate32 ? ((lo & 0xffff) | (hi & 0xffff0000)) >>> 0 : lo & 0xffff;
  if ((sel & 0xfffc) === 0) cpu.gp(0);
  const d = fetchDescriptor(cpu, sel, gateTarget);
  if (d.system || !(d.attr & ATTR_CODE) || d.dpl > cpu.cpl) cpu.gp(sel & 0xfffc);
  if (!d.present) cpu.fault(VEC_NP, sel & 0xfffc);
  if (offset > d.limit) cpu.gp(0);
  markAccessed(cpu, sel, d); // the one descriptor write, done before anything is committed

  const size = gate32 ? 4 : 2;
  const oldCpl = cpu.cpl;
  const eflags = cpu.getEflags();
  const returnEip = cpu.eip;
  const oldCs = cpu.segSel[CS];
  const conforming = (d.attr & ATTR_DC) !== 0;

  if (!conforming && d.dpl < oldCpl) {
    const newCpl = d.dpl;
    const { ss, esp } = readTssStack(cpu, newCpl);
    if ((ss & 0xfffc) === 0) cpu.fault(VEC_TS, 0);
    const sd = fetchDescriptor(cpu, ss, stackDesc, VEC_TS);
    checkStackDescriptor(cpu, ss, sd, newCpl, VEC_TS);
    const big = (sd.attr & ATTR_DB) !== 0;
    let sp = esp;
    const frame = [cpu.segSel[SS], cpu.regs[4], eflags, oldCs, returnEip];
    if (hasCode) frame.push(code);
    for (const v of frame) {
      sp = big ? (sp - size) >>> 0 : (sp - size) & 0xffff;
      pushSupervisor(cpu, sd.base, sd.limit, sp, size, v, ss);
    }
    cpu.setSegmentCache(SS, ss, sd.base, sd.limit, sd.attr);
    if (big) cpu.regs[4] = sp;
    else cpu.regs16[8] = sp;
    loadCodeSegment(cpu, sel, d, newCpl);
  } else {
    // Same privilege level: push on the current stack.
    const frameSize = size * (hasCode ? 4 : 3);
    const top = cpu.stackPointer();
    const low = cpu.stack32 ? (top - frameSize) >>> 0 : (top - frameSize) & 0xffff;
    if (size === 4) {
      cpu.probeWrite(SS, low, frameSize);
      cpu.write32(SS, (low + frameSize - 4) >>> 0, eflags);
      cpu.write32(SS, (low + frameSize - 8) >>> 0, oldCs);
      cpu.write32(SS, (low + frameSize - 12) >>> 0, returnEip);
      if (hasCode) cpu.write32(SS, low, code);
    } else {
      cpu.probeWrite(SS, low, frameSize);
      cpu.write16(SS, (low + frameSize - 2) >>> 0, eflags);
      cpu.write16(SS, (low + frameSize - 4) >>> 0, oldCs);
      cpu.write16(SS, (low + frameSize - 6) >>> 0, returnEip);
      if (hasCode) cpu.write16(SS, low, code);
    }
    if (cpu.stack32) cpu.regs[4] = low;
    else cpu.regs16[8] = low;
    loadCodeSegment(cpu, sel, d, oldCpl);
  }
  cpu.eip = offset;
  cpu.flagsBase = eflags & ~(TF | NT | RF | VM | (isTrapGate ? 0 : IF));
  cpu.lazyKind = LAZY_NONE;
  cpu.breakLoop = true;
  cpu.halted = false;
  cpu.deliveryCount++;
  cpu.hooks?.onInterrupt?.(vector, hasCode ? code : -1, returnEip, oldCpl, cpu.cpl, software);
}

/** A push onto an inner-ring stack that is not yet loaded in SS. */
function pushSupervisor(cpu: Cpu, base: number, limit: number, sp: number, size: number, v: number, ss: number): void {
  if (sp + size - 1 > limit) cpu.fault(VEC_SS, ss & 0xfffc);
  const lin = (base + sp) | 0;
  if (size === 4 && (lin & 0xfff) <= 0xffc) {
    cpu.writePhys32(cpu.translateSupervisor(lin, true), v);
    return;
  }
  for (let i = 0; i < size; i++) cpu.writeSys8((lin + i) | 0, v >>> (8 * i));
}

/** SS:ESP for ring `cpl` from the current TSS (32-bit or 16-bit format). */
export function readTssStack(cpu: Cpu, cpl: number): { ss: number; esp: number } {
  const tr = cpu.tr;
  if ((tr.selector & 0xfffc) === 0) cpu.fault(VEC_TS, 0);
  if (tr.type & 8) {
    const at = 4 + cpl * 8;
    if (at + 5 > tr.limit) cpu.fault(VEC_TS, tr.selector & 0xfffc);
    return { esp: cpu.readSys32((tr.base + at) | 0) >>> 0, ss: cpu.readSys16((tr.base + at + 4) | 0) };
  }
  const at = 2 + cpl * 4;
  if (at + 3 > tr.limit) cpu.fault(VEC_TS, tr.selector & 0xfffc);
  return { esp: cpu.readSys16((tr.base + at) | 0), ss: cpu.readSys16((tr.base + at + 2) | 0) };
}

function deliverRealMode(cpu: Cpu, vector: number, software: boolean): void {
  if (vector * 4 + 3 > cpu.idtr.limit) cpu.gp(0);
  const entry = cpu.readSys32((cpu.idtr.base + vector * 4) | 0);
  const eflags = cpu.getEflags();
  const sp = cpu.regs16[8];
  cpu.probeWrite(SS, (sp - 6) & 0xffff, 6);
  cpu.write16(SS, (sp - 2) & 0xffff, eflags);
  cpu.write16(SS, (sp - 4) & 0xffff, cpu.segSel[CS]);
  cpu.write16(SS, (sp - 6) & 0xffff, cpu.eip);
  cpu.regs16[8] = sp - 6;
  const sel = entry >>> 16;
  cpu.setSegmentCache(CS, sel, sel << 4, cpu.segLimit[CS], cpu.segAttr[CS]);
  const returnEip = cpu.eip;
  cpu.eip = entry & 0xffff;
  cpu.flagsBase = eflags & ~(IF | TF | AC | RF);
  cpu.lazyKind = LAZY_NONE;
  cpu.breakLoop = true;
  cpu.halted = false;
  cpu.deliveryCount++;
  cpu.hooks?.onInterrupt?.(vector, -1, returnEip, 0, 0, software);
}

/** EFLAGS after IRET/POPF: IOPL only at CPL 0, IF only when CPL <= IOPL; VM never (no V86 mode). */
export function mergeFlags(cpu: Cpu, current: number, incoming: number, cpl: number, writableMask: number): number {
  let mask = writableMask & ~VM;
  if (cpl > 0) mask &= ~IOPL;
  if (cpl > ((current & IOPL) >>> 12)) mask &= ~IF;
  return ((current & ~mask) | (incoming & mask) | EFLAGS_FIXED_ONE) >>> 0;
}

/** IRET / IRETD. */
export function iret(cpu: Cpu): void {
  const size = cpu.opSize32 ? 4 : 2;
  const current = cpu.getEflags();
  const oldCpl = cpu.cpl;
  const newEip = cpu.peekStack(size, 0) >>> 0;
  const newCs = cpu.peekStack(size, size) & 0xffff;
  let newFlags = cpu.peekStack(size, 2 * size) >>> 0;
  if (size === 2) newFlags = (current & 0xffff0000) | (newFlags & 0xffff);
  const writable = size === 4 ? EFLAGS_WRITABLE : EFLAGS_WRITABLE & 0xffff;

  if (!(cpu.cr0 & CR0_PE)) {
    cpu.setSegmentCache(CS, newCs, newCs << 4, cpu.segLimit[CS], cpu.segAttr[CS]);
    cpu.adjustEsp(3 * size);
    cpu.eip = size === 4 ? newEip : newEip & 0xffff;
    cpu.flagsBase = ((current & ~writable) | (newFlags & writable) | EFLAGS_FIXED_ONE) >>> 0;
    cpu.lazyKind = LAZY_NONE;
    cpu.breakLoop = true;
    cpu.hooks?.onIret?.(0, 0, cpu.eip);
    return;
  }
  // Nested-task return and virtual-8086 returns need task switching / V86 mode, which this core lacks.
  if (current & NT) cpu.gp(0);
  if ((newFlags & VM) && oldCpl === 0) cpu.gp(0);
  if ((newCs & 0xfffc) === 0) cpu.gp(0);
  const d = fetchDescriptor(cpu, newCs, gateTarget);
  const rpl = newCs & 3;
  if (rpl < oldCpl || d.system || !(d.attr & ATTR_CODE)) cpu.gp(newCs & 0xfffc);
  if ((d.attr & ATTR_DC) ? d.dpl > rpl : d.dpl !== rpl) cpu.gp(newCs & 0xfffc);
  if (!d.present) cpu.fault(VEC_NP, newCs & 0xfffc);
  const eip = size === 4 ? newEip : newEip & 0xffff;
  if (eip > d.limit) cpu.gp(0);
  markAccessed(cpu, newCs, d);
  const flags = mergeFlags(cpu, current, newFlags, oldCpl, writable);

  if (rpl === oldCpl) {
    loadCodeSegment(cpu, newCs, d, rpl);
    cpu.adjustEsp(3 * size);
  } else {
    const newEsp = cpu.peekStack(size, 3 * size) >>> 0;
    const newSs = cpu.peekStack(size, 4 * size) & 0xffff;
    if ((newSs & 0xfffc) === 0) cpu.gp(0);
    const sd = fetchDescriptor(cpu, newSs, stackDesc);
    checkStackDescriptor(cpu, newSs, sd, rpl, VEC_GP);
    loadCodeSegment(cpu, newCs, d, rpl);
    cpu.setSegmentCache(SS, newSs, sd.base, sd.limit, sd.attr);
    if (size === 4 && cpu.stack32) cpu.regs[4] = newEsp;
    else cpu.regs16[8] = newEsp;
    nullInaccessibleDataSegments(cpu);
  }
  cpu.eip = eip;
  cpu.flagsBase = flags;
  cpu.lazyKind = LAZY_NONE;
  cpu.updateAlignmentCheck();
  cpu.breakLoop = true;
  cpu.hooks?.onIret?.(oldCpl, cpu.cpl, eip);
}
