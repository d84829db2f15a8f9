// Port I/O with the protected-mode permission check (IOPL, then the TSS I/O bitmap).

import type { Cpu } from './cpu.ts';
import { IOPL } from './flags.ts';

const CR0_PE = 1;

/** #GP(0) unless CPL <= IOPL or the TSS I/O bitmap clears every bit of [port, port+size). */
export function checkIoPermission(cpu: Cpu, port: number, size: number): void {
  if (!(cpu.cr0 & CR0_PE)) return;
  const iopl = (cpu.flagsBase & IOPL) >>> 12;
  if (cpu.cpl <= iopl) return;
  const tr = cpu.tr;
  // Only a 32-bit TSS has a bitmap; its offset is the word at 0x66.
  if ((tr.type & 8) === 0 || tr.limit < 0x67) cpu.gp(0);
  const bitmap = cpu.readSys16((tr.base + 0x66) | 0);
  for (let p = port; p < port + size; p++) {
    const at = bitmap + (p >>> 3);
    if (at > tr.limit) cpu.gp(0);
    if (cpu.readSys8((tr.base + at) | 0) & (1 << (p & 7))) cpu.gp(0);
  }
}

export function portIn(cpu: Cpu, port: number, size: number): number {
  if (size === 1) return cpu.io.in8(port) & 0xff;
  if (size === 2) return cpu.io.in16(port) & 0xffff;
  return cpu.io.in32(port) | 0;
}

export function portOut(cpu: Cpu, port: number, size: number, v: number): void {
  if (size === 1) cpu.io.out8(port, v & 0xff);
  else if (size === 2) cpu.io.out16(port, v & 0xffff);
  else cpu.io.out32(port, v >>> 0);
}
