// Flag instructions: CLC STC CMC CLD STD CLI STI LAHF SAHF.

import type { Cpu } from '../cpu.ts';
import { AF, CF, DF, IF, IOPL, PF, SF, ZF } from '../flags.ts';
import type { SemanticFamily } from './types.ts';

const CR0_PE = 1;

/** CLI/STI: allowed when CPL <= IOPL (always in real mode). */
function checkIopl(cpu: Cpu): void {
  if ((cpu.cr0 & CR0_PE) && cpu.cpl > ((cpu.flagsBase & IOPL) >>> 12)) cpu.gp(0);
}

export const FLAGS: SemanticFamily = {
  clc: () => (cpu) => { cpu.materializeFlags(); cpu.flagsBase &= ~CF; },
  stc: () => (cpu) => { cpu.materializeFlags(); cpu.flagsBase |= CF; },
  cmc: () => (cpu) => { cpu.materializeFlags(); cpu.flagsBase ^= CF; },
  cld: () => (cpu) => { cpu.flagsBase &= ~DF; },
  std: () => (cpu) => { cpu.flagsBase |= DF; },
  cli: () => (cpu) => {
    checkIopl(cpu);
    cpu.flagsBase &= ~IF;
  },
  // STI: interrupts stay off for one more instruction; the loop re-checks after it.
  sti: () => (cpu) => {
    checkIopl(cpu);
    if (!(cpu.flagsBase & IF)) cpu.irqInhibit = true;
    cpu.flagsBase |= IF;
    cpu.breakLoop = true;
  },
  lahf: () => (cpu) => { cpu.regs8[1] = (cpu.getEflags() & 0xd5) | 2; },
  sahf: () => (cpu) => {
    cpu.materializeFlags();
    const mask = SF | ZF | AF | PF | CF;
    cpu.flagsBase = (cpu.flagsBase & ~mask) | (cpu.regs8[1] & mask);
  },
};
