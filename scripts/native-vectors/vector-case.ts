// One test vector: an instruction's bytes and the machine state before it.
// The native harness fills in the state after it.

import { MEM, WINDOW_BYTES, operandRegs, type MachineState, type Size } from './encode.ts';
import { DF, STATUS } from './flags.ts';
import type { Rng } from './rng.ts';

export interface VectorCase {
  /** Instruction family and operand size, e.g. "add32"; failures are grouped by it. */
  group: string;
  /** What objdump prints for `bytes` (checked by check-encodings). */
  text: string;
  bytes: number[];
  /** How many instructions `bytes` holds (pairs test flags passed from one
   *  instruction to the next); 1 when absent. */
  count?: number;
  /** Bytes run after `bytes` natively only (the branch marker). */
  nativeTail?: number[];
  /** Where the next EIP is expected, as an offset from the first byte;
   *  the end of `bytes` when absent (set for branches by resolveBranches). */
  next?: number;
  /** The exception the instruction must raise (0 = #DE); none when absent.
   *  The generator checks the host agrees. */
  expectException?: number;
  /** EAX..EDI before the instruction; index 4 (ESP) is not used. */
  regs: number[];
  /** The data window before the instruction, or null if it uses no memory. */
  mem: number[] | null;
  /** Status flags (and DF, for string instructions) before the instruction. */
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
    for (const r of randomized) if (r >= 0 && r !== 4) regs[r] = this.rng.u32();
    return regs;
  }

  /** Like regs(), plus a data window when any of `randomized` is MEM. The
   *  window holds a fixed pattern (the operand itself is written by the
   *  caller), which keeps the fixture small; randomWindow() varies it all.
   *  8-bit register numbers must be given as their full register (r & 3). */
  state(...randomized: number[]): MachineState {
    const mem = randomized.includes(MEM) ? Array.from({ length: WINDOW_BYTES }, (_, i) => (0x33 + i * 0x1d) & 0xff) : null;
    return { regs: this.regs(...randomized), mem };
  }

  /** Fills a case's data window with random bytes (for bit strings). */
  randomWindow(state: MachineState): void {
    if (state.mem) for (let i = 0; i < state.mem.length; i++) state.mem[i] = this.rng.u32() & 0xff;
  }

  /** An r/m operand: the memory operand one time in four, else a register. */
  rm(size: Size): number {
    return this.rng.below(4) === 0 ? MEM : this.rng.pick(operandRegs(size));
  }

  /** Random input status flags, with CF forced when `cf` is given. */
  flags(cf?: 0 | 1): number {
    const f = this.rng.u32() & STATUS;
    return cf === undefined ? f : (f & ~1) | cf;
  }

  add(c: VectorCase): void {
    if (c.bytes.length === 0 || c.bytes.length > 15) throw new Error(`${c.group}: bad instruction length ${c.bytes.length}`);
    if (c.bytes.length + (c.nativeTail?.length ?? 0) > 15) throw new Error(`${c.group}: instruction and native tail exceed 15 bytes`);
    this.cases.push({ ...c, regs: c.regs.slice(), mem: c.mem ? c.mem.slice() : null, flags: c.flags & (STATUS | DF) });
  }
}
