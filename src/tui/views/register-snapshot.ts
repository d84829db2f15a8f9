// The register values a view compares between stops to highlight changes.
import type { Cpu } from '../../cpu/cpu.ts';
import { readTssStack } from '../inspect/tss.ts';

export const GPR_NAMES = ['EAX', 'ECX', 'EDX', 'EBX', 'ESP', 'EBP', 'ESI', 'EDI'] as const;

export interface RegisterSnapshot {
  gpr: number[];
  eip: number;
  eflags: number;
  cpl: number;
  cr0: number;
  cr2: number;
  cr3: number;
  seg: number[];
  /** TSS.esp0 (read from guest memory), or null with no TSS: the kernel rewrites it on every switch. */
  esp0: number | null;
}

export function snapshotRegisters(cpu: Cpu): RegisterSnapshot {
  return {
    gpr: Array.from(cpu.regs, (v) => v >>> 0),
    eip: cpu.eip >>> 0,
    eflags: cpu.getEflags(),
    cpl: cpu.cpl,
    cr0: cpu.cr0 >>> 0,
    cr2: cpu.cr2 >>> 0,
    cr3: cpu.cr3 >>> 0,
    seg: Array.from(cpu.segSel, (v) => v & 0xffff),
    esp0: readTssStack(cpu)?.esp0 ?? null,
  };
}
