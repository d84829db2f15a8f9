// The CPU: architectural state, memory access through segmentation and the
// software TLB, instruction fetch, and the run loop. Instruction semantics live
// in the other files of this folder; this one holds the state they share.

import type { InterruptController, IoBus, PhysicalMemory } from '../machine/bus.ts';
import type { CpuHooks } from './hooks.ts';
import { CPU_FAULT, CpuUsageError, VEC_AC, VEC_GP, VEC_PF, VEC_SS } from './exceptions.ts';
import { AC, EFLAGS_FIXED_ONE, IF, LAZY_NONE, TF } from './flags.ts';
import { Tlb } from './tlb.ts';
import { lazyAF, lazyCF, lazyCondition, lazyEflags, lazyOF, lazyPF, lazySF, lazyZF } from './lazy-flags.ts';
import { CodePageMap } from './code-pages.ts';
import {
  ATTR_CODE, ATTR_DB, ATTR_DC, ATTR_G, ATTR_PRESENT, ATTR_RW, ATTR_S, CS, SS, attrDpl,
  type SegmentInfo,
} from './segment-attr.ts';
import { translatePage, walkForDebug } from './paging.ts';
import { instructionHook, runDecoded } from './dispatch.ts';
import type { DecodeCache } from './interp/decode-cache.ts';
import { deliverEvent, takeExternalInterrupt } from './interrupts.ts';
import { BlockCache, runWithBlocks } from './jit/block-cache.ts';
import { checkDataBreakpoint, stepWithDebugChecks } from './debug-traps.ts';
import { BreakpointSet } from './breakpoints.ts';
import { Fpu } from './x87/state.ts';

export { ES, CS, SS, DS, FS, GS } from './segment-attr.ts';

export const CR0_PE = 1 << 0;
export const CR0_MP = 1 << 1;
export const CR0_EM = 1 << 2;
export const CR0_TS = 1 << 3;
export const CR0_ET = 1 << 4;
export const CR0_NE = 1 << 5;
export const CR0_WP = 1 << 16;
export const CR0_AM = 1 << 18;
export const CR0_NW = 1 << 29;
export const CR0_CD = 1 << 30;
export const CR0_PG = 1 << 31;

/** Descriptor-table register (GDTR/IDTR). */
export interface TableRegister {
  base: number;
  limit: number;
}

/** LDTR / TR: a selector plus the cached descriptor fields. */
export interface SystemSegmentRegister {
  selector: number;
  base: number;
  limit: number;
  /** Descriptor type (TR: 9 available / 11 busy 32-bit TSS). */
  type: number;
}

export class Cpu {
  hooks: CpuHooks | null = null;

  readonly mem: PhysicalMemory;
  readonly io: IoBus;
  readonly pic: InterruptController;
  readonly ram: Uint8Array;
  /** RAM viewed as dwords for aligned accesses. */
  readonly ram32: Int32Array;
  /** 0 when ram32 may be used for 4-aligned physical addresses, -1 when not. */
  private readonly ram32Ok: number;
  readonly memSize: number;

  /** EAX..EDI; byte and word views over the same storage (little-endian host). */
  readonly regs = new Int32Array(8);
  readonly regs16 = new Uint16Array(this.regs.buffer);
  readonly regs8 = new Uint8Array(this.regs.buffer);

  /** Offset in CS of the next instruction byte (unsigned). */
  eip = 0;
  /** EIP of the instruction being executed; faults restore it. */
  startEip = 0;

  // Flags: flagsBase holds every bit the current lazy kind does not cover.
  flagsBase = EFLAGS_FIXED_ONE;
  lazyKind = LAZY_NONE;
  /** Index of the sign bit of the last arithmetic operand size (7, 15, 31). */
  lazyTop = 31;
  lazyDst = 0;
  lazySrc = 0;
  /** Result masked to the operand size. */
  lazyRes = 0;
  // Flags as they were before a read-modify-write memory instruction changed them,
  // put back if its store faults (so the restarted instruction sees the same CF).
  private savedAt = -1;
  private savedBase = 0;
  private savedKind = 0;
  private savedTop = 31;
  private savedDst = 0;
  private savedSrc = 0;
  private savedRes = 0;

  // Segment descriptor caches.
  readonly segSel = new Int32Array(6);
  readonly segBase = new Int32Array(6);
  readonly segLimit = new Float64Array(6);
  readonly segAttr = new Int32Array(6);
  /** Highest offset the fast path may read / write; -1 sends every access to the checked path. */
  readonly segReadLimit = new Float64Array(6);
  readonly segWriteLimit = new Float64Array(6);

  /** Current privilege level (changed only by the CPU itself, through setCpl). */
  get cpl(): number {
    return this.privilege;
  }
  private privilege = 0;
  cr0 = 0;
  cr2 = 0;
  cr3 = 0;
  cr4 = 0;
  readonly dr = new Int32Array(8);
  /** A host debugger's claim on debug traps (gdb's hardware breakpoints and
   *  watchpoints in DR0-DR3): given the DR6 bits B0-B3 that hit, it returns true
   *  to take the trap itself; the guest then sees no #DB. */
  debugTrapTaker: ((hits: number) => boolean) | null = null;
  gdtr: TableRegister = { base: 0, limit: 0 };
  idtr: TableRegister = { base: 0, limit: 0x3ff };
  ldtr: SystemSegmentRegister = { selector: 0, base: 0, limit: 0, type: 0 };
  tr: SystemSegmentRegister = { selector: 0, base: 0, limit: 0, type: 0 };

  // Per-instruction prefix state.
  opSize32 = true;
  addrSize32 = true;
  segOverride = -1;
  /** 0 none, 1 REP/REPE (F3), 2 REPNE (F2). */
  repPrefix = 0;
  lockPrefix = false;
  /** CS.D: default operand and address size. */
  codeDefault32 = true;
  /** SS.B: ESP (true) or SP (false) for stack operations. */
  stack32 = true;
  /** Offset of the memory operand read by the last loadE (storeE writes it back there). */
  eaAddr = 0;
  /** Decoded instructions by physical page (interp/decode-cache.ts), made by the interpreter on first use. */
  decoded: DecodeCache | null = null;

  // Software TLB: the arrays for the current privilege level.
  readonly tlb = new Tlb();
  /** Physical pages holding decoded code: writes to them are reported (see code-pages.ts). */
  readonly codePages: CodePageMap;
  /** Compiled blocks (jit/block-cache.ts); `blocks.enabled = false` runs the interpreter only. */
  readonly blocks = new BlockCache();
  /** Host breakpoints (linear addresses): run() stops before executing one (breakpoints.ts). */
  readonly breakpoints = new BreakpointSet();
  /** Whether the last run() stopped at a host breakpoint, and where (linear). */
  breakpointHit = false;
  breakpointAddress = 0;
  /** A breakpoint address the next check lets pass once (resuming from it); -1: none. */
  private breakpointResume = -1;
  /** The x87 FPU (src/cpu/x87/): registers, control, status and tag words. */
  readonly fpu = new Fpu();
  tlbRead: Int32Array;
  tlbWrite: Int32Array;
  /** Set while DR7 arms a data breakpoint: every access then takes the checked path, which tests them. */
  dataBreakpointsArmed = false;
  /** EIP window [fetchLo, fetchHi) that lies in one cached code page inside the CS limit. */
  fetchLo = 1;
  fetchHi = 0;
  /** physical address - EIP inside the window. */
  fetchOffset = 0;
  /** Changes whenever the fetch window changes or a write hits a page holding
   *  decoded code: the interpreter keeps a window's decoded page while it is the same. */
  fetchStamp = 0;

  // Fault being raised (read by the run loop when it catches CPU_FAULT).
  faultVector = 0;
  faultCode = 0;

  halted = false;
  instructionCount = 0;
  /** Set by a triple fault (after the reset) until the next explicit reset(). */
  tripleFaulted = false;
  tripleFaultCount = 0;
  /** The next instruction is not interrupted (after STI, MOV SS, POP SS). */
  irqInhibit = false;
  /** Set by SS loads: no single-step trap after this instruction. */
  debugTrapInhibit = false;
  /** CR0.AM, EFLAGS.AC and CPL 3: misaligned data accesses raise #AC (all accesses take the checked path). */
  alignmentCheck = false;
  /** Ends the inner loop after the current instruction so the outer loop re-checks state. */
  breakLoop = false;
  /** Set by requestStop(): run() returns after the current instruction. */
  private stopRequested = false;
  /** Debug-register breakpoints enabled in DR7 (checked only on the slow stepping path). */
  debugActive = false;
  /** DR6 bits (B0..B3) of data breakpoints hit during the current instruction. */
  pendingDataBreak = 0;
  /** Counts interrupt/exception deliveries (lets single-step see that an INT cleared TF). */
  deliveryCount = 0;

  constructor(mem: PhysicalMemory, io: IoBus, pic: InterruptController) {
    if (!mem || !(mem.ram instanceof Uint8Array)) throw new CpuUsageError('Cpu needs a PhysicalMemory whose ram is a Uint8Array');
    if (!io || typeof io.in8 !== 'function') throw new CpuUsageError('Cpu needs an IoBus with in8/in16/in32/out8/out16/out32');
    if (!pic || typeof pic.acknowledge !== 'function') throw new CpuUsageError('Cpu needs an InterruptController with intr and acknowledge()');
    this.mem = mem;
    this.io = io;
    this.pic = pic;
    this.ram = mem.ram;
    this.memSize = Math.min(mem.size, mem.ram.length);
    const aligned = mem.ram.byteOffset % 4 === 0;
    this.ram32 = aligned
      ? new Int32Array(mem.ram.buffer, mem.ram.byteOffset, mem.ram.length >>> 2)
      : new Int32Array(0);
    this.ram32Ok = aligned ? 0 : -1;
    // Compiled blocks access dwords through ram32 only.
    if (!aligned) this.blocks.enabled = false;
    this.codePages = new CodePageMap(Math.ceil(this.memSize / 4096), (page) => this.tlb.dropWritesTo(page));
    this.tlbRead = this.tlb.supervisorRead;
    this.tlbWrite = this.tlb.supervisorWrite;
    // Blocks end before breakpoints: a changed set needs them built again.
    this.breakpoints.onChange = () => {
      this.blocks.flush();
      this.breakLoop = true;
    };
    this.widenNumberFields();
    this.reset();
  }

  /** V8 first stores small integers in these fields untagged and widens them
   *  when a value outside 31 bits arrives (a user-space EIP, a CRC in lazyRes),
   *  which deoptimises every compiled function that read the Cpu. Storing a
   *  wide value once, here, makes them wide from the start. */
  private widenNumberFields(): void {
    const wide = 2 ** 31;
    this.eip = this.startEip = this.eaAddr = this.instructionCount = wide;
    this.lazyDst = this.lazySrc = this.lazyRes = this.savedDst = this.savedSrc = this.savedRes = this.savedAt = wide;
    this.fetchLo = this.fetchHi = this.fetchOffset = this.cr0 = this.cr2 = this.cr3 = this.faultCode = wide;
    this.startEip = this.eaAddr = this.instructionCount = this.faultCode = 0;
    this.savedAt = -1;
    this.lazyDst = this.lazySrc = this.lazyRes = this.savedDst = this.savedSrc = this.savedRes = 0;
  }

  // ---------------------------------------------------------------- public API

  /** Power-on state: real mode, CS:EIP = F000:FFF0 with CS base FFFF0000. */
  reset(): void {
    this.regs.fill(0);
    this.regs[2] = 0x0400; // EDX: 486 family signature
    this.eip = 0xfff0;
    this.flagsBase = EFLAGS_FIXED_ONE;
    this.lazyKind = LAZY_NONE;
    this.cr0 = CR0_ET | CR0_CD | CR0_NW;
    this.cr2 = this.cr3 = this.cr4 = 0;
    this.dr.fill(0);
    this.dr[6] = 0xffff0ff0 | 0;
    this.dr[7] = 0x400;
    this.debugActive = false;
    this.gdtr = { base: 0, limit: 0xffff };
    this.idtr = { base: 0, limit: 0x3ff };
    this.ldtr = { selector: 0, base: 0, limit: 0xffff, type: 2 };
    this.tr = { selector: 0, base: 0, limit: 0xffff, type: 11 };
    for (let s = 0; s < 6; s++) this.setSegmentCache(s, 0, 0, 0xffff, ATTR_PRESENT | ATTR_S | ATTR_RW | 1);
    this.setSegmentCache(CS, 0xf000, 0xffff0000, 0xffff, ATTR_PRESENT | ATTR_S | ATTR_CODE | ATTR_RW | 1);
    this.setCpl(0);
    this.flushTlb();
    this.halted = false;
    this.irqInhibit = false;
    this.tripleFaulted = false;
    this.breakLoop = true;
    this.blocks.flush();
    this.decoded?.flush();
    this.fpu.powerOn();
  }

  /** The multiboot hand-off state: flat 32-bit protected mode, paging off, CPL 0, IF=0.
   *  CR0.EM is set (ESC opcodes raise #NM) until the kernel turns the FPU on. */
  enterFlatProtectedMode(): void {
    this.cr0 = ((this.cr0 | CR0_PE | CR0_ET | CR0_EM) & ~(CR0_PG | CR0_CD | CR0_NW)) >>> 0;
    const code = ATTR_PRESENT | ATTR_S | ATTR_CODE | ATTR_RW | 1 | ATTR_DB | ATTR_G;
    const data = ATTR_PRESENT | ATTR_S | ATTR_RW | 1 | ATTR_DB | ATTR_G;
    this.setSegmentCache(CS, 0x08, 0, 0xffffffff, code);
    for (const s of [0, 2, 3, 4, 5]) this.setSegmentCache(s, 0x10, 0, 0xffffffff, data);
    this.gdtr = { base: 0, limit: 0 };
    this.setCpl(0);
    this.flagsBase = EFLAGS_FIXED_ONE;
    this.lazyKind = LAZY_NONE;
    this.flushTlb();
    this.halted = false;
    this.breakLoop = true;
  }

  getReg32(i: number): number {
    this.checkRegIndex(i);
    return this.regs[i] >>> 0;
  }

  setReg32(i: number, v: number): void {
    this.checkRegIndex(i);
    this.regs[i] = v | 0;
  }

  getEflags(): number {
    return lazyEflags(this.lazyKind, this.lazyTop, this.lazyDst, this.lazySrc, this.lazyRes, this.flagsBase);
  }

  /** Sets every writable EFLAGS bit (no privilege checks: a host/debugger operation). */
  setEflags(v: number): void {
    this.flagsBase = ((v & 0x3f7fd5) | EFLAGS_FIXED_ONE) >>> 0;
    this.lazyKind = LAZY_NONE;
    this.updateAlignmentCheck();
    this.breakLoop = true;
  }

  getSegment(sreg: number): SegmentInfo {
    if (!Number.isInteger(sreg) || sreg < 0 || sreg > 5) throw new CpuUsageError(`segment register index ${sreg} is out of range (0=ES 1=CS 2=SS 3=DS 4=FS 5=GS)`);
    const attr = this.segAttr[sreg];
    return {
      selector: this.segSel[sreg],
      base: this.segBase[sreg] >>> 0,
      limit: this.segLimit[sreg],
      dpl: attrDpl(attr),
      attr,
      type: attr & 0xf,
      present: (attr & ATTR_PRESENT) !== 0,
      codeOrData: (attr & ATTR_S) !== 0,
      code: (attr & ATTR_CODE) !== 0,
      big: (attr & ATTR_DB) !== 0,
      granularity: (attr & ATTR_G) !== 0,
      usable: (attr & ATTR_PRESENT) !== 0,
    };
  }

  /** Reads linear memory for a debugger: no faults, no A/D bits; null if any byte is unmapped. */
  debugReadLinear(addr: number, len: number): Uint8Array | null {
    if (!Number.isInteger(len) || len < 0) throw new CpuUsageError(`debugReadLinear: bad length ${len}`);
    const out = new Uint8Array(len);
    for (let i = 0; i < len; i++) {
      const t = this.translateForDebug((addr + i) >>> 0);
      if (t === null) return null;
      out[i] = t.phys < this.memSize ? this.ram[t.phys] : 0xff;
    }
    return out;
  }

  translateForDebug(addr: number): { phys: number; user: boolean; writable: boolean } | null {
    const lin = addr >>> 0;
    if (!(this.cr0 & CR0_PG)) return { phys: lin, user: true, writable: true };
    return walkForDebug(this, lin);
  }

  /** Executes up to `budget` steps and returns how many instructions retired.
   *  A step is one retired instruction, or one interrupt/exception delivery
   *  that retired no instruction (an external interrupt, a fault, an
   *  instruction breakpoint). Deliveries are not instructions, so they do not
   *  count in instructionCount (virtual time), but they use up budget: run(1)
   *  returns right after a delivery with EIP at the handler's first
   *  instruction, not yet executed, and a fault loop cannot spin forever.
   *  A trap that follows an instruction (TF single-step, data breakpoint, INT n)
   *  belongs to that instruction's step. Stops early on HLT or a triple fault,
   *  and before an instruction at a host breakpoint (`breakpointHit`); the
   *  next run() from there executes that instruction. */
  run(budget: number): number {
    if (!Number.isInteger(budget) || budget < 0) throw new CpuUsageError(`run budget must be a non-negative integer, got ${budget}`);
    const start = this.instructionCount;
    let deliveries = 0;
    this.tripleFaulted = false;
    this.stopRequested = false;
    this.breakpointHit = false;
    if (this.breakpointResume !== -1 && this.breakpointResume !== this.linearEip()) this.breakpointResume = -1;
    // RAM may have been written from outside since the last run: decoded pages and blocks check their bytes again.
    this.blocks.epoch++;
    if (this.decoded !== null) this.decoded.epoch++;
    this.fetchStamp = (this.fetchStamp + 1) | 0;
    while (!this.tripleFaulted && !this.stopRequested) {
      // Instruction count at which the budget is used up.
      const end = start + budget - deliveries;
      const before = this.instructionCount;
      if (before >= end) break;
      if (this.halted) {
        if ((this.flagsBase & IF) === 0 || !this.pic.intr) break;
        this.halted = false;
        takeExternalInterrupt(this);
        deliveries++;
        continue;
      }
      if (this.irqInhibit) {
        this.irqInhibit = false;
        if ((this.flagsBase & TF) !== 0 || this.debugActive) stepWithDebugChecks(this);
        else this.runInstructions(before + 1);
        if (this.breakpointHit) this.irqInhibit = true; // still owed to the instruction not yet run
      } else if ((this.flagsBase & IF) !== 0 && this.pic.intr) {
        takeExternalInterrupt(this);
        deliveries++;
        continue;
      } else if ((this.flagsBase & TF) !== 0 || this.debugActive) {
        stepWithDebugChecks(this);
      } else {
        this.runInstructions(end);
      }
      // Nothing retired: the step was a delivery (a fault or a breakpoint).
      if (this.instructionCount === before) deliveries++;
    }
    return this.instructionCount - start;
  }

  /** The next run() executes the instruction at EIP even if it is a breakpoint
   *  (as it does after stopping there): a debugger continuing from where it is. */
  resumeFromBreakpoint(): void {
    this.breakpointResume = this.linearEip();
  }

  /** Called by the run loops before an instruction while breakpoints are set:
   *  true (and run() ends) when EIP is at one that is not being resumed from. */
  stopAtBreakpoint(): boolean {
    const lin = this.linearEip();
    if (!this.breakpoints.has(lin)) return false;
    if (lin === this.breakpointResume) {
      this.breakpointResume = -1;
      return false;
    }
    this.breakpointHit = true;
    this.breakpointAddress = lin;
    this.breakpointResume = lin;
    this.stopRequested = true;
    this.breakLoop = true;
    return true;
  }

  private linearEip(): number {
    return (this.segBase[CS]! + this.eip) >>> 0;
  }

  /** Makes the current run() return after the instruction in progress (e.g. the
   *  machine ended from an I/O write). Harmless outside run(). */
  requestStop(): void {
    this.stopRequested = true;
    this.breakLoop = true;
  }

  /** The inner loop: no interrupt checks until something sets breakLoop. */
  runInstructions(end: number): void {
    this.breakLoop = false;
    try {
      // An instruction hook sees every instruction: no compiled blocks then.
      if (instructionHook() === null && this.blocks.enabled) {
        runWithBlocks(this, end);
      } else {
        runDecoded(this, end);
      }
    } catch (e) {
      if (e !== CPU_FAULT) throw e;
      this.resetPrefixes();
      if (this.savedAt === this.instructionCount) this.restoreFlags();
      this.eip = this.startEip;
      deliverEvent(this, this.faultVector, this.faultCode, false, false);
    }
  }

  /** Restores the per-instruction prefix state to the code segment's defaults. */
  resetPrefixes(): void {
    this.opSize32 = this.codeDefault32;
    this.addrSize32 = this.codeDefault32;
    this.segOverride = -1;
    this.repPrefix = 0;
    this.lockPrefix = false;
  }

  // ---------------------------------------------------------------- faults

  /** Abandons the current instruction with an exception (a fault: EIP is restored). */
  fault(vector: number, code: number): never {
    this.faultVector = vector;
    this.faultCode = code;
    throw CPU_FAULT;
  }

  gp(code: number): never {
    return this.fault(VEC_GP, code);
  }

  /** Resets after a triple fault and tells the machine. */
  tripleFault(): void {
    this.reset();
    this.tripleFaulted = true;
    this.tripleFaultCount++;
    this.hooks?.onTripleFault?.();
  }

  // ---------------------------------------------------------------- registers

  private checkRegIndex(i: number): void {
    if (!Number.isInteger(i) || i < 0 || i > 7) throw new CpuUsageError(`register index ${i} is out of range (0=EAX .. 7=EDI)`);
  }

  getReg8(r: number): number {
    return this.regs8[((r & 3) << 2) | (r >> 2)];
  }

  setReg8(r: number, v: number): void {
    this.regs8[((r & 3) << 2) | (r >> 2)] = v;
  }

  getReg16(r: number): number {
    return this.regs16[r << 1];
  }

  setReg16(r: number, v: number): void {
    this.regs16[r << 1] = v;
  }

  /** Register operand of `size` bytes (1, 2, 4); 32-bit values come back signed. */
  getReg(size: number, r: number): number {
    if (size === 4) return this.regs[r];
    if (size === 2) return this.regs16[r << 1];
    return this.regs8[((r & 3) << 2) | (r >> 2)];
  }

  setReg(size: number, r: number, v: number): void {
    if (size === 4) this.regs[r] = v;
    else if (size === 2) this.regs16[r << 1] = v;
    else this.regs8[((r & 3) << 2) | (r >> 2)] = v;
  }

  setCpl(cpl: number): void {
    this.privilege = cpl;
    this.updateAlignmentCheck();
    if (cpl === 3) {
      this.tlbRead = this.tlb.userRead;
      this.tlbWrite = this.tlb.userWrite;
    } else {
      this.tlbRead = this.tlb.supervisorRead;
      this.tlbWrite = this.tlb.supervisorWrite;
    }
    this.invalidateFetch();
    this.breakLoop = true;
  }

  // ---------------------------------------------------------------- flags

  getCF(): number {
    return lazyCF(this.lazyKind, this.lazyTop, this.lazyDst, this.lazySrc, this.lazyRes, this.flagsBase);
  }

  getZF(): number {
    return lazyZF(this.lazyKind, this.lazyRes, this.flagsBase);
  }

  getSF(): number {
    return lazySF(this.lazyKind, this.lazyTop, this.lazyRes, this.flagsBase);
  }

  getPF(): number {
    return lazyPF(this.lazyKind, this.lazyRes, this.flagsBase);
  }

  getAF(): number {
    return lazyAF(this.lazyKind, this.lazyDst, this.lazySrc, this.lazyRes, this.flagsBase);
  }

  getOF(): number {
    return lazyOF(this.lazyKind, this.lazyTop, this.lazyDst, this.lazySrc, this.lazyRes, this.flagsBase);
  }

  /** Remembers the flags before a memory read-modify-write (see restoreFlags). */
  snapshotFlags(): void {
    this.savedAt = this.instructionCount;
    this.savedBase = this.flagsBase;
    this.savedKind = this.lazyKind;
    this.savedTop = this.lazyTop;
    this.savedDst = this.lazyDst;
    this.savedSrc = this.lazySrc;
    this.savedRes = this.lazyRes;
  }

  private restoreFlags(): void {
    this.savedAt = -1;
    this.flagsBase = this.savedBase;
    this.lazyKind = this.savedKind;
    this.lazyTop = this.savedTop;
    this.lazyDst = this.savedDst;
    this.lazySrc = this.savedSrc;
    this.lazyRes = this.savedRes;
  }

  /** Folds the lazy flags into flagsBase (before an instruction changes single flags). */
  materializeFlags(): void {
    if (this.lazyKind !== LAZY_NONE) {
      this.flagsBase = this.getEflags();
      this.lazyKind = LAZY_NONE;
    }
  }

  /** Condition code test for Jcc/SETcc (cc = low nibble of the opcode). */
  testCondition(cc: number): boolean {
    return lazyCondition(cc, this.lazyKind, this.lazyTop, this.lazyDst, this.lazySrc, this.lazyRes, this.flagsBase);
  }

  // ---------------------------------------------------------------- segments

  /** Fills a segment register's cache and the fast-path limits derived from it. */
  setSegmentCache(seg: number, selector: number, base: number, limit: number, attr: number): void {
    this.segSel[seg] = selector & 0xffff;
    this.segBase[seg] = base | 0;
    this.segLimit[seg] = limit >>> 0;
    this.segAttr[seg] = attr;
    this.refreshFastLimits(seg);
    if (seg === CS) {
      this.codeDefault32 = (attr & ATTR_DB) !== 0;
      this.opSize32 = this.addrSize32 = this.codeDefault32;
      this.invalidateFetch();
      this.breakLoop = true;
    } else if (seg === SS) {
      this.stack32 = (attr & ATTR_DB) !== 0;
    }
  }

  /** The limits the unchecked fast path may use for a segment (-1: always take the checked path). */
  private refreshFastLimits(seg: number): void {
    const attr = this.segAttr[seg];
    const limit = this.segLimit[seg];
    let readLimit = -1, writeLimit = -1;
    if ((attr & ATTR_PRESENT) && !this.alignmentCheck && !this.dataBreakpointsArmed) {
      const lim = limit >>> 0;
      if (!(this.cr0 & CR0_PE)) {
        readLimit = writeLimit = lim;
      } else if (attr & ATTR_CODE) {
        if (attr & ATTR_RW) readLimit = lim;
      } else if (!(attr & ATTR_DC)) {
        readLimit = lim;
        if (attr & ATTR_RW) writeLimit = lim;
      }
    }
    this.segReadLimit[seg] = readLimit;
    this.segWriteLimit[seg] = writeLimit;
  }

  /** Re-evaluates alignment checking after CR0, EFLAGS.AC or CPL changed. */
  updateAlignmentCheck(): void {
    const on = (this.cr0 & CR0_AM) !== 0 && (this.flagsBase & AC) !== 0 && this.cpl === 3;
    if (on === this.alignmentCheck) return;
    this.alignmentCheck = on;
    for (let s = 0; s < 6; s++) this.refreshFastLimits(s);
  }

  /** Recomputes every segment's fast-path limits (after CR0.PE changes). */
  refreshAllFastLimits(): void {
    for (let s = 0; s < 6; s++) this.refreshFastLimits(s);
  }

  /** Makes a data segment register unusable (null selector), keeping the selector's RPL. */
  setNullSegment(seg: number, selector: number): void {
    this.setSegmentCache(seg, selector, 0, 0, 0);
  }

  /** The checked path for a segment access: type, null and limit checks. Returns the linear address. */
  checkSegmentAccess(seg: number, off: number, len: number, write: boolean): number {
    const attr = this.segAttr[seg];
    const faultVec = seg === SS ? VEC_SS : VEC_GP;
    if (!(attr & ATTR_PRESENT)) this.fault(faultVec, 0);
    const limit = this.segLimit[seg];
    const last = off + len - 1;
    if (this.cr0 & CR0_PE) {
      if (attr & ATTR_CODE) {
        if (write || !(attr & ATTR_RW)) this.gp(0);
      } else if (write && !(attr & ATTR_RW)) {
        this.gp(0);
      }
      if (!(attr & ATTR_CODE) && (attr & ATTR_DC)) {
        const upper = attr & ATTR_DB ? 0xffffffff : 0xffff;
        if (off <= limit || last > upper) this.fault(faultVec, 0);
        return this.finishCheckedAccess((this.segBase[seg] + off) | 0, len, write);
      }
    }
    if (last > limit) this.fault(faultVec, 0);
    return this.finishCheckedAccess((this.segBase[seg] + off) | 0, len, write);
  }

  /** Alignment check and data breakpoints, for accesses on the checked path. */
  private finishCheckedAccess(lin: number, len: number, write: boolean): number {
    if (this.alignmentCheck && len <= 4 && (lin & (len - 1)) !== 0) this.fault(VEC_AC, 0);
    if (this.dataBreakpointsArmed) checkDataBreakpoint(this, lin >>> 0, len, write);
    return lin;
  }

  // ---------------------------------------------------------------- paging

  /** Linear → physical for the current privilege level, filling the TLB; throws #PF. */
  translate(lin: number, write: boolean): number {
    return translatePage(this, lin >>> 0, write, this.cpl === 3);
  }

  /** Translation as a supervisor (descriptor tables, TSS, inner-ring stacks). */
  translateSupervisor(lin: number, write: boolean): number {
    return translatePage(this, lin >>> 0, write, false);
  }

  flushTlb(): void {
    this.tlb.flushAll();
    this.invalidateFetch();
  }

  pageFault(lin: number, code: number): never {
    this.cr2 = lin >>> 0;
    return this.fault(VEC_PF, code);
  }

  // ---------------------------------------------------------------- physical memory

  readPhys8(p: number): number {
    return p < this.memSize ? this.ram[p] : 0xff;
  }

  readPhys32(p: number): number {
    if (p + 3 < this.memSize) {
      if ((p & 3) === this.ram32Ok) return this.ram32[p >>> 2];
      const r = this.ram;
      return r[p] | (r[p + 1] << 8) | (r[p + 2] << 16) | (r[p + 3] << 24);
    }
    return this.readPhys8(p) | (this.readPhys8(p + 1) << 8) | (this.readPhys8(p + 2) << 16) | (this.readPhys8(p + 3) << 24);
  }

  writePhys8(p: number, v: number): void {
    if (p < this.memSize) {
      this.ram[p] = v;
      if (this.codePages.marked[p >>> 12] !== 0) this.noteCodeWrite(p);
    }
  }

  private noteCodeWrite(p: number): void {
    this.codePages.noteWrite(p);
    this.fetchStamp = (this.fetchStamp + 1) | 0;
  }

  /** A dword inside one page (the callers split page-crossing writes). */
  writePhys32(p: number, v: number): void {
    if (p + 3 < this.memSize && (p & 3) === this.ram32Ok) {
      this.ram32[p >>> 2] = v;
      if (this.codePages.marked[p >>> 12] !== 0) this.noteCodeWrite(p);
      return;
    }
    this.writePhys8(p, v);
    this.writePhys8(p + 1, v >>> 8);
    this.writePhys8(p + 2, v >>> 16);
    this.writePhys8(p + 3, v >>> 24);
  }

  // ---------------------------------------------------------------- linear memory (checked paths)

  readLin8(lin: number): number {
    const e = this.tlbRead[lin >>> 12];
    if (e !== 0) return this.ram[e - 1 + (lin & 0xfff)];
    return this.readPhys8(this.translate(lin, false));
  }

  readLin16(lin: number): number {
    if ((lin & 0xfff) === 0xfff) return this.readLin8(lin) | (this.readLin8((lin + 1) | 0) << 8);
    const p = this.translate(lin, false);
    return this.readPhys8(p) | (this.readPhys8(p + 1) << 8);
  }

  readLin32(lin: number): number {
    if ((lin & 0xfff) > 0xffc) {
      return this.readLin8(lin) | (this.readLin8((lin + 1) | 0) << 8) |
        (this.readLin8((lin + 2) | 0) << 16) | (this.readLin8((lin + 3) | 0) << 24);
    }
    return this.readPhys32(this.translate(lin, false));
  }

  writeLin8(lin: number, v: number): void {
    this.writePhys8(this.translate(lin, true), v);
  }

  /** Writes `len` bytes of v; a page-crossing write translates both pages before storing anything. */
  writeLinN(lin: number, v: number, len: number): void {
    const off = lin & 0xfff;
    if (off + len <= 0x1000) {
      const p = this.translate(lin, true);
      if (len === 4) this.writePhys32(p, v);
      else for (let i = 0; i < len; i++) this.writePhys8(p + i, v >>> (8 * i));
      return;
    }
    const p0 = this.translate(lin, true);
    const p1 = this.translate((lin + len - 1) & -4096, true);
    for (let i = 0; i < len; i++) {
      const at = off + i;
      this.writePhys8(at < 0x1000 ? p0 + i : p1 + (at - 0x1000), v >>> (8 * i));
    }
  }

  /** Supervisor (implicit) accesses: descriptor tables, the TSS, gates. */
  readSys8(lin: number): number {
    return this.readPhys8(this.translateSupervisor(lin, false));
  }

  readSys16(lin: number): number {
    return this.readSys8(lin) | (this.readSys8((lin + 1) | 0) << 8);
  }

  readSys32(lin: number): number {
    if ((lin & 0xfff) > 0xffc) return this.readSys16(lin) | (this.readSys16((lin + 2) | 0) << 16);
    return this.readPhys32(this.translateSupervisor(lin, false));
  }

  writeSys8(lin: number, v: number): void {
    this.writePhys8(this.translateSupervisor(lin, true), v);
  }

  // ---------------------------------------------------------------- segmented memory (hot paths)

  read8(seg: number, off: number): number {
    if (off > this.segReadLimit[seg]) return this.readLin8(this.checkSegmentAccess(seg, off, 1, false));
    const lin = (this.segBase[seg] + off) | 0;
    const e = this.tlbRead[lin >>> 12];
    if (e !== 0) return this.ram[e - 1 + (lin & 0xfff)];
    return this.readLin8(lin);
  }

  read16(seg: number, off: number): number {
    if (off > this.segReadLimit[seg] - 1) return this.readLin16(this.checkSegmentAccess(seg, off, 2, false));
    const lin = (this.segBase[seg] + off) | 0;
    const e = this.tlbRead[lin >>> 12];
    if (e !== 0 && (lin & 0xfff) !== 0xfff) {
      const p = e - 1 + (lin & 0xfff);
      return this.ram[p] | (this.ram[p + 1] << 8);
    }
    return this.readLin16(lin);
  }

  read32(seg: number, off: number): number {
    if (off > this.segReadLimit[seg] - 3) return this.readLin32(this.checkSegmentAccess(seg, off, 4, false));
    const lin = (this.segBase[seg] + off) | 0;
    const e = this.tlbRead[lin >>> 12];
    if (e !== 0) {
      // Aligned (the page address is, so the physical address is too): one typed-array load.
      if (((lin & 3) | this.ram32Ok) === 0) return this.ram32[(e - 1 + (lin & 0xfff)) >>> 2];
      if ((lin & 0xfff) <= 0xffc) {
        const p = e - 1 + (lin & 0xfff);
        const r = this.ram;
        return r[p] | (r[p + 1] << 8) | (r[p + 2] << 16) | (r[p + 3] << 24);
      }
    }
    return this.readLin32(lin);
  }

  write8(seg: number, off: number, v: number): void {
    if (off > this.segWriteLimit[seg]) {
      this.writeLin8(this.checkSegmentAccess(seg, off, 1, true), v);
      return;
    }
    const lin = (this.segBase[seg] + off) | 0;
    const e = this.tlbWrite[lin >>> 12];
    if (e !== 0) this.ram[e - 1 + (lin & 0xfff)] = v;
    else this.writeLin8(lin, v);
  }

  write16(seg: number, off: number, v: number): void {
    if (off > this.segWriteLimit[seg] - 1) {
      this.writeLinN(this.checkSegmentAccess(seg, off, 2, true), v, 2);
      return;
    }
    const lin = (this.segBase[seg] + off) | 0;
    const e = this.tlbWrite[lin >>> 12];
    if (e !== 0 && (lin & 0xfff) !== 0xfff) {
      const p = e - 1 + (lin & 0xfff);
      this.ram[p] = v;
      this.ram[p + 1] = v >> 8;
    } else {
      this.writeLinN(lin, v, 2);
    }
  }

  write32(seg: number, off: number, v: number): void {
    if (off > this.segWriteLimit[seg] - 3) {
      this.writeLinN(this.checkSegmentAccess(seg, off, 4, true), v, 4);
      return;
    }
    const lin = (this.segBase[seg] + off) | 0;
    const e = this.tlbWrite[lin >>> 12];
    if (e !== 0 && ((lin & 3) | this.ram32Ok) === 0) {
      this.ram32[(e - 1 + (lin & 0xfff)) >>> 2] = v;
    } else if (e !== 0 && (lin & 0xfff) <= 0xffc) {
      const p = e - 1 + (lin & 0xfff);
      const r = this.ram;
      r[p] = v;
      r[p + 1] = v >> 8;
      r[p + 2] = v >> 16;
      r[p + 3] = v >> 24;
    } else {
      this.writeLinN(lin, v, 4);
    }
  }

  /** For a read-modify-write of the dword at seg:off: its index in ram32 when
   *  the unchecked path can both read and write it (segment fast limits, a
   *  TLB write entry, 4-aligned), else -1. A write entry implies a read entry,
   *  so nothing can fault and no flag snapshot is needed. */
  dwordIndexForUpdate(seg: number, off: number): number {
    if (off > this.segWriteLimit[seg] - 3) return -1;
    const lin = (this.segBase[seg] + off) | 0;
    const e = this.tlbWrite[lin >>> 12];
    if (e === 0 || ((lin & 3) | this.ram32Ok) !== 0) return -1;
    return (e - 1 + (lin & 0xfff)) >>> 2;
  }

  /** Memory operand of `size` bytes (1, 2, 4). */
  readMem(size: number, seg: number, off: number): number {
    if (size === 4) return this.read32(seg, off);
    if (size === 2) return this.read16(seg, off);
    return this.read8(seg, off);
  }

  writeMem(size: number, seg: number, off: number, v: number): void {
    if (size === 4) this.write32(seg, off, v);
    else if (size === 2) this.write16(seg, off, v);
    else this.write8(seg, off, v);
  }

  /** Checks that `len` bytes at seg:off are writable (segment and paging) without storing. */
  probeWrite(seg: number, off: number, len: number): void {
    const lin = off > this.segWriteLimit[seg] - (len - 1)
      ? this.checkSegmentAccess(seg, off, len, true)
      : (this.segBase[seg] + off) | 0;
    this.translate(lin, true);
    if (((lin & 0xfff) + len) > 0x1000) this.translate((lin + len - 1) & -4096, true);
  }

  // ---------------------------------------------------------------- instruction fetch

  /** Forgets the cached code window (CS, CPL, paging or TLB changed). */
  invalidateFetch(): void {
    this.fetchLo = 1;
    this.fetchHi = 0;
    this.fetchStamp = (this.fetchStamp + 1) | 0;
  }

  fetch8(): number {
    const eip = this.eip;
    if (eip >= this.fetchHi || eip < this.fetchLo) return this.fetchSlow(eip);
    this.eip = eip + 1;
    return this.ram[eip + this.fetchOffset];
  }

  fetch8s(): number {
    return (this.fetch8() << 24) >> 24;
  }

  fetch16(): number {
    const eip = this.eip;
    if (eip >= this.fetchLo && eip + 2 <= this.fetchHi) {
      this.eip = eip + 2;
      const p = eip + this.fetchOffset;
      return this.ram[p] | (this.ram[p + 1] << 8);
    }
    return this.fetch8() | (this.fetch8() << 8);
  }

  /** Fetches a dword; the value is signed (int32). */
  fetch32(): number {
    const eip = this.eip;
    if (eip >= this.fetchLo && eip + 4 <= this.fetchHi) {
      this.eip = eip + 4;
      const p = eip + this.fetchOffset;
      const r = this.ram;
      return r[p] | (r[p + 1] << 8) | (r[p + 2] << 16) | (r[p + 3] << 24);
    }
    return this.fetch16() | (this.fetch16() << 16);
  }

  /** Sets the fetch window for `eip` from a TLB entry without faulting or walking
   *  the page tables; false when that needs the checked path (the interpreter's fetch). */
  prepareFetchWindow(eip: number): boolean {
    const limit = this.segLimit[CS];
    if (eip > limit) return false;
    const lin = (this.segBase[CS] + eip) | 0;
    const e = this.tlbRead[lin >>> 12];
    if (e === 0) return false;
    const inPage = lin & 0xfff;
    const physPage = e - 1;
    if (physPage + 0x1000 > this.memSize || eip < inPage) return false;
    this.fetchLo = eip - inPage;
    this.fetchHi = Math.min(eip - inPage + 0x1000, limit + 1);
    this.fetchOffset = physPage + inPage - eip;
    this.fetchStamp = (this.fetchStamp + 1) | 0;
    return true;
  }

  private fetchSlow(eip: number): number {
    const limit = this.segLimit[CS];
    if (eip > limit) this.gp(0);
    // The instruction may not run past 15 bytes.
    if (((eip - this.startEip) >>> 0) >= 15) this.gp(0);
    const lin = (this.segBase[CS] + eip) | 0;
    const phys = this.translate(lin, false);
    const inPage = lin & 0xfff;
    const physPage = phys - inPage;
    if (physPage + 0x1000 <= this.memSize && eip >= inPage) {
      this.fetchLo = eip - inPage;
      this.fetchHi = Math.min(eip - inPage + 0x1000, limit + 1);
      this.fetchOffset = phys - eip;
      this.fetchStamp = (this.fetchStamp + 1) | 0;
    }
    this.eip = (eip + 1) >>> 0;
    return this.readPhys8(phys);
  }

  // ---------------------------------------------------------------- stack

  push32(v: number): void {
    if (this.stack32) {
      const esp = (this.regs[4] - 4) >>> 0;
      this.write32(SS, esp, v);
      this.regs[4] = esp;
    } else {
      const sp = (this.regs[4] - 4) & 0xffff;
      this.write32(SS, sp, v);
      this.regs16[8] = sp;
    }
  }

  push16(v: number): void {
    if (this.stack32) {
      const esp = (this.regs[4] - 2) >>> 0;
      this.write16(SS, esp, v);
      this.regs[4] = esp;
    } else {
      const sp = (this.regs[4] - 2) & 0xffff;
      this.write16(SS, sp, v);
      this.regs16[8] = sp;
    }
  }

  /** Pushes a value of the current operand size. */
  pushOp(v: number): void {
    if (this.opSize32) this.push32(v);
    else this.push16(v);
  }

  pop32(): number {
    if (this.stack32) {
      const esp = this.regs[4] >>> 0;
      const v = this.read32(SS, esp);
      this.regs[4] = esp + 4;
      return v;
    }
    const sp = this.regs16[8];
    const v = this.read32(SS, sp);
    this.regs16[8] = sp + 4;
    return v;
  }

  pop16(): number {
    if (this.stack32) {
      const esp = this.regs[4] >>> 0;
      const v = this.read16(SS, esp);
      this.regs[4] = esp + 2;
      return v;
    }
    const sp = this.regs16[8];
    const v = this.read16(SS, sp);
    this.regs16[8] = sp + 2;
    return v;
  }

  popOp(): number {
    return this.opSize32 ? this.pop32() : this.pop16();
  }

  /** Reads the stack at ESP+delta without popping (for instructions that pop several values atomically). */
  peekStack(size: number, delta: number): number {
    const off = this.stack32 ? (this.regs[4] + delta) >>> 0 : (this.regs16[8] + delta) & 0xffff;
    return size === 4 ? this.read32(SS, off) : this.read16(SS, off);
  }

  /** ESP (or SP) += delta, respecting the stack size. */
  adjustEsp(delta: number): void {
    if (this.stack32) this.regs[4] = this.regs[4] + delta;
    else this.regs16[8] = this.regs16[8] + delta;
  }

  /** The stack-pointer register masked by the stack size (ESP or SP). */
  stackPointer(): number {
    return this.stack32 ? this.regs[4] >>> 0 : this.regs16[8];
  }
}
