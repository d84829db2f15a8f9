// LOCK is only valid on read-modify-write instructions with a memory
// destination; anything else raises #UD. The check peeks at the opcode's
// ModRM byte without consuming it.

import type { Cpu } from './cpu.ts';
import { VEC_UD } from './exceptions.ts';

function peek(cpu: Cpu, ahead: number): number {
  const saved = cpu.eip;
  let b = 0;
  for (let i = 0; i <= ahead; i++) b = cpu.fetch8();
  cpu.eip = saved;
  return b;
}

function lockable(cpu: Cpu, op: number): boolean {
  if (op === 0x0f) {
    const op2 = peek(cpu, 0);
    const m = peek(cpu, 1);
    if (m >= 0xc0) return false;
    switch (op2) {
      case 0xab: case 0xb3: case 0xbb: // BTS BTR BTC
      case 0xb0: case 0xb1: // CMPXCHG
      case 0xc0: case 0xc1: // XADD
        return true;
      case 0xba: return ((m >> 3) & 7) >= 5;
      default: return false;
    }
  }
  const m = peek(cpu, 0);
  if (m >= 0xc0) return false;
  const reg = (m >> 3) & 7;
  if (op < 0x40 && (op & 7) < 2 && (op >> 3) !== 7) return true; // ALU Eb/Ev,G except CMP
  switch (op) {
    case 0x80: case 0x81: case 0x82: case 0x83: return reg !== 7;
    case 0x86: case 0x87: return true;
    case 0xf6: case 0xf7: return reg === 2 || reg === 3;
    case 0xfe: case 0xff: return reg <= 1;
    default: return false;
  }
}

export function checkLockPrefix(cpu: Cpu, op: number): void {
  if (!lockable(cpu, op)) cpu.fault(VEC_UD, 0);
}
