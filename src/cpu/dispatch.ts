// The opcode dispatch table used by the run loop, prefix decoding, and the
// instruction hook for diagnostics.
// Every entry has the same signature (cpu, opcode) so the loop's call site
// stays simple; entries default to the general decoder in execute.ts.

import type { Cpu } from './cpu.ts';
import { execute } from './execute.ts';
import { checkLockPrefix } from './lock-check.ts';
import {
  aluEaxImm, aluEvGv, aluGvEv, callRel, decReg, group1Ev, incReg, jccShort, jmpNear, jmpShort, lea,
  movEaxMoffs, movEbGb, movEvGv, movEvImm, movGbEb, movGvEv, movRegImm, popReg, pushReg, retNear,
  shiftEv, testEvGv, twoByte,
} from './hot-ops.ts';

/** 90: NOP (also PAUSE with F3). */
function nop(_cpu: Cpu, _op: number): void {}

export type OpcodeHandler = (cpu: Cpu, op: number) => void;

const ES = 0, CS = 1, SS = 2, DS = 3, FS = 4, GS = 5;
const PREFIXES = [0x26, 0x2e, 0x36, 0x3e, 0x64, 0x65, 0x66, 0x67, 0xf0, 0xf2, 0xf3];
const IS_PREFIX = new Uint8Array(256);
for (const p of PREFIXES) IS_PREFIX[p] = 1;

/** Restores the per-instruction prefix state to the code segment's defaults. */
export function resetPrefixes(cpu: Cpu): void {
  cpu.opSize32 = cpu.codeDefault32;
  cpu.addrSize32 = cpu.codeDefault32;
  cpu.segOverride = -1;
  cpu.repPrefix = 0;
  cpu.lockPrefix = false;
}

/** Entry for every prefix byte: decodes the whole prefix run, executes, restores defaults. */
function prefixed(cpu: Cpu, first: number): void {
  let op = first;
  let count = 0;
  while (IS_PREFIX[op] !== 0) {
    switch (op) {
      case 0x26: cpu.segOverride = ES; break;
      case 0x2e: cpu.segOverride = CS; break;
      case 0x36: cpu.segOverride = SS; break;
      case 0x3e: cpu.segOverride = DS; break;
      case 0x64: cpu.segOverride = FS; break;
      case 0x65: cpu.segOverride = GS; break;
      case 0x66: cpu.opSize32 = !cpu.codeDefault32; break;
      case 0x67: cpu.addrSize32 = !cpu.codeDefault32; break;
      case 0xf0: cpu.lockPrefix = true; break;
      case 0xf2: cpu.repPrefix = 2; break;
      default: cpu.repPrefix = 1; break;
    }
    if (++count >= 15) cpu.gp(0);
    op = cpu.fetch8();
  }
  if (cpu.lockPrefix) checkLockPrefix(cpu, op);
  OPCODES[op](cpu, op);
  resetPrefixes(cpu);
}

export const OPCODES: OpcodeHandler[] = (() => {
  const t: OpcodeHandler[] = [];
  for (let i = 0; i < 256; i++) t.push(execute);
  for (const p of PREFIXES) t[p] = prefixed;
  for (let k = 0; k < 8; k++) {
    t[k * 8 + 1] = aluEvGv;
    t[k * 8 + 3] = aluGvEv;
    t[k * 8 + 5] = aluEaxImm;
  }
  for (let r = 0; r < 8; r++) {
    t[0x40 + r] = incReg;
    t[0x48 + r] = decReg;
    t[0x50 + r] = pushReg;
    t[0x58 + r] = popReg;
    t[0xb8 + r] = movRegImm;
  }
  for (let cc = 0; cc < 16; cc++) t[0x70 + cc] = jccShort;
  t[0x0f] = twoByte;
  t[0x90] = nop;
  t[0x81] = group1Ev;
  t[0x83] = group1Ev;
  t[0x85] = testEvGv;
  t[0x89] = movEvGv;
  t[0x8b] = movGvEv;
  t[0x8d] = lea;
  t[0x88] = movEbGb;
  t[0x8a] = movGbEb;
  t[0xc7] = movEvImm;
  t[0xa1] = movEaxMoffs;
  t[0xa3] = movEaxMoffs;
  t[0xc1] = shiftEv;
  t[0xd1] = shiftEv;
  t[0xd3] = shiftEv;
  t[0xe9] = jmpNear;
  t[0xc3] = retNear;
  t[0xe8] = callRel;
  t[0xeb] = jmpShort;
  return t;
})();

/** Called before each instruction with its first byte; see setInstructionHook. */
export type InstructionHook = (cpu: Cpu, firstByte: number) => void;

let hook: InstructionHook | null = null;

/** Calls `fn` before every instruction any Cpu executes, with its first byte
 *  (a prefix or the opcode), or stops with null. A diagnostic (bench/opcode-mix.ts):
 *  while a hook is set the run loop calls every handler through OPCODES and
 *  compiled blocks are not used, so that it sees every instruction. */
export function setInstructionHook(fn: InstructionHook | null): void {
  hook = fn;
}

export function instructionHook(): InstructionHook | null {
  return hook;
}

/** Executes the instruction at cpu.eip through the table (compiled blocks call this for instructions they do not compile). */
export function interpretOne(cpu: Cpu): void {
  cpu.startEip = cpu.eip;
  const op = cpu.fetch8();
  OPCODES[op](cpu, op);
}
