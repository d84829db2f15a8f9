// Bit tests (BT BTS BTR BTC), bit scans (BSF BSR), BSWAP, CMPXCHG and XADD.

import type { Cpu } from './cpu.ts';
import { CF, ZF } from './flags.ts';
import { decodeEA, loadE, storeE } from './modrm.ts';
import { add, maskTo, sub } from './alu.ts';

/** Applies op (0 BT, 1 BTS, 2 BTR, 3 BTC) to bit `bit` of v; sets CF to the old bit. */
function applyBitOp(cpu: Cpu, op: number, v: number, bit: number): number {
  const mask = 1 << bit;
  cpu.materializeFlags();
  cpu.flagsBase = (cpu.flagsBase & ~CF) | ((v & mask) !== 0 ? CF : 0);
  switch (op) {
    case 1: return v | mask;
    case 2: return v & ~mask;
    case 3: return v ^ mask;
    default: return v;
  }
}

/** BT/BTS/BTR/BTC Ev, Gv: with a memory operand the signed bit offset may reach outside the operand. */
export function bitTestRegister(cpu: Cpu, op: number): void {
  const size = cpu.opSize32 ? 4 : 2;
  const bits = size * 8;
  const m = cpu.fetch8();
  const offset = cpu.getReg(size, (m >> 3) & 7);
  if (m >= 0xc0) {
    const r = m & 7;
    const v = applyBitOp(cpu, op, cpu.getReg(size, r), offset & (bits - 1));
    if (op !== 0) cpu.setReg(size, r, maskTo(size, v));
    return;
  }
  const signed = size === 4 ? offset | 0 : (offset << 16) >> 16;
  const base = decodeEA(cpu, m);
  const seg = cpu.eaSeg;
  const displacement = Math.floor(signed / bits) * size;
  const addr = cpu.addrSize32 ? (base + displacement) >>> 0 : (base + displacement) & 0xffff;
  const v = cpu.readMem(size, seg, addr);
  cpu.snapshotFlags();
  const r = applyBitOp(cpu, op, v, signed & (bits - 1));
  if (op !== 0) cpu.writeMem(size, seg, addr, maskTo(size, r));
}

/** 0F BA: BT/BTS/BTR/BTC Ev, imm8 (/4../7); the offset is taken modulo the operand width. */
export function bitTestImmediate(cpu: Cpu, m: number, op: number): void {
  const size = cpu.opSize32 ? 4 : 2;
  const v = loadE(cpu, m, size);
  const bit = cpu.fetch8() & (size * 8 - 1);
  const r = applyBitOp(cpu, op, v, bit);
  if (op !== 0) storeE(cpu, m, size, maskTo(size, r));
}

/** BSF (reverse = false) / BSR: ZF=1 and the destination unchanged when the source is zero. */
export function bitScan(cpu: Cpu, reverse: boolean): void {
  const size = cpu.opSize32 ? 4 : 2;
  const m = cpu.fetch8();
  const v = loadE(cpu, m, size) >>> 0;
  cpu.materializeFlags();
  if (v === 0) {
    cpu.flagsBase |= ZF;
    return;
  }
  cpu.flagsBase &= ~ZF;
  const index = reverse ? 31 - Math.clz32(v) : 31 - Math.clz32(v & -v);
  cpu.setReg(size, (m >> 3) & 7, index);
}

export function bswap(cpu: Cpu, r: number): void {
  if (!cpu.opSize32) {
    cpu.regs16[r << 1] = 0; // undefined for 16-bit operands; Intel parts clear the word
    return;
  }
  const v = cpu.regs[r];
  cpu.regs[r] = ((v & 0xff) << 24) | ((v & 0xff00) << 8) | ((v >>> 8) & 0xff00) | (v >>> 24);
}

/** CMPXCHG E, G: the destination is always written (with itself when unequal), as on the 486. */
export function cmpxchg(cpu: Cpu, byteForm: boolean): void {
  const size = byteForm ? 1 : cpu.opSize32 ? 4 : 2;
  const m = cpu.fetch8();
  const dest = loadE(cpu, m, size);
  const acc = cpu.getReg(size, 0);
  sub(cpu, size, acc, dest);
  if (maskTo(size, acc) === maskTo(size, dest)) {
    storeE(cpu, m, size, cpu.getReg(size, (m >> 3) & 7));
  } else {
    storeE(cpu, m, size, dest);
    cpu.setReg(size, 0, dest);
  }
}

export function xadd(cpu: Cpu, byteForm: boolean): void {
  const size = byteForm ? 1 : cpu.opSize32 ? 4 : 2;
  const m = cpu.fetch8();
  const r = (m >> 3) & 7;
  const dest = loadE(cpu, m, size);
  const sum = add(cpu, size, dest, cpu.getReg(size, r));
  if (m < 0xc0) storeE(cpu, m, size, sum); // memory first: a fault leaves the register alone
  cpu.setReg(size, r, dest);
  if (m >= 0xc0) storeE(cpu, m, size, sum);
}
