// Compiled regions: lookup by EIP and physical address, compilation of hot
// ones, invalidation, and the run loop that uses them.
//
// A region is keyed by what it was compiled under: its entry EIP and physical
// address, CPL, CS base and limit (a 32-bit code segment and a 32-bit stack
// are required to use regions at all). Writes by the CPU to a page holding a
// region bump that page's generation (code-pages.ts), which retires the
// region; writes from outside the CPU (a loader filling RAM between runs) are
// caught by comparing a region's bytes again on its first use in each run().

import type { Cpu } from '../cpu.ts';
import { CS } from '../segment-attr.ts';
import { interpretOne } from '../dispatch.ts';
import { MAX_BLOCK_INSNS, scanRegion } from './region-scan.ts';
import { compileRegion } from './compile-region.ts';
import { type SharedRegion, addShared, findShared, mergeSpans, regionKey, sameBytes } from './shared-regions.ts';

export { MAX_BLOCK_INSNS };

/** Times a start address is reached before it is compiled; doubled for every
 *  time a CPU write has retired regions of its page (up to 2^MAX_BACKOFF), so
 *  code that keeps rewriting itself (or garbage executed as code) is
 *  interpreted instead of being compiled again and again. */
const HOT_THRESHOLD = 24;
const MAX_BACKOFF = 12;
const SLOT_BITS = 14;
const SLOT_MASK = (1 << SLOT_BITS) - 1;
/** Instructions per region at most: V8 stops optimising much larger functions (see docs/PERFORMANCE.md). */
export const MAX_REGION_INSNS = 96;
/** Exits of a region to one address of its page (not one of its blocks) before it is rebuilt to include it. */
const GROW_AFTER = 16;
/** Times a region is rebuilt larger at most. */
const MAX_GROWTHS = 4;

class Region {
  /** Exits to same-page addresses outside the region, by address (null: it does not grow any more). */
  exitHeat: Map<number, number> | null = new Map();
  constructor(
    readonly cpl: number,
    readonly csBase: number,
    readonly csLimit: number,
    readonly page: number,
    readonly gen: number,
    /** phys = eip + delta for every EIP of the region. */
    readonly delta: number,
    /** Its fetch window [lo, hi) (EIPs) and the starts it was compiled from. */
    readonly lo: number,
    readonly hi: number,
    readonly roots: readonly number[],
    readonly growths: number,
    readonly code: SharedRegion,
    public epoch: number,
  ) {}
}

/** A block start of a region: where the run loop may enter it. */
class Entry {
  constructor(
    readonly eip: number,
    readonly phys: number,
    readonly region: Region,
    /** Its block number in the region's switch. */
    readonly pc: number,
    /** Instructions of the block: the budget needed to enter here. */
    readonly count: number,
    /** It is a host breakpoint (the cache is flushed when they change). */
    readonly atBreakpoint: boolean,
  ) {}
}

export class BlockCache {
  /** Compiled regions are used (RINGSIDE_JIT=0 in the environment turns them off). */
  enabled = typeof process === 'undefined' || process.env.RINGSIDE_JIT !== '0';
  /** Bumped by every run(): regions re-check their bytes once per epoch. */
  epoch = 0;
  /** Regions compiled (rebuilt ones included) since the last flush, and their instructions, natively compiled or not. */
  compiled = 0;
  compiledNative = 0;
  compiledTotal = 0;
  /** Regions rebuilt with a further root (an address they often left for). */
  grown = 0;
  /** Regions found already compiled (by another Cpu, or before a flush) instead of compiled again. */
  reused = 0;
  /** Instructions the loop interpreted outside regions (cold code, short budgets, 16-bit code). */
  interpreted = 0;
  /** Region calls (instructions per call = the speed-up's main lever). */
  blockRuns = 0;
  private readonly slots: (Entry | null)[] = new Array<Entry | null>(1 << SLOT_BITS).fill(null);
  private readonly heat = new Uint32Array(1 << SLOT_BITS);
  /** Slots of start addresses that have been reached (hashed: may err towards "seen"). */
  private readonly seen = new Uint8Array(1 << SLOT_BITS);

  /** Forgets every region (reset, or a change the keys do not capture). */
  flush(): void {
    this.slots.fill(null);
    this.heat.fill(0);
    this.seen.fill(0);
  }

  /** Where to enter a region at the CPU's EIP, compiling when the address has become hot; null to interpret. */
  lookup(cpu: Cpu, eip: number): Entry | null {
    if (eip < cpu.fetchLo || eip >= cpu.fetchHi) {
      if (!cpu.prepareFetchWindow(eip)) return null;
    }
    const phys = eip + cpu.fetchOffset;
    const slot = slotOf(phys);
    const entry = this.slots[slot];
    if (entry !== null && entry.phys === phys && entry.eip === eip) {
      const r = entry.region;
      if (r.cpl === cpu.cpl && r.csBase === cpu.segBase[CS] && r.csLimit === cpu.segLimit[CS] &&
        r.gen === cpu.codePages.generation[r.page] && (r.epoch === this.epoch || this.stillSame(cpu, r))) return entry;
    }
    this.seen[slot] = 1;
    const rewrites = cpu.codePages.generation[phys >>> 12];
    if (++this.heat[slot] < HOT_THRESHOLD << (rewrites < MAX_BACKOFF ? rewrites : MAX_BACKOFF)) return null;
    this.heat[slot] = 0;
    this.compile(cpu, [eip], 0);
    const found = this.slots[slot];
    return found !== null && found.eip === eip && found.phys === phys ? found : null;
  }

  private stillSame(cpu: Cpu, r: Region): boolean {
    if (!sameBytes(r.code, cpu.ram, r.delta)) return false;
    r.epoch = this.epoch;
    return true;
  }

  /** After `r` left for the CPU's EIP, in its own page but not one of its blocks (an indirect jump or a return
   *  to code it does not hold, or a branch not taken while it was compiled): counts that, and rebuilds `r` with
   *  the address as a further root when it is hot. */
  noteExit(cpu: Cpu, r: Region): void {
    const heat = r.exitHeat!;
    const eip = cpu.eip;
    if (r.code.cases.has(eip)) return; // the budget ended it
    const times = (heat.get(eip) ?? 0) + 1;
    if (times < GROW_AFTER) { heat.set(eip, times); return; }
    r.exitHeat = null;
    if (r.growths >= MAX_GROWTHS || r.code.insns >= MAX_REGION_INSNS || r.gen !== cpu.codePages.generation[r.page] ||
      cpu.cpl !== r.cpl || cpu.segBase[CS] !== r.csBase || cpu.segLimit[CS] !== r.csLimit ||
      !cpu.prepareFetchWindow(eip) || cpu.fetchOffset !== r.delta) return;
    this.grown++;
    this.compile(cpu, [...r.roots, eip], r.growths + 1);
  }

  /** The region from `roots` (in the current fetch window), compiled or found compiled before, with its blocks
   *  entered in the table (they replace older regions' entries: the newest region is the largest view of the code). */
  private compile(cpu: Cpu, roots: number[], growths: number): void {
    const delta = cpu.fetchOffset;
    const page = (roots[0] + delta) >>> 12;
    cpu.codePages.mark(page << 12);
    const csLimit = cpu.segLimit[CS];
    const csBase = cpu.segBase[CS];
    const breakpoints = cpu.breakpoints;
    const isBreakpoint = (t: number) => breakpoints.count !== 0 && breakpoints.has((csBase + t) >>> 0);
    // Regions compiled with breakpoints set are not shared (they are made for that set).
    const key = breakpoints.count === 0 ? regionKey(roots, cpu.fetchLo, cpu.fetchHi, csLimit) : null;
    let code = key === null ? null : findShared(key, cpu.ram, delta);
    if (code !== null) this.reused++;
    else {
      const seen = this.seen;
      const scanned = scanRegion(cpu.ram, roots, {
        entry: roots[0], phys: roots[0] + delta, windowStart: cpu.fetchLo, windowEnd: cpu.fetchHi, csLimit,
        maxInsns: MAX_REGION_INSNS, isBreakpoint, seen: (t) => seen[slotOf(t + delta)] !== 0,
      });
      const starts = new Set(scanned.blocks.map((b) => b.start).filter(isBreakpoint));
      const compiled = compileRegion(scanned, { entry: roots[0], windowStart: cpu.fetchLo, breakpoints: starts }, interpretOne);
      const spans = mergeSpans(compiled.spans);
      let length = 0;
      for (let s = 0; s < spans.length; s += 2) length += spans[s + 1] - spans[s];
      const bytes = new Uint8Array(length);
      let k = 0;
      for (let s = 0; s < spans.length; s += 2) {
        bytes.set(cpu.ram.subarray(spans[s] + delta, spans[s + 1] + delta), k);
        k += spans[s + 1] - spans[s];
      }
      code = { spans, bytes, fn: compiled.fn, cases: compiled.cases, insns: compiled.insns, native: compiled.native };
      if (key !== null) addShared(key, code);
    }
    this.compiled++;
    this.compiledNative += code.native;
    this.compiledTotal += code.insns;
    const region = new Region(cpu.cpl, csBase, csLimit, page, cpu.codePages.generation[page], delta, cpu.fetchLo, cpu.fetchHi,
      roots, growths, code, this.epoch);
    for (const [start, { pc, count }] of code.cases) {
      this.slots[slotOf(start + delta)] = new Entry(start, start + delta, region, pc, count, isBreakpoint(start));
    }
  }
}

function slotOf(phys: number): number {
  return (phys ^ (phys >>> SLOT_BITS)) & SLOT_MASK;
}

/** The inner loop with compiled regions: runs regions where there are, interprets elsewhere, until `end` or breakLoop. */
export function runWithBlocks(cpu: Cpu, end: number): void {
  const cache = cpu.blocks;
  const breakpoints = cpu.breakpoints;
  while (cpu.instructionCount < end) {
    // Near the end of the budget, regions may not fit: interpret without heating start addresses.
    // Regions are used with paging on only: a ring-0 program that turned paging
    // off and ran into garbage (tests/attacks, movcr0 under ring0) ran about 30x
    // slower with blocks than interpreted, for reasons not found yet.
    if (cpu.codeDefault32 && cpu.stack32 && (cpu.cr0 & 0x80000000) !== 0 && end - cpu.instructionCount >= MAX_BLOCK_INSNS) {
      const entry = cache.lookup(cpu, cpu.eip);
      if (entry !== null && end - cpu.instructionCount >= entry.count) {
        // Regions never run into host breakpoints; a block that starts at one knows it.
        if (entry.atBreakpoint && cpu.stopAtBreakpoint()) return;
        cache.blockRuns++;
        const region = entry.region;
        region.code.fn(cpu, end - cpu.instructionCount, entry.pc, region.page);
        if (cpu.breakLoop) return;
        // Left for an address in its own page: perhaps code to take in.
        if (region.exitHeat !== null && cpu.eip >= region.lo && cpu.eip < region.hi) cache.noteExit(cpu, region);
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
