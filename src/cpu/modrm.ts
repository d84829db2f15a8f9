// ModRM/SIB effective-address decoding and the "E operand" (register or
// memory) accessors that instructions share.

import type { Cpu } from './cpu.ts';
import { VEC_UD } from './exceptions.ts';

const DS = 3;
const SS = 2;

/** Decodes the memory form of a ModRM byte (mod != 3). Returns the offset; sets cpu.eaSeg. */
export function decodeEA(cpu: Cpu, m: number): number {
  if (!cpu.addrSize32) return decodeEA16(cpu, m);
  const mod = m >> 6;
  const rm = m & 7;
  let seg = DS;
  let addr: number;
  if (rm === 4) {
    const sib = cpu.fetch8();
    const base = sib & 7;
    const index = (sib >> 3) & 7;
    if (base === 5 && mod === 0) {
      addr = cpu.fetch32();
    } else {
      addr = cpu.regs[base];
      if (base === 4 || base === 5) seg = SS;
    }
    if (index !== 4) addr = (addr + (cpu.regs[index] << (sib >> 6))) | 0;
  } else if (rm === 5 && mod === 0) {
    addr = cpu.fetch32();
  } else {
    addr = cpu.regs[rm];
    if (rm === 5) seg = SS;
  }
  if (mod === 1) addr = (addr + cpu.fetch8s()) | 0;
  else if (mod === 2) addr = (addr + cpu.fetch32()) | 0;
  cpu.eaSeg = cpu.segOverride >= 0 ? cpu.segOverride : seg;
  return addr >>> 0;
}

function decodeEA16(cpu: Cpu, m: number): number {
  const mod = m >> 6;
  const rm = m & 7;
  const r = cpu.regs16;
  let seg = DS;
  let addr: number;
  switch (rm) {
    case 0: addr = r[6] + r[12]; break;            // BX+SI
    case 1: addr = r[6] + r[14]; break;            // BX+DI
    case 2: addr = r[10] + r[12]; seg = SS; break; // BP+SI
    case 3: addr = r[10] + r[14]; seg = SS; break; // BP+DI
    case 4: addr = r[12]; break;                   // SI
    case 5: addr = r[14]; break;                   // DI
    case 6:
      if (mod === 0) addr = cpu.fetch16();
      else { addr = r[10]; seg = SS; }             // BP
      break;
    default: addr = r[6]; break;                   // BX
  }
  if (mod === 1) addr += cpu.fetch8s();
  else if (mod === 2) addr += cpu.fetch16();
  cpu.eaSeg = cpu.segOverride >= 0 ? cpu.segOverride : seg;
  return addr & 0xffff;
}

/** Reads the E operand; for memory, remembers the address for storeE and the flags in case the store faults. */
export function loadE(cpu: Cpu, m: number, size: number): number {
  if (m >= 0xc0) return cpu.getReg(size, m & 7);
  cpu.snapshotFlags(); // a later storeE may fault after the flags changed
  const a = decodeEA(cpu, m);
  cpu.eaAddr = a;
  return cpu.readMem(size, cpu.eaSeg, a);
}

/** Writes the E operand loaded by the preceding loadE. */
export function storeE(cpu: Cpu, m: number, size: number, v: number): void {
  if (m >= 0xc0) cpu.setReg(size, m & 7, v);
  else cpu.writeMem(size, cpu.eaSeg, cpu.eaAddr, v);
}

/** Writes the E operand without reading it first (MOV-like destinations). */
export function writeE(cpu: Cpu, m: number, size: number, v: number): void {
  if (m >= 0xc0) cpu.setReg(size, m & 7, v);
  else {
    const a = decodeEA(cpu, m);
    cpu.writeMem(size, cpu.eaSeg, a, v);
  }
}

/** The memory address of an operand that must be in memory (#UD for a register form). */
export function memoryOperand(cpu: Cpu, m: number): number {
  if (m >= 0xc0) cpu.fault(VEC_UD, 0);
  return decodeEA(cpu, m);
}
