// The interpreter: decode (cached per physical code page, decode-cache.ts),
// then call the instruction's one semantic function (semantics/table.ts).
// runDecoded is the inner loop without compiled blocks; interpretOne runs one
// instruction for the block loop and for compiled code that calls back into
// the interpreter. An instrumentation hook sees every instruction.

import type { Cpu } from './cpu.ts';
import type { Insn } from '../isa/decoder.ts';
import { DecodeCache, NO_CODE, type Semantic } from './interp/decode-cache.ts';
import { semanticOf } from './semantics/table.ts';
import { checkLockPrefix } from './lock-check.ts';

/** Called before each instruction with its decoded form; see setInstructionHook. */
export type InstructionHook = (cpu: Cpu, insn: Insn) => void;

let hook: InstructionHook | null = null;

/** Calls `fn` before every instruction any Cpu executes, with the decoded
 *  instruction (its form names the semantic id), or stops with null. A
 *  diagnostic (bench/opcode-mix.ts, scripts/cpu-coverage): while a hook is set
 *  compiled blocks are not used, so that it sees every instruction. */
export function setInstructionHook(fn: InstructionHook | null): void {
  hook = fn;
}

export function instructionHook(): InstructionHook | null {
  return hook;
}

/** The CPU's decode cache, made on first use. */
export function decodeCacheOf(cpu: Cpu): DecodeCache {
  return cpu.decoded ?? (cpu.decoded = new DecodeCache(Math.ceil(cpu.memSize / 4096), runnerOf));
}

/** What the loop calls for a decoded instruction: its semantic function, or
 *  for a prefixed one a function that loads the prefix state around it (made
 *  once per decode, so the loop has one call and no branch on prefixes). */
function runnerOf(insn: Insn): Semantic {
  const run = semanticOf(insn);
  if (insn.prefixes.length === 0) return run;
  return (cpu, i) => runPrefixed(cpu, i, run);
}

/** Runs a prefixed instruction: the per-instruction prefix state that the
 *  deeper helpers read (string-ops, far transfers, x87 environments) is
 *  loaded from the Insn and restored after. */
function runPrefixed(cpu: Cpu, insn: Insn, run: Semantic): void {
  cpu.opSize32 = insn.osize === 32;
  cpu.addrSize32 = insn.asize === 32;
  cpu.segOverride = insn.segOverride;
  cpu.repPrefix = insn.rep;
  cpu.lockPrefix = insn.lock;
  if (insn.lock) checkLockPrefix(cpu, insn);
  run(cpu, insn);
  cpu.resetPrefixes();
}

/** After a miss: the decoded page of the fetch window now current (the miss
 *  validated it), if there is one, becomes the loop's window. */
function takeWindow(cpu: Cpu, cache: DecodeCache): void {
  const window = cache.window;
  const lo = cpu.fetchLo, hi = cpu.fetchHi, offset = cpu.fetchOffset;
  const decoded = lo < hi ? cache.pages[((lo + offset) >>> 12) % cache.pages.length] : undefined;
  window.code = decoded !== undefined && decoded.gen === cpu.codePages.generation[(lo + offset) >>> 12]
    ? decoded.code(cpu.codeDefault32) : NO_CODE;
  window.stamp = cpu.fetchStamp;
  window.lo = lo;
  window.hi = hi;
  window.offset = offset;
}

/** Executes the instruction at cpu.eip (compiled blocks call this for
 *  instructions they do not compile, and the block loop for code outside blocks). */
export function interpretOne(cpu: Cpu): void {
  const cache = cpu.decoded ?? decodeCacheOf(cpu);
  const window = cache.window;
  const eip = cpu.eip;
  cpu.startEip = eip;
  let insn: Insn | undefined, run: Semantic | undefined;
  if (cpu.fetchStamp === window.stamp && eip >= window.lo && eip < window.hi) {
    const i = (eip + window.offset) & 0xfff;
    insn = window.code.insns[i];
    run = window.code.runs[i];
  }
  if (insn !== undefined && eip + insn.length <= window.hi) {
    cpu.eip = eip + insn.length;
  } else {
    cache.miss(cpu);
    insn = cache.insn!;
    run = cache.run!;
    takeWindow(cpu, cache);
  }
  if (hook !== null) hook(cpu, insn);
  run!(cpu, insn);
}

/**
 * The inner loop without compiled blocks: until `end` instructions, a host
 * breakpoint or breakLoop. It keeps the decoded page of the current fetch
 * window (cache.window) in locals and takes instructions from it while
 * cpu.fetchStamp says that neither the window nor any page holding decoded
 * code changed; anything else goes through the cache's miss path, which
 * checks the page. The window outlives the call (the loop leaves at every I/O
 * instruction, STI, ...); run() changes the stamp, so that a new run checks
 * its pages against writes from outside the CPU first.
 */
export function runDecoded(cpu: Cpu, end: number): void {
  const cache = cpu.decoded ?? decodeCacheOf(cpu);
  const breakpoints = cpu.breakpoints;
  const window = cache.window;
  let code = window.code, stamp = window.stamp, lo = window.lo, hi = window.hi, offset = window.offset;
  while (cpu.instructionCount < end) {
    if (breakpoints.count !== 0 && cpu.stopAtBreakpoint()) return;
    const eip = cpu.eip;
    cpu.startEip = eip;
    let insn: Insn | undefined, run: Semantic | undefined;
    if (cpu.fetchStamp === stamp && eip >= lo && eip < hi) {
      const i = (eip + offset) & 0xfff;
      insn = code.insns[i];
      run = code.runs[i];
    }
    // (insn and run are stored together: a defined insn has its run.)
    if (insn !== undefined && eip + insn.length <= hi) {
      cpu.eip = eip + insn.length;
    } else {
      cache.miss(cpu);
      insn = cache.insn!;
      run = cache.run!;
      takeWindow(cpu, cache);
      code = window.code;
      stamp = window.stamp;
      lo = window.lo;
      hi = window.hi;
      offset = window.offset;
    }
    if (hook !== null) hook(cpu, insn);
    run!(cpu, insn);
    cpu.instructionCount++;
    if (cpu.breakLoop) return;
  }
}
