// Reads the ring-0 stack (SS0:ESP0) from the 32-bit TSS at TR's base: the stack
// the CPU switches to on an interrupt from ring 3 (ESP0 at offset 4, SS0 at 8).
import type { Cpu } from '../../cpu/cpu.ts';

export function readTssStack(cpu: Cpu): { ss0: number; esp0: number } | null {
  if (cpu.tr.selector === 0 || cpu.tr.limit < 11) return null;
  const b = cpu.debugReadLinear(cpu.tr.base >>> 0, 12);
  if (!b) return null;
  const esp0 = (b[4]! | (b[5]! << 8) | (b[6]! << 16) | (b[7]! << 24)) >>> 0;
  const ss0 = b[8]! | (b[9]! << 8);
  return { ss0, esp0 };
}
