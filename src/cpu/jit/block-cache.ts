// Compiled blocks: lookup by EIP and physical address, compilation of hot
// ones, invalidation, and the run loop that uses them.
//
// A block is keyed by what it was compiled under: its EIP and physical
// address, CPL, CS base and limit (a 32-bit code segment and a 32-bit stack
// are required to use blocks at all). Writes by the CPU to a page holding a
// block bump that page's generation (code-pages.ts), which retires the block;
// writes from outside the CPU (a loader filling RAM between runs) are caught
// by comparing a block's bytes again on its first use in each run().

import type { Cpu } from '../cpu.ts';
import { CS } from '../segment-attr.ts';
import { interpretOne } from '../dispatch.ts';
import { MAX_BLOCK_INSNS, compileBlock, type BlockFunction } from './compile-block.ts';

/** Times a block start is reached before it is compiled; doubled for every
 *  time a CPU write has retired blocks of its page (up to 2^MAX_BACKOFF), so
 *  code that keeps rewriting itself (or garbage executed as code) is
 *  interpreted instead of being compiled again and again. */
const HOT_THRESHOLD = 24;
const MAX_BACKOFF = 12;
const SLOT_BITS = 14;
const SLOT_MASK = (1 << SLOT_BITS) - 1;

class Block {
  constructor(
    readonly eip: number,
    readonly phys: number,
    /** Physical address of the code bytes the block was built from. */
    readonly bytesAt: number,
    readonly cpl: number,
    readonly csBase: number,
    readonly csLimit: number,
    readonly page: number,
    readonly gen: number,
    readonly count: number,
    readonly bytes: Uint8Array,
    readonly fn: BlockFunction,
    public epoch: number,
    /** It starts at a host breakpoint (the cache is flushed when they change). */
    readonly atBreakpoint: boolean,
  ) {}
}

export class BlockCache {
  /** Compiled blocks are used (RINGSIDE_JIT=0 in the environment turns them off). */
  enabled = typeof process === 'undefined' || process.env.RINGSIDE_JIT !== '0';
  /** Bumped by every run(): blocks re-check their bytes once per epoch. */
  epoch = 0;
  /** Blocks compiled since the last flush, and how many instructions of them natively. */
  compiled = 0;
  compiledNative = 0;
  compiledTotal = 0;
  /** Instructions the loop interpreted outside blocks (cold code, short budgets, 16-bit code). */
  interpreted = 0;
  /** Block calls (instructions per call = the speed-up's main lever). */
  blockRuns = 0;
  private readonly slots: (Block | null)[] = new Array<Block | null>(1 << SLOT_BITS).fill(null);
  private readonly heat = new Uint32Array(1 << SLOT_BITS);

  /** Forgets every block (reset, or a change the keys do not capture). */
  flush(): void {
    this.slots.fill(null);
    this.heat.fill(0);
  }

  /** The block to run at the CPU's EIP, compiling it when it has become hot; null to interpret. */
  lookup(cpu: Cpu, eip: number): Block | null {
    if (eip < cpu.fetchLo || eip >= cpu.fetchHi) {
      if (!cpu.prepareFetchWindow(eip)) return null;
    }
    const phys = eip + cpu.fetchOffset;
    const slot = (phys ^ (phys >>> SLOT_BITS)) & SLOT_MASK;
    const b = this.slots[slot];
    if (b !== null && b.phys === phys && b.eip === eip && b.cpl === cpu.cpl && b.csBase === cpu.segBase[CS] &&
      b.csLimit === cpu.segLimit[CS] && b.gen === cpu.codePages.generation[b.page]) {
      if (b.epoch === this.epoch || this.stillSame(cpu, b)) return b;
    }
    const rewrites = cpu.codePages.generation[phys >>> 12];
    if (++this.heat[slot] < HOT_THRESHOLD << (rewrites < MAX_BACKOFF ? rewrites : MAX_BACKOFF)) return null;
    this.heat[slot] = 0;
    return (this.slots[slot] = this.compile(cpu, eip, phys));
  }

  private stillSame(cpu: Cpu, b: Block): boolean {
    const ram = cpu.ram;
    for (let i = 0; i < b.bytes.length; i++) if (ram[b.bytesAt + i] !== b.bytes[i]) return false;
    b.epoch = this.epoch;
    return true;
  }

  private compile(cpu: Cpu, eip: number, phys: number): Block {
    const page = phys >>> 12;
    cpu.codePages.mark(phys);
    const gen = cpu.codePages.generation[page];
    const csLimit = cpu.segLimit[CS];
    const code = compileBlock(cpu, eip, phys, cpu.fetchLo, cpu.fetchHi, csLimit, page, gen, interpretOne);
    this.compiled++;
    this.compiledNative += code.native;
    this.compiledTotal += code.count;
    const from = phys + code.byteStart;
    const bytes = cpu.ram.slice(from, from + code.byteLength);
    const atBreakpoint = cpu.breakpoints.count !== 0 && cpu.breakpoints.has(cpu.segBase[CS]! + eip);
    return new Block(eip, phys, from, cpu.cpl, cpu.segBase[CS], csLimit, page, gen, code.count, bytes, code.fn, this.epoch, atBreakpoint);
  }
}

/** The inner loop with compiled blocks: runs blocks where there are, interprets elsewhere, until `end` or breakLoop. */
export function runWithBlocks(cpu: Cpu, end: number): void {
  const cache = cpu.blocks;
  const breakpoints = cpu.breakpoints;
  while (cpu.instructionCount < end) {
    // Near the end of the budget, blocks may not fit: interpret without heating block starts.
    // Blocks are used with paging on only: a ring-0 program that turned paging
    // off and ran into garbage (tests/attacks, movcr0 under ring0) ran about 30x
    // slower with blocks than interpreted, for reasons not found yet.
    if (cpu.codeDefault32 && cpu.stack32 && (cpu.cr0 & 0x80000000) !== 0 && end - cpu.instructionCount >= MAX_BLOCK_INSNS) {
      const block = cache.lookup(cpu, cpu.eip);
      if (block !== null && end - cpu.instructionCount >= block.count) {
        // Blocks end before host breakpoints; one that starts at one knows it.
        if (block.atBreakpoint && cpu.stopAtBreakpoint()) return;
        cache.blockRuns++;
        block.fn(cpu, end - cpu.instructionCount);
        if (cpu.breakLoop) return;
        continue;
      }
    }
    if (breakpoints.count !== 0 && cpu.stopAtBreakpoint()) return;
    interpretOne(cpu);
    cpu.instructionCount++;
    cache.interpreted++;
    if (cpu.breakLoop) return;
  }
}
