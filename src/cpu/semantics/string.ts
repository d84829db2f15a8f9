// String instructions (MOVS CMPS STOS LODS SCAS INS OUTS) with REP prefixes;
// the iterations are in string-ops.ts, which reads the operand and address
// size, the segment override and the REP prefix from the per-instruction
// prefix state the run loop loads from the Insn.

import { stringInstruction } from '../string-ops.ts';
import type { Semantic, SemanticFamily } from './types.ts';

const string: Semantic = (cpu, insn) => stringInstruction(cpu, insn.opcode);

export const STRING: SemanticFamily = {
  movs: () => string, cmps: () => string, stos: () => string, lods: () => string, scas: () => string,
  ins: () => string, outs: () => string,
};
