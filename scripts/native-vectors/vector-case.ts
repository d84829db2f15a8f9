// One test vector: an instruction's bytes and the machine state before it.
// The native harness fills in the state after it.

import { STATUS } from './flags.ts';
import type { Rng } from './rng.ts';

export interface VectorCase {
  /** Instruction family and operand size, e.g. "add32"; failures are grouped by it. */
  group: string;
  /** What objdump prints for `bytes` (checked by check-encodings). */
  text: string;
  bytes: number[];
  /** EAX..EDI before the instruction; index 4 (ESP) is not used. */
  regs: number[];
  /** Status flags before the instruction. */
  flags: number;
  /** Status flags the SDM leaves undefined for this case. */
  undefFlags: number;
  /** Registers (bit i = register i) whose result the SDM leaves undefined. */
  undefRegs: number;
}

/** The values of registers an instruction does not name: fixed and distinct,
 *  so that a write to the wrong register shows up. */
const BACKGROUND = [0x0a0b0c0d, 0x1a1b1c1d, 0x2a2b2c2d, 0x3a3b3c3d, 0, 0x5a5b5c5d, 0x6a6b6c6d, 0x7a7b7c7d];

export class CaseList {
  readonly cases: VectorCase[] = [];

  constructor(private readonly rng: Rng) {}

  /** A fresh register file: the background, with `randomized` registers
   *  (the ones the instruction names) given random 32-bit contents so that
   *  the bits outside a narrow operand are random too. */
  regs(...randomized: number[]): number[] {
    const regs = BACKGROUND.slice();
    for (const r of randomized) if (r !== 4) regs[r] = this.rng.u32();
    return regs;
  }

  /** Random input status flags, with CF forced when `cf` is given. */
  flags(cf?: 0 | 1): number {
    const f = this.rng.u32() & STATUS;
    return cf === undefined ? f : (f & ~1) | cf;
  }

  add(c: VectorCase): void {
    if (c.bytes.length === 0 || c.bytes.length > 15) throw new Error(`${c.group}: bad instruction length ${c.bytes.length}`);
    this.cases.push({ ...c, regs: c.regs.slice(), flags: c.flags & STATUS });
  }
}
