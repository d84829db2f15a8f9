// System instructions on decoded operands (the work is in system-ops.ts):
// descriptor tables, LDTR/TR, LAR LSL VERR VERW ARPL, the MSW, CRn/DRn moves,
// INVLPG, CLTS, INVD/WBINVD, CPUID, UD2.

import { VEC_UD } from '../exceptions.ts';
import { ZF } from '../flags.ts';
import {
  clts, cpuid, invlpg, larLsl, lldt, lmsw, loadTableRegister, ltr, moveControlRegister,
  moveDebugRegister, requireCpl0, smsw, storeSystemSelector, storeTableRegister, verifySegment,
} from '../system-ops.ts';
import { loadE, storeE } from '../interp/operands.ts';
import type { SemanticFamily } from './types.ts';

const CR0_PE = 1;

export const SYSTEM: SemanticFamily = {
  sgdt: () => (cpu, insn) => storeTableRegister(cpu, insn, false),
  sidt: () => (cpu, insn) => storeTableRegister(cpu, insn, true),
  lgdt: () => (cpu, insn) => loadTableRegister(cpu, insn, false),
  lidt: () => (cpu, insn) => loadTableRegister(cpu, insn, true),
  sldt: () => (cpu, insn) => storeSystemSelector(cpu, insn, cpu.ldtr.selector),
  str: () => (cpu, insn) => storeSystemSelector(cpu, insn, cpu.tr.selector),
  lldt: () => lldt,
  ltr: () => ltr,
  verr: () => (cpu, insn) => verifySegment(cpu, insn, false),
  verw: () => (cpu, insn) => verifySegment(cpu, insn, true),
  lar: () => (cpu, insn) => larLsl(cpu, insn, false),
  lsl: () => (cpu, insn) => larLsl(cpu, insn, true),
  smsw: () => smsw,
  lmsw: () => lmsw,
  invlpg: () => invlpg,
  clts: () => clts,
  movcr: (form) => {
    const toCr = form.operands[0] === 'Cd';
    return (cpu, insn) => moveControlRegister(cpu, insn, toCr);
  },
  movdr: (form) => {
    const toDr = form.operands[0] === 'Dd';
    return (cpu, insn) => moveDebugRegister(cpu, insn, toDr);
  },
  // The 486's test registers (TR3-TR7) are not modelled.
  movtr: () => (cpu) => cpu.fault(VEC_UD, 0),
  // No caches to manage.
  invd: () => (cpu) => requireCpl0(cpu),
  wbinvd: () => (cpu) => requireCpl0(cpu),
  cpuid: () => cpuid,
  ud2: () => (cpu) => cpu.fault(VEC_UD, 0),
  /** ARPL Ew, Gw: raises the RPL of the destination to the source's; ZF says whether it changed. */
  arpl: () => (cpu, insn) => {
    if (!(cpu.cr0 & CR0_PE)) cpu.fault(VEC_UD, 0);
    const dest = loadE(cpu, insn, 2);
    const src = cpu.getReg16(insn.reg);
    cpu.materializeFlags();
    if ((dest & 3) < (src & 3)) {
      storeE(cpu, insn, 2, (dest & ~3) | (src & 3));
      cpu.flagsBase |= ZF;
    } else {
      cpu.flagsBase &= ~ZF;
    }
  },
};
