// Far JMP, far CALL and RETF: direct to code segments and through call gates
// (CALL to an inner ring switches to the TSS stack and copies parameters).

import type { Cpu } from './cpu.ts';
import { VEC_GP, VEC_NP, VEC_SS, VEC_TS } from './exceptions.ts';
import { ATTR_CODE, ATTR_DB, ATTR_DC, CS, SS, newDescriptor, type Descriptor } from './segment-attr.ts';
import { checkStackDescriptor, fetchDescriptor, loadCodeSegment, markAccessed, nullInaccessibleDataSegments } from './segmentation.ts';
import { readTssStack } from './interrupts.ts';

const CR0_PE = 1;
const target = newDescriptor();
const gateTarget = newDescriptor();
const stackDesc = newDescriptor();

const CALL_GATE_16 = 0x4;
const CALL_GATE_32 = 0xc;

/** Checks a code descriptor reached directly (not through a gate) by JMP or CALL. */
function checkDirectCode(cpu: Cpu, sel: number, d: Descriptor, offset: number): void {
  if (!(d.attr & ATTR_CODE)) cpu.gp(sel & 0xfffc);
  if (d.attr & ATTR_DC) {
    if (d.dpl > cpu.cpl) cpu.gp(sel & 0xfffc);
  } else if ((sel & 3) > cpu.cpl || d.dpl !== cpu.cpl) {
    cpu.gp(sel & 0xfffc);
  }
  if (!d.present) cpu.fault(VEC_NP, sel & 0xfffc);
  if (offset > d.limit) cpu.gp(0);
}

/** Reads a call gate's target descriptor and checks it; returns the target offset. */
function resolveCallGate(cpu: Cpu, sel: number, gate: Descriptor): { targetSel: number; offset: number; d: Descriptor } {
  if (gate.dpl < cpu.cpl || gate.dpl < (sel & 3)) cpu.gp(sel & 0xfffc);
  if (!gate.present) cpu.fault(VEC_NP, sel & 0xfffc);
  const targetSel = gate.lo >>> 16;
  const offset = gate.type === CALL_GATE_32 ? ((gate.lo & 0xffff) | (gate.hi & 0xffff0000)) >>> 0 : gate.lo & 0xffff;
  if ((targetSel & 0xfffc) === 0) cpu.gp(0);
  const d = fetchDescriptor(cpu, targetSel, gateTarget);
  if (d.system || !(d.attr & ATTR_CODE) || d.dpl > cpu.cpl) cpu.gp(targetSel & 0xfffc);
  if (!d.present) cpu.fault(VEC_NP, targetSel & 0xfffc);
  if (offset > d.limit) cpu.gp(0);
  return { targetSel, offset, d };
}

export function farJump(cpu: Cpu, sel: number, offset: number): void {
  sel &= 0xffff;
  if (!(cpu.cr0 & CR0_PE)) {
    cpu.setSegmentCache(CS, sel, sel << 4, cpu.segLimit[CS], cpu.segAttr[CS]);
    cpu.eip = offset;
    return;
  }
  if ((sel & 0xfffc) === 0) cpu.gp(0);
  const d = fetchDescriptor(cpu, sel, target);
  if (!d.system) {
    checkDirectCode(cpu, sel, d, offset);
    loadCodeSegment(cpu, sel, d, cpu.cpl);
    cpu.eip = offset;
    return;
  }
  if (d.type !== CALL_GATE_32 && d.type !== CALL_GATE_16) cpu.gp(sel & 0xfffc); // task gates/TSS: unsupported
  const g = resolveCallGate(cpu, sel, d);
  // JMP through a gate never changes privilege.
  if (!(g.d.attr & ATTR_DC) && g.d.dpl !== cpu.cpl) cpu.gp(g.targetSel & 0xfffc);
  loadCodeSegment(cpu, g.targetSel, g.d, cpu.cpl);
  cpu.eip = g.offset;
}

export function farCall(cpu: Cpu, sel: number, offset: number): void {
  sel &= 0xffff;
  const size = cpu.opSize32 ? 4 : 2;
  const returnEip = cpu.eip;
  const oldCs = cpu.segSel[CS];
  if (!(cpu.cr0 & CR0_PE)) {
    pushPair(cpu, size, oldCs, returnEip);
    cpu.setSegmentCache(CS, sel, sel << 4, cpu.segLimit[CS], cpu.segAttr[CS]);
    cpu.eip = offset;
    return;
  }
  if ((sel & 0xfffc) === 0) cpu.gp(0);
  const d = fetchDescriptor(cpu, sel, target);
  if (!d.system) {
    checkDirectCode(cpu, sel, d, offset);
    pushPair(cpu, size, oldCs, returnEip);
    loadCodeSegment(cpu, sel, d, cpu.cpl);
    cpu.eip = offset;
    return;
  }
  if (d.type !== CALL_GATE_32 && d.type !== CALL_GATE_16) cpu.gp(sel & 0xfffc);
  const gateSize = d.type === CALL_GATE_32 ? 4 : 2;
  const paramCount = d.hi & 0x1f;
  const g = resolveCallGate(cpu, sel, d);
  markAccessed(cpu, g.targetSel, g.d);
  if (!(g.d.attr & ATTR_DC) && g.d.dpl < cpu.cpl) {
    callToInnerRing(cpu, g.targetSel, g.d, g.offset, gateSize, paramCount, oldCs, returnEip);
    return;
  }
  pushPair(cpu, gateSize, oldCs, returnEip);
  loadCodeSegment(cpu, g.targetSel, g.d, cpu.cpl);
  cpu.eip = g.offset;
}

/** Pushes CS then EIP, checking both slots before writing either. */
function pushPair(cpu: Cpu, size: number, cs: number, eip: number): void {
  const top = cpu.stackPointer();
  const low = cpu.stack32 ? (top - 2 * size) >>> 0 : (top - 2 * size) & 0xffff;
  cpu.probeWrite(SS, low, 2 * size);
  if (size === 4) {
    cpu.write32(SS, (low + 4) >>> 0, cs);
    cpu.write32(SS, low, eip);
  } else {
    cpu.write16(SS, (low + 2) >>> 0, cs);
    cpu.write16(SS, low, eip);
  }
  if (cpu.stack32) cpu.regs[4] = low;
  else cpu.regs16[8] = low;
}

function callToInnerRing(cpu: Cpu, targetSel: number, d: Descriptor, offset: number, size: number,
  paramCount: number, oldCs: number, returnEip: number): void {
  const newCpl = d.dpl;
  const { ss, esp } = readTssStack(cpu, newCpl);
  if ((ss & 0xfffc) === 0) cpu.fault(VEC_TS, 0);
  const sd = fetchDescriptor(cpu, ss, stackDesc, VEC_TS);
  checkStackDescriptor(cpu, ss, sd, newCpl, VEC_TS);
  const params: number[] = [];
  for (let i = paramCount - 1; i >= 0; i--) params.push(cpu.peekStack(size, i * size));
  const values = [cpu.segSel[SS], cpu.regs[4], ...params, oldCs, returnEip];
  const big = (sd.attr & ATTR_DB) !== 0;
  let sp = esp;
  for (const v of values) {
    sp = big ? (sp - size) >>> 0 : (sp - size) & 0xffff;
    if (sp + size - 1 > sd.limit) cpu.fault(VEC_SS, ss & 0xfffc);
    const lin = (sd.base + sp) | 0;
    for (let i = 0; i < size; i++) cpu.writeSys8((lin + i) | 0, v >>> (8 * i));
  }
  cpu.setSegmentCache(SS, ss, sd.base, sd.limit, sd.attr);
  if (big) cpu.regs[4] = sp;
  else cpu.regs16[8] = sp;
  loadCodeSegment(cpu, targetSel, d, newCpl);
  cpu.eip = offset;
}

/** RETF [imm16]: to the same ring, or to an outer ring (popping SS:ESP too). */
export function farReturn(cpu: Cpu, popBytes: number): void {
  const size = cpu.opSize32 ? 4 : 2;
  const newEip = cpu.peekStack(size, 0) >>> 0;
  const newCs = cpu.peekStack(size, size) & 0xffff;
  if (!(cpu.cr0 & CR0_PE)) {
    cpu.setSegmentCache(CS, newCs, newCs << 4, cpu.segLimit[CS], cpu.segAttr[CS]);
    cpu.adjustEsp(2 * size + popBytes);
    cpu.eip = newEip;
    return;
  }
  if ((newCs & 0xfffc) === 0) cpu.gp(0);
  const d = fetchDescriptor(cpu, newCs, target);
  const rpl = newCs & 3;
  if (rpl < cpu.cpl || d.system || !(d.attr & ATTR_CODE)) cpu.gp(newCs & 0xfffc);
  if ((d.attr & ATTR_DC) ? d.dpl > rpl : d.dpl !== rpl) cpu.gp(newCs & 0xfffc);
  if (!d.present) cpu.fault(VEC_NP, newCs & 0xfffc);
  if (newEip > d.limit) cpu.gp(0);
  markAccessed(cpu, newCs, d);
  if (rpl === cpu.cpl) {
    loadCodeSegment(cpu, newCs, d, rpl);
    cpu.adjustEsp(2 * size + popBytes);
    cpu.eip = newEip;
    return;
  }
  const newEsp = cpu.peekStack(size, 2 * size + popBytes) >>> 0;
  const newSs = cpu.peekStack(size, 3 * size + popBytes) & 0xffff;
  if ((newSs & 0xfffc) === 0) cpu.gp(0);
  const sd = fetchDescriptor(cpu, newSs, stackDesc);
  checkStackDescriptor(cpu, newSs, sd, rpl, VEC_GP);
  loadCodeSegment(cpu, newCs, d, rpl);
  cpu.setSegmentCache(SS, newSs, sd.base, sd.limit, sd.attr);
  if (cpu.stack32) cpu.regs[4] = newEsp + popBytes;
  else cpu.regs16[8] = newEsp + popBytes;
  cpu.eip = newEip;
  nullInaccessibleDataSegments(cpu);
}
