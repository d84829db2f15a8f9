// Decimal-adjust instructions (DAA DAS AAA AAS AAM AAD), as specified in the
// Intel SDM pseudo-code. Undefined flags: AAA/AAS leave OF SF ZF PF as
// computed from AL (Bochs), AAM/AAD clear CF AF OF.

import type { Cpu } from './cpu.ts';
import { AF, CF, LAZY_NONE, OF, PARITY, PF, SF, ZF } from './flags.ts';
import { VEC_DE } from './exceptions.ts';

function setSzp(flags: number, al: number): number {
  return (flags & ~(SF | ZF | PF)) | (al & 0x80 ? SF : 0) | (al === 0 ? ZF : 0) | PARITY[al];
}

function commit(cpu: Cpu, flags: number): void {
  cpu.flagsBase = flags;
  cpu.lazyKind = LAZY_NONE;
}

export function daa(cpu: Cpu): void {
  cpu.materializeFlags();
  let f = cpu.flagsBase;
  const oldAl = cpu.regs8[0];
  const oldCf = f & CF;
  let al = oldAl;
  f &= ~CF;
  if ((al & 0x0f) > 9 || (f & AF)) {
    al = (al + 6) & 0xff;
    f |= AF;
  } else {
    f &= ~AF;
  }
  if (oldAl > 0x99 || oldCf) {
    al = (al + 0x60) & 0xff;
    f |= CF;
  }
  // OF is undefined; real parts set it from the signed overflow of the adjustment.
  f = (f & ~OF) | ((~oldAl & al & 0x80) ? OF : 0);
  cpu.regs8[0] = al;
  commit(cpu, setSzp(f, al));
}

export function das(cpu: Cpu): void {
  cpu.materializeFlags();
  let f = cpu.flagsBase;
  const oldAl = cpu.regs8[0];
  const oldCf = f & CF;
  let al = oldAl;
  f &= ~CF;
  if ((al & 0x0f) > 9 || (f & AF)) {
    if (al < 6) f |= CF; // the borrow out of AL - 6 sets CF
    al = (al - 6) & 0xff;
    f |= AF;
  } else {
    f &= ~AF;
  }
  if (oldAl > 0x99 || oldCf) {
    al = (al - 0x60) & 0xff;
    f |= CF;
  }
  f = (f & ~OF) | ((oldAl & ~al & 0x80) ? OF : 0);
  cpu.regs8[0] = al;
  commit(cpu, setSzp(f, al));
}

/** AAA (add = true) / AAS. */
export function asciiAdjust(cpu: Cpu, add: boolean): void {
  cpu.materializeFlags();
  let f = cpu.flagsBase & ~(OF);
  if ((cpu.regs8[0] & 0x0f) > 9 || (f & AF)) {
    cpu.regs16[0] = add ? cpu.regs16[0] + 0x106 : cpu.regs16[0] - 0x106;
    f |= AF | CF;
  } else {
    f &= ~(AF | CF);
  }
  cpu.regs8[0] &= 0x0f;
  commit(cpu, setSzp(f, cpu.regs8[0]));
}

export function aam(cpu: Cpu, base: number): void {
  if (base === 0) cpu.fault(VEC_DE, 0);
  cpu.materializeFlags();
  const al = cpu.regs8[0];
  cpu.regs8[1] = Math.floor(al / base);
  cpu.regs8[0] = al % base;
  commit(cpu, setSzp(cpu.flagsBase & ~(CF | AF | OF), cpu.regs8[0]));
}

export function aad(cpu: Cpu, base: number): void {
  cpu.materializeFlags();
  const al = (cpu.regs8[0] + cpu.regs8[1] * base) & 0xff;
  cpu.regs16[0] = al;
  commit(cpu, setSzp(cpu.flagsBase & ~(CF | AF | OF), al));
}
