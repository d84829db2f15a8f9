// The gdb stub proper: answers remote-protocol packets about one Machine and
// runs it for `c`/`s`. No sockets here (server.ts carries the bytes), so
// tests replay packet exchanges against it directly.
//
// Addresses gdb uses are linear addresses, read through the current page
// tables (or those of `monitor cr3 X`). Software breakpoints (Z0) go into the
// CPU's breakpoint set, which stops the run loop before the instruction at
// one; hardware breakpoints and watchpoints (Z1-Z4) use the CPU's DR0-DR3.
// Both cost nothing until they fire.
import type { Machine } from '../../machine/machine.ts';
import { isFinalState } from '../../machine/machine.ts';
import { updateDebugState } from '../../cpu/debug-traps.ts';
import { syncBreakpoints } from '../../cpu/breakpoints.ts';
import { ProcessTable } from '../process-table.ts';
import { fromHex, parseHex32, toHex, MAX_PACKET } from './packets.ts';
import { REG, REGISTERS, TARGET_XML } from './target-xml.ts';
import { x87Control, x87Register } from './x87-registers.ts';

/** What the connection does with a packet's answer. */
export type StubAction =
  | { kind: 'reply'; text: string }
  /** Start the machine; the stop reply comes from run() or interrupt(). */
  | { kind: 'resume'; step: boolean }
  /** Reply, then let the machine go on without the debugger (D, or the connection dropped). */
  | { kind: 'detach'; text: string }
  /** The debugger killed the machine (k, vKill). `text` is null for k, which gets no reply. */
  | { kind: 'kill'; text: string | null };

export const SIGINT = 2;
export const SIGTRAP = 5;
const SIGSEGV = 11;

/** The thread id that stands for the kernel when no process runs (the idle loop, boot). */
export const KERNEL_TID = 0x7fff;

// Error replies: errno values, as gdbserver uses them.
const E_INVAL = 'E16'; // 22
const E_FAULT = 'E0e'; // 14
const E_NOSPC = 'E1c'; // 28

const CPU_SEG_OF_GDB = [1, 2, 3, 0, 4, 5]; // gdb cs ss ds es fs gs -> the CPU's ES=0 CS=1 SS=2 DS=3 FS=4 GS=5
const CR0_PG = 0x80000000;
const RF = 1 << 16;
const PAGE_PRESENT = 1;

type HwKind = 'exec' | 'write' | 'read' | 'access';
interface HwSlot {
  kind: HwKind;
  addr: number;
  len: number;
}

export interface StubOptions {
  /** The process list the thread queries answer from (fed from the kernel's trace lines). */
  processes?: ProcessTable;
  /** Only this program's processes stop at breakpoints and watchpoints in user space
   *  (every program is linked at the same addresses); null: any process. */
  focus?: string | null;
  /** Where user space starts (default USER_BASE). */
  userBase?: number;
}

/** struct trapframe (kernel/trap.h) from a ring-3 trap: segment registers, PUSHAD, vector,
 *  error code, then EIP CS EFLAGS ESP SS as the CPU pushed them; it ends at TSS.esp0. */
const TRAPFRAME_WORDS = 19;

/** User programs are linked from here up; below is the kernel, the same in every address space. */
export const USER_BASE = 0x40000000;

export class GdbStub {
  readonly swBreakpoints = new Set<number>();
  /** What the stub put in the CPU's breakpoint set (swBreakpoints as of the last resume). */
  private readonly installed = new Set<number>();
  /** DR0-DR3 as gdb uses them; null slots are free. */
  readonly hwSlots: (HwSlot | null)[] = [null, null, null, null];
  readonly processes: ProcessTable;
  /** The page directory `m`/`M` go through instead of CR3 (`monitor cr3 X`), or null. */
  viewCr3: number | null = null;
  /** See StubOptions.focus; `monitor focus` changes it. */
  focus: string | null;
  private readonly userBase: number;
  /** The last stop reply, for `?`. */
  lastStop: string;

  private resumeStep = false;
  /** The thread selected by Hg, or null for the one on the CPU. */
  private gThread: number | null = null;
  private running = false;
  private hwHits = 0;
  /** The guest's own DR7 while gdb owns the slots it sets. */
  private readonly guestDr7: number;

  constructor(readonly machine: Machine, opts: StubOptions = {}) {
    this.processes = opts.processes ?? new ProcessTable();
    this.focus = opts.focus ?? null;
    this.userBase = opts.userBase ?? USER_BASE;
    this.lastStop = this.stopReply(SIGTRAP, '');
    this.guestDr7 = machine.cpu.dr[7];
    machine.cpu.debugTrapTaker = (hits) => this.takeTrap(hits);
  }

  /** Stops using the CPU's debug registers (the debugger went away). */
  dispose(): void {
    this.swBreakpoints.clear();
    syncBreakpoints(this.machine.cpu.breakpoints, this.installed, this.swBreakpoints);
    this.hwSlots.fill(null);
    this.armDebugRegisters();
    if (this.machine.cpu.debugTrapTaker) this.machine.cpu.debugTrapTaker = null;
  }

  get isRunning(): boolean {
    return this.running;
  }

  // ------------------------------------------------------------------ packets

  handle(packet: string): StubAction {
    try {
      return this.dispatch(packet);
    } catch (e) {
      // A packet we could not make sense of must never take the machine down.
      if (e instanceof RangeError || e instanceof TypeError) return reply(E_INVAL);
      throw e;
    }
  }

  private dispatch(p: string): StubAction {
    const c = p[0];
    const rest = p.slice(1);
    switch (c) {
      case '?': return reply(this.lastStop);
      case 'g': return reply(this.readAllRegisters());
      case 'G': return reply(this.writeAllRegisters(rest));
      case 'p': return reply(this.readRegister(rest));
      case 'P': return reply(this.writeRegister(rest));
      case 'm': return reply(this.readMemory(rest));
      case 'M': return reply(this.writeMemory(rest, false));
      case 'X': return reply(this.writeMemory(rest, true));
      case 'c': case 's': case 'C': case 'S': return this.resumePacket(c, rest);
      case 'Z': case 'z': return reply(this.breakpointPacket(c === 'Z', rest));
      case 'H': return reply(this.setThread(rest));
      case 'T': return reply(this.threadAlive(rest));
      case 'k': return { kind: 'kill', text: null };
      case 'D': return { kind: 'detach', text: 'OK' };
      case 'q': return reply(this.query(rest));
      case 'Q': return reply(this.setQuery(rest));
      case 'v': return this.vPacket(rest);
      default: return reply(''); // unsupported: the empty reply
    }
  }

  private query(q: string): string {
    if (q.startsWith('Supported')) {
      return `PacketSize=${MAX_PACKET.toString(16)};qXfer:features:read+;swbreak+;hwbreak+;vContSupported+;QStartNoAckMode+`;
    }
    if (q === 'Attached' || q.startsWith('Attached:')) return '1';
    if (q === 'Offsets') return 'Text=0;Data=0;Bss=0';
    if (q === 'C') return `QC${this.currentThread().toString(16)}`;
    if (q === 'fThreadInfo') return 'm' + this.threads().map((t) => t.toString(16)).join(',');
    if (q === 'sThreadInfo') return 'l';
    if (q.startsWith('ThreadExtraInfo,')) {
      const tid = parseHex32(q.slice('ThreadExtraInfo,'.length));
      if (tid === null) return E_INVAL;
      return toHex(Buffer.from(this.threadDescription(tid), 'latin1'));
    }
    if (q.startsWith('Xfer:features:read:')) return this.readFeatures(q.slice('Xfer:features:read:'.length));
    if (q.startsWith('Rcmd,')) {
      const cmd = fromHex(q.slice(5));
      if (!cmd) return E_INVAL;
      return toHex(Buffer.from(this.monitor(Buffer.from(cmd).toString('latin1')), 'latin1'));
    }
    if (q === 'Symbol::') return 'OK';
    return '';
  }

  private setQuery(q: string): string {
    if (q === 'StartNoAckMode') return 'OK'; // the connection stops acking after this reply
    return '';
  }

  private vPacket(v: string): StubAction {
    if (v === 'MustReplyEmpty') return reply('');
    if (v === 'Cont?') return reply('vCont;c;C;s;S;t');
    if (v.startsWith('Cont;')) {
      // One CPU: the first action that applies to every thread or to ours decides.
      const actions = v.slice(5).split(';');
      for (const a of actions) {
        const m = /^([cCsSt])([0-9a-fA-F]{2})?(?::(-1|[0-9a-fA-F.p]+))?$/.exec(a);
        if (!m) return reply(E_INVAL);
      }
      const first = actions[0]![0]!;
      if (first === 't') return reply(this.stop(SIGINT));
      return { kind: 'resume', step: this.startResume(first === 's' || first === 'S') };
    }
    if (v.startsWith('Kill')) return { kind: 'kill', text: 'OK' };
    return reply('');
  }

  private resumePacket(c: string, rest: string): StubAction {
    // c [addr], s [addr], C sig[;addr], S sig[;addr]: the signal is ignored (there is no
    // signal to hand a bare machine), the address resumes there.
    let addrText = rest;
    if (c === 'C' || c === 'S') {
      const m = /^[0-9a-fA-F]{2}(?:;([0-9a-fA-F]+))?$/.exec(rest);
      if (!m) return reply(E_INVAL);
      addrText = m[1] ?? '';
    }
    if (addrText !== '') {
      const a = parseHex32(addrText);
      if (a === null) return reply(E_INVAL);
      this.setPc(a);
    }
    return { kind: 'resume', step: this.startResume(c === 's' || c === 'S') };
  }

  // ---------------------------------------------------------------- registers

  private readRegisterBytes(n: number): Uint8Array {
    const cpu = this.machine.cpu;
    const def = REGISTERS[n]!;
    const ctx = this.savedContext();
    let v = 0;
    if (ctx && n < REG.FIRST_FPU) v = ctx.regs[n]!;
    else if (ctx && n === REG.FIRST_CR + 2) v = ctx.cr3;
    else if (n < 8) v = cpu.getReg32(n);
    else if (n === REG.EIP) v = cpu.eip >>> 0;
    else if (n === REG.EFLAGS) v = cpu.getEflags();
    else if (n <= REG.GS) v = cpu.getSegment(CPU_SEG_OF_GDB[n - REG.CS]!).selector & 0xffff;
    else if (n < REG.FIRST_FPU + 8) return x87Register(cpu.fpu, n - REG.FIRST_FPU);
    else if (n < REG.FIRST_CR) v = x87Control(cpu.fpu, n - REG.FIRST_FPU - 8);
    else v = [cpu.cr0, cpu.cr2, cpu.cr3, cpu.cr4][n - REG.FIRST_CR]! >>> 0;
    const out = new Uint8Array(def.size);
    for (let i = 0; i < Math.min(4, def.size); i++) out[i] = (v >>> (8 * i)) & 0xff;
    return out;
  }

  /** Writes one register; false when it cannot be changed (segments, control registers). */
  private writeRegisterBytes(n: number, bytes: Uint8Array): boolean {
    const cpu = this.machine.cpu;
    if (this.savedContext()) return false; // another process's saved registers are shown, not changed
    const v = (bytes[0]! | (bytes[1]! << 8) | (bytes[2]! << 16) | (bytes[3]! << 24)) >>> 0;
    if (n < 8) cpu.setReg32(n, v);
    else if (n === REG.EIP) this.setPc(v);
    else if (n === REG.EFLAGS) cpu.setEflags(v);
    else if (n <= REG.GS) {
      // Loading a selector means a descriptor load with its checks: only the value it has is accepted.
      return (cpu.getSegment(CPU_SEG_OF_GDB[n - REG.CS]!).selector & 0xffff) === (v & 0xffff);
    } else if (n < REG.FIRST_CR) return true; // the x87 registers are shown, not changed: writes are dropped
    else return ([cpu.cr0, cpu.cr2, cpu.cr3, cpu.cr4][n - REG.FIRST_CR]! >>> 0) === v;
    return true;
  }

  private readAllRegisters(): string {
    let s = '';
    for (let n = 0; n < REG.FIRST_CR; n++) s += toHex(this.readRegisterBytes(n));
    return s;
  }

  private writeAllRegisters(hex: string): string {
    if (this.savedContext()) return E_INVAL; // another process's saved registers are read-only
    const bytes = fromHex(hex);
    if (!bytes) return E_INVAL;
    // Check everything first so that a bad G changes nothing.
    const chunks: Uint8Array[] = [];
    let off = 0;
    for (let n = 0; n < REG.FIRST_CR && off < bytes.length; n++) {
      const size = REGISTERS[n]!.size;
      if (off + size > bytes.length) return E_INVAL;
      chunks.push(bytes.subarray(off, off + size));
      off += size;
    }
    if (off !== bytes.length) return E_INVAL;
    for (let n = REG.CS; n <= REG.GS && n < chunks.length; n++) {
      const v = chunks[n]![0]! | (chunks[n]![1]! << 8);
      if ((this.machine.cpu.getSegment(CPU_SEG_OF_GDB[n - REG.CS]!).selector & 0xffff) !== v) return E_INVAL;
    }
    chunks.forEach((b, n) => this.writeRegisterBytes(n, b));
    return 'OK';
  }

  private readRegister(text: string): string {
    const n = parseHex32(text);
    if (n === null || n >= REGISTERS.length) return E_INVAL;
    return toHex(this.readRegisterBytes(n));
  }

  private writeRegister(text: string): string {
    const m = /^([0-9a-fA-F]+)=([0-9a-fA-F]*)$/.exec(text);
    if (!m) return E_INVAL;
    const n = parseHex32(m[1]!);
    const bytes = fromHex(m[2]!);
    if (n === null || n >= REGISTERS.length || !bytes || bytes.length !== REGISTERS[n]!.size) return E_INVAL;
    return this.writeRegisterBytes(n, bytes) ? 'OK' : E_INVAL;
  }

  private setPc(linearOrOffset: number): void {
    const cpu = this.machine.cpu;
    cpu.eip = linearOrOffset >>> 0;
    cpu.invalidateFetch();
    cpu.halted = false;
  }

  // ------------------------------------------------------------------- memory

  /** Linear to physical through the page directory at `cr3` (or none with paging off); null if unmapped. */
  translate(lin: number, cr3: number | null = this.viewCr3): number | null {
    const cpu = this.machine.cpu;
    if (cr3 === null) {
      if (!(cpu.cr0 & CR0_PG)) return lin >>> 0;
      cr3 = cpu.cr3;
    }
    const pde = cpu.readPhys32(((cr3 & ~0xfff) >>> 0) + ((lin >>> 22) << 2));
    if (!(pde & PAGE_PRESENT)) return null;
    const pte = cpu.readPhys32(((pde & ~0xfff) >>> 0) + (((lin >>> 12) & 0x3ff) << 2));
    if (!(pte & PAGE_PRESENT)) return null;
    return (((pte & ~0xfff) >>> 0) + (lin & 0xfff)) >>> 0;
  }

  /** The page directory m/M use: `monitor cr3`'s, else the selected thread's, else the CPU's (null). */
  private memoryCr3(): number | null {
    if (this.viewCr3 !== null) return this.viewCr3;
    const ctx = this.savedContext();
    return ctx && this.machine.cpu.cr0 & CR0_PG ? ctx.cr3 : null;
  }

  /** Reads up to `len` bytes at a linear address; stops at the first unmapped byte or the end of RAM. */
  readLinear(addr: number, len: number): Uint8Array {
    const out: number[] = [];
    const cr3 = this.memoryCr3();
    for (let i = 0; i < len; i++) {
      const phys = this.translate((addr + i) >>> 0, cr3);
      if (phys === null || phys >= this.machine.cpu.memSize) break;
      out.push(this.readPhys(phys));
    }
    return Uint8Array.from(out);
  }

  private readPhys(phys: number): number {
    const cpu = this.machine.cpu;
    return phys < cpu.memSize ? cpu.readPhys8(phys) : 0xff;
  }

  private readMemory(text: string): string {
    const m = /^([0-9a-fA-F]+),([0-9a-fA-F]+)$/.exec(text);
    const addr = m ? parseHex32(m[1]!) : null;
    const len = m ? parseHex32(m[2]!) : null;
    if (addr === null || len === null || len > MAX_PACKET / 2) return E_INVAL;
    if (len === 0) return '';
    const bytes = this.readLinear(addr, len);
    return bytes.length === 0 ? E_FAULT : toHex(bytes);
  }

  private writeMemory(text: string, binary: boolean): string {
    const colon = text.indexOf(':');
    const m = /^([0-9a-fA-F]+),([0-9a-fA-F]+)$/.exec(colon < 0 ? '' : text.slice(0, colon));
    const addr = m ? parseHex32(m[1]!) : null;
    const len = m ? parseHex32(m[2]!) : null;
    if (addr === null || len === null) return E_INVAL;
    const data = binary ? Buffer.from(text.slice(colon + 1), 'latin1') : fromHex(text.slice(colon + 1));
    if (!data || data.length !== len) return E_INVAL;
    const phys: number[] = [];
    const cr3 = this.memoryCr3();
    for (let i = 0; i < len; i++) {
      const p = this.translate((addr + i) >>> 0, cr3);
      if (p === null || p >= this.machine.cpu.memSize) return E_FAULT; // all or nothing
      phys.push(p);
    }
    const cpu = this.machine.cpu;
    phys.forEach((p, i) => cpu.writePhys8(p, data[i]!));
    if (len > 0) cpu.flushTlb(); // the bytes may be a page table entry
    return 'OK';
  }

  // -------------------------------------------------------------- breakpoints

  private breakpointPacket(insert: boolean, text: string): string {
    const m = /^([0-4]),([0-9a-fA-F]+),([0-9a-fA-F]+)$/.exec(text);
    if (!m) return E_INVAL;
    const type = Number(m[1]);
    const addr = parseHex32(m[2]!);
    const kind = parseHex32(m[3]!);
    if (addr === null || kind === null) return E_INVAL;
    if (type === 0) {
      if (insert) this.swBreakpoints.add(addr);
      else this.swBreakpoints.delete(addr);
      return 'OK';
    }
    const hwKind: HwKind = (['exec', 'write', 'read', 'access'] as const)[type - 1]!;
    if (hwKind !== 'exec') {
      // DR7 lengths are 1, 2 or 4 bytes at an address aligned to the length.
      if (![1, 2, 4].includes(kind) || addr % kind !== 0) return E_INVAL;
    }
    const len = hwKind === 'exec' ? 1 : kind;
    const i = this.hwSlots.findIndex((s) => s !== null && s.kind === hwKind && s.addr === addr && s.len === len);
    if (!insert) {
      if (i < 0) return E_INVAL;
      this.hwSlots[i] = null;
    } else if (i < 0) {
      const free = this.hwSlots.indexOf(null);
      if (free < 0) return E_NOSPC; // gdb says "Could not insert hardware breakpoint"
      this.hwSlots[free] = { kind: hwKind, addr, len };
    }
    this.armDebugRegisters();
    return 'OK';
  }

  /** Writes gdb's slots into DR0-DR3 and DR7 (L bits, RW and LEN fields). */
  private armDebugRegisters(): void {
    const cpu = this.machine.cpu;
    let dr7 = this.guestDr7;
    this.hwSlots.forEach((s, i) => {
      if (!s) return;
      const rw = { exec: 0, write: 1, read: 3, access: 3 }[s.kind]; // the 386 has no read-only watch: RW=11 and a check of the value
      const lenBits = { 1: 0, 2: 1, 4: 3 }[s.len as 1 | 2 | 4] ?? 0;
      cpu.dr[i] = s.addr | 0;
      dr7 = (dr7 & ~(3 << (i * 2)) & ~(0xf << (16 + i * 4))) | (1 << (i * 2)) | (rw << (16 + i * 4)) | (lenBits << (18 + i * 4));
    });
    cpu.dr[7] = dr7 | 0;
    updateDebugState(cpu);
  }

  private takeTrap(hits: number): boolean {
    let mine = 0;
    let exec = false;
    this.hwSlots.forEach((s, i) => {
      if (s && hits & (1 << i) && (s.addr < this.userBase || this.inFocus())) mine |= 1 << i;
      if (s && hits & (1 << i) && s.kind === 'exec') exec = true;
    });
    if (!mine) {
      // Ours, but another program's address space: not for gdb, and not for the guest either.
      const ours = this.hwSlots.some((s, i) => s && hits & (1 << i));
      if (ours && exec) this.machine.cpu.setEflags(this.machine.cpu.getEflags() | RF); // let the instruction run
      return ours;
    }
    this.hwHits |= mine;
    this.machine.requestStop();
    return true;
  }

  // ------------------------------------------------------------------ running

  private startResume(step: boolean): boolean {
    this.resumeStep = step;
    this.running = true;
    this.hwHits = 0;
    syncBreakpoints(this.machine.cpu.breakpoints, this.installed, this.swBreakpoints);
    // Leaving a software breakpoint (or standing on one): its instruction runs first.
    this.machine.cpu.resumeFromBreakpoint();
    // Leaving a hardware breakpoint: RF lets the instruction there run once.
    const pc = this.pc;
    if (this.hwSlots.some((s) => s?.kind === 'exec' && s.addr === pc)) {
      this.machine.cpu.setEflags(this.machine.cpu.getEflags() | RF);
    }
    return step;
  }

  /** The linear address of the next instruction. */
  get pc(): number {
    const cpu = this.machine.cpu;
    return (cpu.getSegment(1).base + cpu.eip) >>> 0;
  }

  /** Runs the resumed machine for up to `budget` instructions of virtual time. Returns the stop
   *  reply when it stopped, or null when it is still running (call again). */
  run(budget: number): string | null {
    if (!this.running) return this.lastStop;
    const m = this.machine;
    if (isFinalState(m.state)) return this.finalReply();
    if (this.resumeStep) {
      const state = m.runSlice(1);
      return this.afterSlice(state) ?? this.stop(SIGTRAP);
    }
    // The CPU stops before a software breakpoint; one of another program (out of
    // focus) or of another client (the TUI's) lets the next slice run on from it.
    const end = m.now + budget;
    do {
      const state = m.runSlice(end - m.now);
      const r = this.afterSlice(state);
      if (r !== null) return r;
      const cpu = m.cpu;
      const pc = cpu.breakpointAddress;
      if (cpu.breakpointHit && this.swBreakpoints.has(pc) && (pc < this.userBase || this.inFocus())) return this.stop(SIGTRAP, 'swbreak:;');
      if (!cpu.breakpointHit) return null; // the slice ended: let the host wait for the clock or input
    } while (m.now < end);
    return null;
  }

  /** Ctrl-C from gdb while running. */
  interrupt(): string {
    return this.stop(SIGINT);
  }

  private afterSlice(state: string): string | null {
    if (isFinalState(this.machine.state) || state === 'exited') return this.finalReply();
    if (this.hwHits) {
      const i = [0, 1, 2, 3].find((k) => this.hwHits & (1 << k))!;
      const s = this.hwSlots[i]!;
      this.hwHits = 0;
      if (s.kind === 'exec') return this.stop(SIGTRAP, 'hwbreak:;');
      const key = { write: 'watch', read: 'rwatch', access: 'awatch' }[s.kind];
      return this.stop(SIGTRAP, `${key}:${s.addr.toString(16)};`);
    }
    return null;
  }

  private finalReply(): string {
    const m = this.machine;
    this.running = false;
    // The bundled kernel writes the program's status to the exit port.
    this.lastStop = m.state === 'exited' ? `W${((m.exitValue ?? 0) & 0xff).toString(16).padStart(2, '0')}` : `X${SIGSEGV.toString(16).padStart(2, '0')}`;
    return this.lastStop;
  }

  private stop(signal: number, extra = ''): string {
    this.running = false;
    this.lastStop = this.stopReply(signal, extra);
    return this.lastStop;
  }

  private stopReply(signal: number, extra: string): string {
    return `T${signal.toString(16).padStart(2, '0')}${extra}thread:${this.currentThread().toString(16)};`;
  }

  /** Hg/Hc: the thread register and memory packets are about (0 and -1: the one on the CPU). */
  private setThread(text: string): string {
    const m = /^([gc])(-1|[0-9a-fA-F]{1,8})$/.exec(text);
    if (!m) return E_INVAL;
    if (m[1] === 'c') return 'OK'; // one CPU: c/s always run the machine
    const tid = m[2] === '-1' ? 0 : parseInt(m[2]!, 16);
    this.gThread = tid === 0 ? null : tid;
    return 'OK';
  }

  /** The user registers of the process selected with Hg when it is not on the CPU: the
   *  trap frame at the top of its kernel stack (kernel/trap.h), read through its page
   *  directory; null for the process on the CPU, the kernel thread, or a frame that
   *  does not look like one from ring 3 (then the CPU's registers are shown). */
  private savedContext(): { regs: number[]; cr3: number } | null {
    const tid = this.gThread;
    if (tid === null || tid === this.processes.running || tid === KERNEL_TID) return null;
    const p = this.processes.get(tid);
    if (!p || p.esp0 === null || p.cr3 === null || p.state === 'zombie') return null;
    const cpu = this.machine.cpu;
    const paging = (cpu.cr0 & CR0_PG) !== 0;
    const words: number[] = [];
    for (let i = 0; i < TRAPFRAME_WORDS; i++) {
      const lin = (p.esp0 - 4 * TRAPFRAME_WORDS + 4 * i) >>> 0;
      const phys = paging ? this.translate(lin, p.cr3) : lin;
      if (phys === null || phys + 3 >= cpu.memSize) return null;
      words.push(cpu.readPhys32(phys) >>> 0);
    }
    const [gs, fs, es, ds, edi, esi, ebp, , ebx, edx, ecx, eax, , , eip, cs, eflags, esp, ss] = words as [
      number, number, number, number, number, number, number, number, number, number, number, number,
      number, number, number, number, number, number, number];
    if ((cs & 3) !== 3) return null;
    // gdb's order: eax ecx edx ebx esp ebp esi edi eip eflags cs ss ds es fs gs.
    return { regs: [eax, ecx, edx, ebx, esp, ebp, esi, edi, eip, eflags, cs & 0xffff, ss & 0xffff, ds & 0xffff, es & 0xffff, fs & 0xffff, gs & 0xffff], cr3: p.cr3 };
  }

  /** Is the process on the CPU one whose user-space breakpoints count? */
  private inFocus(): boolean {
    if (this.focus === null) return true;
    return this.processes.get(this.processes.running)?.name === this.focus;
  }

  // ------------------------------------------------------------------ threads

  /** One thread per process; the pid on the CPU is the current one (the kernel's idle loop is KERNEL_TID). */
  currentThread(): number {
    return this.processes.running > 0 ? this.processes.running : KERNEL_TID;
  }

  threads(): number[] {
    const pids = this.processes.rows().map((r) => r.pid);
    const cur = this.currentThread();
    if (!pids.includes(cur)) pids.push(cur);
    return pids.sort((a, b) => a - b);
  }

  private threadDescription(tid: number): string {
    if (tid === KERNEL_TID) return 'kernel';
    const p = this.processes.get(tid);
    if (!p) return 'unknown';
    const state = p.state === 'sleep' && p.sleepOn ? `sleep(${p.sleepOn})` : p.state === 'zombie' ? `zombie(${p.status})` : p.state;
    return `${p.name} ${state}${tid === this.processes.running ? ' on the CPU' : ''}`;
  }

  private threadAlive(text: string): string {
    const tid = parseHex32(text);
    return tid !== null && this.threads().includes(tid) ? 'OK' : 'E01';
  }

  // ------------------------------------------------------------ target description

  private readFeatures(args: string): string {
    const m = /^([^:]+):([0-9a-fA-F]+),([0-9a-fA-F]+)$/.exec(args);
    if (!m) return E_INVAL;
    if (m[1] !== 'target.xml') return 'E00';
    const off = parseHex32(m[2]!);
    const len = parseHex32(m[3]!);
    if (off === null || len === null) return E_INVAL;
    const chunk = TARGET_XML.slice(off, off + len);
    return (off + len >= TARGET_XML.length ? 'l' : 'm') + chunk;
  }

  // ------------------------------------------------------------------ monitor

  /** `monitor ...` commands; returns the text to print. */
  monitor(line: string): string {
    const [cmd, ...args] = line.trim().split(/\s+/);
    switch (cmd) {
      case 'phys': {
        const addr = parseNumber(args[0]);
        const len = args[1] === undefined ? 16 : parseNumber(args[1]);
        if (addr === null || len === null || len < 1 || len > 4096 || args.length > 2) return 'usage: monitor phys ADDR [LEN]  (LEN at most 4096)\n';
        return hexDump(addr, len, (a) => this.readPhys(a));
      }
      case 'cr3': {
        if (args.length === 0) {
          const cur = (this.machine.cpu.cr3 >>> 0).toString(16).padStart(8, '0');
          return this.viewCr3 === null ? `memory is read through CR3 = 0x${cur} (the CPU's)\n`
            : `memory is read through 0x${this.viewCr3.toString(16).padStart(8, '0')} (the CPU's CR3 is 0x${cur})\n`;
        }
        if (args[0] === 'cpu' || args[0] === 'off') {
          this.viewCr3 = null;
          return 'memory is read through the CPU\'s CR3 again\n';
        }
        const v = parseNumber(args[0]);
        if (v === null || args.length > 1 || (v & 0xfff) !== 0 || v >= this.machine.cpu.memSize) {
          return 'usage: monitor cr3 [ADDR|cpu]  (ADDR: a page directory\'s physical address, page-aligned, in RAM)\n';
        }
        this.viewCr3 = v;
        return `memory is read through the page directory at 0x${v.toString(16).padStart(8, '0')}\n`;
      }
      case 'focus': {
        if (args.length === 1) this.focus = args[0] === 'all' ? null : args[0]!;
        else if (args.length > 1) return 'usage: monitor focus [PROGRAM|all]\n';
        return this.focus === null
          ? 'breakpoints in user space stop every program\n'
          : `breakpoints in user space stop only ${this.focus}\n`;
      }
      case 'ps':
        return this.threads().map((t) => `${t === this.currentThread() ? '>' : ' '} ${t === KERNEL_TID ? 'kernel' : `pid ${t}`}  ${this.threadDescription(t)}\n`).join('');
      case 'help': case undefined: case '':
        return [
          'monitor phys ADDR [LEN]   hex dump of physical memory',
          'monitor cr3 ADDR          read memory through another page directory (cr3 cpu: back to the CPU\'s)',
          'monitor cr3               which page directory memory is read through',
          'monitor ps                the kernel\'s processes (from its trace lines)',
          'monitor focus [PROG|all]  which program\'s processes stop at user-space breakpoints',
          '',
        ].join('\n');
      default:
        return `unknown monitor command "${cmd}" (monitor help lists them)\n`;
    }
  }
}

function reply(text: string): StubAction {
  return { kind: 'reply', text };
}

function parseNumber(text: string | undefined): number | null {
  if (text === undefined) return null;
  const t = text.toLowerCase();
  const v = /^0x[0-9a-f]{1,8}$/.test(t) ? parseInt(t, 16) : /^[0-9]{1,10}$/.test(t) ? Number(t) : NaN;
  return Number.isFinite(v) && v <= 0xffffffff ? v : null;
}

function hexDump(addr: number, len: number, read: (a: number) => number): string {
  let out = '';
  for (let line = 0; line < len; line += 16) {
    const bytes: number[] = [];
    for (let i = line; i < Math.min(len, line + 16); i++) bytes.push(read((addr + i) >>> 0));
    const ascii = bytes.map((b) => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '.')).join('');
    out += `${((addr + line) >>> 0).toString(16).padStart(8, '0')}: ${bytes.map((b) => b.toString(16).padStart(2, '0')).join(' ').padEnd(47)}  ${ascii}\n`;
  }
  return out;
}
