// Multiply and divide on decoded operands: MUL IMUL DIV IDIV (one operand,
// into eDX:eAX) and the truncating IMUL forms. The arithmetic is in muldiv.ts.

import { div, idiv, imulTruncated, imulWide, mul } from '../muldiv.ts';
import { readE } from '../interp/operands.ts';
import { isByteE, shape, unknownShape, type Semantic, type SemanticFamily, type SemanticFor } from './types.ts';
import type { Cpu } from '../cpu.ts';

type Wide = (cpu: Cpu, size: number, src: number) => void;

/** The one-operand forms Eb / Ev. */
function wide(op: Wide): SemanticFor {
  return (form) => {
    const byte = isByteE(form);
    return (cpu, insn) => {
      const size = byte ? 1 : insn.osize >> 3;
      op(cpu, size, readE(cpu, insn, size));
    };
  };
}

/** 0F AF: IMUL Gv, Ev. */
export const imulGvEv: Semantic = (cpu, insn) => {
  const size = insn.osize >> 3;
  const b = readE(cpu, insn, size);
  cpu.setReg(size, insn.reg, imulTruncated(cpu, size, cpu.getReg(size, insn.reg), b));
};

/** IMUL Gv, Ev, Iv/sIb and IMUL Gv, Ev. */
const imul: SemanticFor = (form) => {
  switch (shape(form)) {
    case 'Eb': case 'Ev': return wide(imulWide)(form);
    case 'Gv,Ev,Iv': case 'Gv,Ev,sIb': return ((cpu, insn) => {
      const size = insn.osize >> 3;
      cpu.setReg(size, insn.reg, imulTruncated(cpu, size, readE(cpu, insn, size), insn.imm));
    }) as Semantic;
    case 'Gv,Ev': return imulGvEv;
    default: return unknownShape(form);
  }
};

export const MULDIV: SemanticFamily = { mul: wide(mul), imul, div: wide(div), idiv: wide(idiv) };
