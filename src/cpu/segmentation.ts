// Selector loads: descriptor lookup in the GDT/LDT and the protection checks
// for data and stack segment registers (code segment loads are in far-transfer.ts).

import type { Cpu } from './cpu.ts';
import { VEC_GP, VEC_NP, VEC_SS } from './exceptions.ts';
import { ATTR_CODE, ATTR_DC, ATTR_RW, CS, SS, decodeDescriptor, newDescriptor, type Descriptor } from './segment-attr.ts';

const CR0_PE = 1;

/** Scratch descriptors, reused so that selector loads allocate nothing. */
export const scratch = newDescriptor();
export const scratch2 = newDescriptor();

/** Linear address of the descriptor slot for `sel`, or -1 when it lies beyond the table limit. */
export function descriptorAddress(cpu: Cpu, sel: number): number {
  const index = sel & 0xfff8;
  if (sel & 4) {
    if (cpu.ldtr.selector & 0xfffc && index + 7 <= cpu.ldtr.limit) return (cpu.ldtr.base + index) | 0;
    return -1;
  }
  if (index + 7 > cpu.gdtr.limit) return -1;
  return (cpu.gdtr.base + index) | 0;
}

/** Reads the descriptor for `sel` into `out`; raises `vector`(sel) when the slot is outside the table. */
export function fetchDescriptor(cpu: Cpu, sel: number, out: Descriptor, vector: number = VEC_GP): Descriptor {
  const addr = descriptorAddress(cpu, sel);
  if (addr === -1) cpu.fault(vector, sel & 0xfffc);
  return decodeDescriptor(cpu.readSys32(addr), cpu.readSys32((addr + 4) | 0), out);
}

/** Sets the accessed bit of a code/data descriptor in memory, as the CPU does on a load. */
export function markAccessed(cpu: Cpu, sel: number, d: Descriptor): void {
  if (d.attr & 1) return;
  const addr = descriptorAddress(cpu, sel);
  if (addr === -1) return;
  cpu.writeSys8((addr + 5) | 0, ((d.hi >>> 8) & 0xff) | 1);
  d.attr |= 1;
}

/** MOV/POP/LDS... to DS, ES, FS, GS or SS, with the protected-mode checks. */
export function loadSegment(cpu: Cpu, seg: number, sel: number): void {
  sel &= 0xffff;
  if (!(cpu.cr0 & CR0_PE)) {
    loadRealModeSegment(cpu, seg, sel);
    return;
  }
  if (seg === SS) {
    loadStackSegment(cpu, sel);
    return;
  }
  if ((sel & 0xfffc) === 0) {
    cpu.setNullSegment(seg, sel);
    return;
  }
  const d = fetchDescriptor(cpu, sel, scratch);
  const rpl = sel & 3;
  const code = (d.attr & ATTR_CODE) !== 0;
  if (d.system || (code && !(d.attr & ATTR_RW))) cpu.fault(VEC_GP, sel & 0xfffc);
  const conforming = code && (d.attr & ATTR_DC) !== 0;
  if (!conforming && (d.dpl < cpu.cpl || d.dpl < rpl)) cpu.fault(VEC_GP, sel & 0xfffc);
  if (!d.present) cpu.fault(VEC_NP, sel & 0xfffc);
  markAccessed(cpu, sel, d);
  cpu.setSegmentCache(seg, sel, d.base, d.limit, d.attr);
}

function loadStackSegment(cpu: Cpu, sel: number): void {
  if ((sel & 0xfffc) === 0) cpu.fault(VEC_GP, 0);
  const d = fetchDescriptor(cpu, sel, scratch);
  checkStackDescriptor(cpu, sel, d, cpu.cpl, VEC_GP);
  markAccessed(cpu, sel, d);
  cpu.setSegmentCache(SS, sel, d.base, d.limit, d.attr);
  // The next instruction runs before any interrupt or single-step trap, so SS:ESP can be loaded as a pair.
  cpu.irqInhibit = true;
  cpu.debugTrapInhibit = true;
  cpu.breakLoop = true;
}

/** SS must be a present, writable data segment with RPL = DPL = the target CPL. */
export function checkStackDescriptor(cpu: Cpu, sel: number, d: Descriptor, cpl: number, vector: number): void {
  if ((sel & 3) !== cpl || d.system || (d.attr & ATTR_CODE) || !(d.attr & ATTR_RW) || d.dpl !== cpl) {
    cpu.fault(vector, sel & 0xfffc);
  }
  if (!d.present) cpu.fault(VEC_SS, sel & 0xfffc);
}

function loadRealModeSegment(cpu: Cpu, seg: number, sel: number): void {
  const attr = cpu.segAttr[seg];
  cpu.setSegmentCache(seg, sel, sel << 4, cpu.segLimit[seg], attr | 0x80);
  if (seg === SS) {
    cpu.irqInhibit = true;
    cpu.breakLoop = true;
  }
}

/** Loads CS from a checked code descriptor; RPL becomes the new CPL. */
export function loadCodeSegment(cpu: Cpu, sel: number, d: Descriptor, cpl: number): void {
  markAccessed(cpu, sel, d);
  cpu.setSegmentCache(CS, (sel & 0xfffc) | cpl, d.base, d.limit, d.attr);
  if (cpu.cpl !== cpl) cpu.setCpl(cpl);
}

/** After a return to an outer ring: data segment registers the new CPL may not use become null. */
export function nullInaccessibleDataSegments(cpu: Cpu): void {
  for (const seg of [0, 3, 4, 5]) {
    const attr = cpu.segAttr[seg];
    if (!(attr & 0x80)) continue;
    const dpl = (attr >> 5) & 3;
    const conformingCode = (attr & ATTR_CODE) !== 0 && (attr & ATTR_DC) !== 0;
    if (!conformingCode && dpl < cpu.cpl) cpu.setNullSegment(seg, 0);
  }
}
