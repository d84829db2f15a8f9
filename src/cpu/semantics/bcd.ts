// Decimal adjust on decoded operands: DAA DAS AAA AAS AAM AAD (arithmetic in bcd.ts).

import { aad, aam, asciiAdjust, daa, das } from '../bcd.ts';
import type { SemanticFamily } from './types.ts';

export const BCD: SemanticFamily = {
  daa: () => (cpu) => daa(cpu),
  das: () => (cpu) => das(cpu),
  aaa: () => (cpu) => asciiAdjust(cpu, true),
  aas: () => (cpu) => asciiAdjust(cpu, false),
  aam: () => (cpu, insn) => aam(cpu, insn.imm),
  aad: () => (cpu, insn) => aad(cpu, insn.imm),
};
