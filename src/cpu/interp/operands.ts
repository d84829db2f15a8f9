// Operand access for a decoded instruction (an Insn from src/isa/decoder.ts):
// the effective address from base/index/scale/disp (32- and 16-bit forms),
// and the E operand (ModRM r/m: register or memory) read, written or updated.
// Nothing here fetches code bytes: the decoder has read them all.

import type { Cpu } from '../cpu.ts';
import type { Insn } from '../../isa/decoder.ts';

/** Offset of the memory operand (ModRM memory form or moffs) in insn.seg. */
export function effectiveAddress(cpu: Cpu, insn: Insn): number {
  if (insn.asize === 32) {
    let a = insn.disp;
    if (insn.base >= 0) a = (a + cpu.regs[insn.base]) | 0;
    if (insn.index >= 0) a = (a + (cpu.regs[insn.index] << insn.scale)) | 0;
    return a >>> 0;
  }
  // 16-bit: base BX/BP, index SI/DI, the sum wraps at 64 KiB.
  let a = insn.disp;
  if (insn.base >= 0) a += cpu.regs16[insn.base << 1];
  if (insn.index >= 0) a += cpu.regs16[insn.index << 1];
  return a & 0xffff;
}

/** Operand size in bytes of the "v" operands. */
export function vSize(insn: Insn): number {
  return insn.osize >> 3;
}

/** Reads the E operand (no write follows). */
export function readE(cpu: Cpu, insn: Insn, size: number): number {
  if (insn.mod === 3) return cpu.getReg(size, insn.rm);
  return cpu.readMem(size, insn.seg, effectiveAddress(cpu, insn));
}

/** Writes the E operand without reading it first (MOV-like destinations). */
export function writeE(cpu: Cpu, insn: Insn, size: number, v: number): void {
  if (insn.mod === 3) cpu.setReg(size, insn.rm, v);
  else cpu.writeMem(size, insn.seg, effectiveAddress(cpu, insn), v);
}

/** Reads the E operand of a read-modify-write: for memory it remembers the
 *  offset for storeE and the flags, which the run loop puts back if the store faults. */
export function loadE(cpu: Cpu, insn: Insn, size: number): number {
  if (insn.mod === 3) return cpu.getReg(size, insn.rm);
  cpu.snapshotFlags();
  const a = effectiveAddress(cpu, insn);
  cpu.eaAddr = a;
  return cpu.readMem(size, insn.seg, a);
}

/** Writes the E operand read by the preceding loadE. */
export function storeE(cpu: Cpu, insn: Insn, size: number, v: number): void {
  if (insn.mod === 3) cpu.setReg(size, insn.rm, v);
  else cpu.writeMem(size, insn.seg, cpu.eaAddr, v);
}
