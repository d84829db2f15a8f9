// Run state for the debugger: running or paused, stepping, step over, run to
// the next ring switch / syscall / fault, breakpoints and speed. The CPU runs
// in slices inside `runFrame`, which the UI calls once per frame; everything
// here is independent of blessed so tests drive it directly.
import { isFinalState, type MachineState } from '../machine/machine.ts';
import type { DebugEvent } from '../debug/events.ts';
import { disassembleOne } from '../isa/disassembler.ts';
import type { TuiSession } from './session.ts';
import { hex } from './format.ts';
import { syncBreakpoints } from '../cpu/breakpoints.ts';
import type { Cpu } from '../cpu/cpu.ts';
import { NextLine, Finish, StepError, type Stepper } from '../debug/line-step.ts';
import type { CodeFrame } from '../debug/unwind.ts';
import { Watchpoints } from './watchpoints.ts';

export type RunTarget = 'ring' | 'syscall' | 'fault';

/** Guest speeds the +/- keys choose from, in instructions per second (Infinity: as fast as possible). */
export const SPEEDS = [Infinity, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10] as const;

export class BreakpointError extends Error {
  override name = 'BreakpointError';
}

// Instructions per machine slice at full speed: small enough to check the clock often.
const FAST_SLICE = 20_000;
// Instructions per slice while a source-level step checks each one.
const STEPPER_SLICE = 2000;
// How far idle virtual time may lag the wall clock before it stops catching up (ms).
const MAX_IDLE_LAG_MS = 200;

export class RunControl {
  running = false;
  /** Why the machine last stopped, for the status line. */
  message = 'paused';
  readonly breakpoints = new Set<number>();
  speedIndex = 0;
  /** The one-shot target of "run to next ...", while running. */
  target: RunTarget | null = null;
  /** Standing stop conditions (toggled by E and T): every fault, every ring switch. */
  breakOnFault = false;
  breakOnRing = false;

  /** Hardware watchpoints in DR0-DR3. */
  readonly watchpoints: Watchpoints;
  /** A source-level step in progress (next, finish): checked before each instruction. */
  private stepper: Stepper | null = null;
  /** The process the step is in (0: none, the kernel): its exit ends the step. */
  private stepperPid = 0;
  private pendingStop: string | null = null;
  private tempBreak: { eip: number; esp: number; cpl: number } | null = null;
  /** The addresses this control put in the CPU's breakpoint set, and that CPU (a restart makes a new one). */
  private readonly installed = new Set<number>();
  private installedIn: Cpu | null = null;
  private anchorReal = 0;
  private anchorVirtual = 0;
  private budgetCarry = 0;

  constructor(private readonly session: TuiSession) {
    session.log.subscribe((e) => this.onEvent(e));
    this.watchpoints = new Watchpoints(session, (why) => {
      this.pendingStop = why;
      this.stopMachineNow();
    });
  }

  get speed(): number {
    return SPEEDS[this.speedIndex]!;
  }

  get machineState(): MachineState {
    return this.session.machine.state;
  }

  /** Starts running (c / F5). */
  continue(target: RunTarget | null = null): void {
    if (this.finished()) return;
    this.target = target;
    this.running = true;
    this.pendingStop = null;
    this.session.machine.cpu.resumeFromBreakpoint(); // continuing from a breakpoint runs its instruction
    this.anchorReal = performance.now();
    this.anchorVirtual = this.session.machine.virtualSeconds;
    this.budgetCarry = 0;
    this.message = target ? `running to the next ${target === 'ring' ? 'ring switch' : target}` : 'running';
  }

  pause(reason = 'paused'): void {
    this.running = false;
    this.target = null;
    this.tempBreak = null;
    this.stepper = null;
    this.message = reason;
  }

  toggleRun(): void {
    if (this.running) this.pause();
    else this.continue();
  }

  /** Executes one instruction (or, with the CPU halted, waits for the next interrupt). */
  step(): void {
    if (this.finished()) return;
    this.running = false;
    this.target = null;
    const m = this.session.machine;
    const before = m.cpu.instructionCount;
    m.cpu.resumeFromBreakpoint(); // a step executes the instruction even where a breakpoint is
    this.pendingStop = null;
    const state = m.runSlice(1);
    if (this.pendingStop !== null) {
      this.message = this.pendingStop;
      this.pendingStop = null;
      this.noteFinal(state);
      return;
    }
    this.message = m.cpu.instructionCount > before ? `stepped to 0x${hex(m.cpu.eip)}` : state === 'halted-idle' ? 'CPU halted: waited for the next interrupt' : 'stepped';
    this.noteFinal(state);
  }

  /** Steps over a CALL or INT: runs until the next instruction is reached with the stack unwound. */
  stepOver(): void {
    if (this.finished()) return;
    const cpu = this.session.machine.cpu;
    const eip = cpu.eip >>> 0;
    const bytes = cpu.debugReadLinear((cpu.segBase[1]! + eip) >>> 0, 16);
    const insn = bytes ? disassembleOne(bytes, 0, eip) : null;
    if (!insn || !/^(call|int|into|rep|repz|repnz|repe|repne)\b/.test(insn.mnemonic) || insn.mnemonic === 'int3') {
      this.step();
      return;
    }
    this.tempBreak = { eip: (eip + insn.length) >>> 0, esp: cpu.regs[4]! >>> 0, cpl: cpu.cpl };
    this.continue();
    this.message = `stepping over ${insn.mnemonic} to 0x${hex(this.tempBreak.eip)}`;
  }

  /** Source-level next: runs until the next line of this function (stepping over calls), or the caller's.
   *  With `into` (step), a call into C code stops at the callee's first line. */
  next(into = false): void {
    if (this.finished()) return;
    this.startStepper(() => new NextLine(this.session.machine.cpu, this.session.debug, into), `${into ? 'step' : 'next'}: running to the next source line`);
  }

  /** Runs until `frame` (the selected one; it may be below a trap frame) returns to its caller. */
  finish(frame: CodeFrame): void {
    if (this.finished()) return;
    this.startStepper(() => new Finish(this.session.machine.cpu, frame), `finish: running until ${frame.name} returns`);
  }

  private startStepper(make: () => Stepper, message: string): void {
    let stepper: Stepper;
    try {
      stepper = make();
    } catch (e) {
      if (!(e instanceof StepError)) throw e;
      this.pause(e.message);
      return;
    }
    this.continue();
    this.stepper = stepper;
    this.stepperPid = this.session.processes.running;
    this.message = message;
  }

  /** Adds a breakpoint at an address ("0x40000010", "40000010h") or a symbol ("main", "hello:main"); returns its address. */
  addBreakpoint(spec: string): number {
    const addr = this.parseLocation(spec.trim());
    this.breakpoints.add(addr);
    return addr;
  }

  /** Toggles a breakpoint; returns true if it is now set. */
  toggleBreakpoint(addr: number): boolean {
    const a = addr >>> 0;
    if (this.breakpoints.delete(a)) return false;
    this.breakpoints.add(a);
    return true;
  }

  parseLocation(spec: string): number {
    return this.locate(spec).addr;
  }

  /** An address or symbol as an address, with a note saying which program's symbol
   *  it is when that was a choice (no user program runs: the last one run, or the only one). */
  locate(spec: string): { addr: number; note: string | null } {
    if (spec === '') throw new BreakpointError('give an address (0x...) or a symbol name');
    const m = /^(?:0x([0-9a-f]+)|([0-9a-f]+)h)$/i.exec(spec);
    if (m) {
      const v = parseInt(m[1] ?? m[2]!, 16);
      if (v > 0xffffffff) throw new BreakpointError(`address ${spec} does not fit in 32 bits`);
      return { addr: v >>> 0, note: null };
    }
    if (/^\d+$/.test(spec)) return { addr: Number(spec) >>> 0, note: null };
    // A bare name is looked up in the user's programs, not in init's or sh's
    // (the shell runs whenever the prompt shows): "sh:main" names those.
    const found = this.session.symbols.locate(spec, this.session.runningUserProgram, this.session.lastUserProgram);
    if (found.addr === null) {
      const p = found.programs;
      if (p.length > 1) throw new BreakpointError(`no program runs and ${p.length} have "${spec}": say which, e.g. ${p[0]}:${spec}`);
      throw new BreakpointError(`no symbol named "${spec}" in the kernel or the running program`);
    }
    const why = found.guess === 'last' ? 'the last one run; none runs now' : found.guess === 'only' ? 'the only program with it' : null;
    return { addr: found.addr >>> 0, note: why ? `${found.program}:${spec}, ${why}` : null };
  }

  faster(): void {
    if (this.speedIndex > 0) this.speedIndex--;
  }

  slower(): void {
    if (this.speedIndex < SPEEDS.length - 1) this.speedIndex++;
  }

  /** Reboots the machine; breakpoints and speed stay. */
  restart(): void {
    this.watchpoints.clear();
    this.session.boot();
    this.pause('restarted: paused at the kernel entry');
  }

  /** Runs the guest for up to `ms` of wall time (once per frame). Returns instructions executed. */
  runFrame(ms: number): number {
    if (!this.running) return 0;
    const m = this.session.machine;
    const start = m.cpu.instructionCount;
    const deadline = performance.now() + ms;
    // At a limited speed, the frame's share of instructions (fractions carried over).
    let budget = Infinity;
    if (this.speed !== Infinity) {
      this.budgetCarry += (this.speed * ms) / 1000;
      budget = Math.floor(this.budgetCarry);
      this.budgetCarry -= budget;
    }
    // Breakpoints live in the CPU's set: the slices run at full speed (blocks
    // end before them) and stop exactly before one. Only a source-level step
    // (next, finish) looks at every instruction.
    this.installBreakpoints();
    while (this.running && budget > 0 && performance.now() < deadline) {
      const before = m.cpu.instructionCount;
      const state = this.stepper !== null ? this.runStepper(Math.min(budget, STEPPER_SLICE)) : m.runSlice(Math.min(budget, FAST_SLICE));
      budget -= Math.max(1, m.cpu.instructionCount - before);
      if (m.cpu.breakpointHit) this.atBreakpoint(m.cpu.breakpointAddress);
      if (this.pendingStop !== null) {
        this.pause(this.pendingStop);
        break;
      }
      if (this.noteFinal(state)) break;
      if (state === 'halted-idle' && this.idleAhead()) break;
    }
    return m.cpu.instructionCount - start;
  }

  /** Makes the CPU's breakpoint set hold this control's breakpoints and the step-over target. */
  private installBreakpoints(): void {
    const cpu = this.session.machine.cpu;
    if (this.installedIn !== cpu) {
      this.installed.clear(); // a new machine (restart): nothing of ours is in its set
      this.installedIn = cpu;
    }
    const wanted = [...this.breakpoints];
    if (this.tempBreak !== null) wanted.push(this.tempBreak.eip);
    syncBreakpoints(cpu.breakpoints, this.installed, wanted);
  }

  /** The CPU stopped before the instruction at `addr`: a stop, unless it is the step-over
   *  target reached deeper in a recursion (the next slice then runs on from it). */
  private atBreakpoint(addr: number): void {
    const cpu = this.session.machine.cpu;
    if (this.breakpoints.has(addr)) {
      this.pendingStop = `breakpoint at 0x${hex(addr)}${this.describe(addr)}`;
      this.tempBreak = null;
      return;
    }
    const t = this.tempBreak;
    if (t && addr === t.eip && cpu.cpl === t.cpl && cpu.regs[4]! >>> 0 >= t.esp) {
      this.pendingStop = `stepped over to 0x${hex(addr)}${this.describe(addr)}`;
      this.tempBreak = null;
    }
  }

  /** A source-level step: asks the stepper before each instruction whether to stop
   *  there. Breakpoints still stop the CPU (runFrame sees the hit). */
  private runStepper(count: number): MachineState {
    const m = this.session.machine;
    const cpu = m.cpu;
    let state: MachineState = m.state;
    for (let i = 0; i < count; i++) {
      const stepper = this.stepper;
      if (stepper === null) return state;
      const why = stepper.check(cpu);
      if (why !== null) {
        this.pendingStop = why;
        this.stepper = null;
        return state;
      }
      state = m.runSlice(1);
      if (cpu.breakpointHit || this.pendingStop !== null || state !== 'running') return state;
    }
    return state;
  }

  private describe(eip: number): string {
    const s = this.session.symbols.format(eip);
    return s ? ` <${s}>` : '';
  }

  /** True when idle virtual time has got ahead of the wall clock (wait for the next frame). */
  private idleAhead(): boolean {
    const real = performance.now() - this.anchorReal;
    const virt = (this.session.machine.virtualSeconds - this.anchorVirtual) * 1000;
    if (real - virt > MAX_IDLE_LAG_MS) this.anchorVirtual -= (real - virt - MAX_IDLE_LAG_MS) / 1000;
    return virt > real;
  }

  private finished(): boolean {
    if (!isFinalState(this.session.machine.state)) return false;
    this.noteFinal(this.session.machine.state);
    return true;
  }

  /** Stops on a final machine state; returns true if it was one. */
  private noteFinal(state: MachineState): boolean {
    if (!isFinalState(state)) return false;
    const m = this.session.machine;
    const why =
      state === 'exited' ? `the machine powered off (exit value ${m.exitValue})`
        : state === 'triple-fault' ? 'triple fault: the CPU reset itself'
          : 'halted with interrupts off: the machine can never wake';
    this.pause(`${why}; R restarts`);
    return true;
  }

  private onEvent(e: DebugEvent): void {
    if (!this.running) return;
    let reason: string | null = null;
    if (e.kind === 'panic') reason = `kernel panic: ${e.reason}`;
    else if (this.stepper && this.stepperPid !== 0 && (e.kind === 'exit' || e.kind === 'kill') && e.pid === this.stepperPid) {
      reason = `${e.name} ${e.kind === 'exit' ? `exited with status ${e.status}` : `was killed: ${e.reason}`} during ${this.stepper.kind}`;
    } else if ((this.target === 'ring' || this.breakOnRing) && e.kind === 'ring') reason = `ring switch: ring ${e.fromCpl} -> ring ${e.toCpl} (${e.via})`;
    else if (this.target === 'syscall' && e.kind === 'interrupt' && e.source === 'software' && e.vector === 0x80) reason = 'syscall: int 0x80 entered the kernel';
    else if ((this.target === 'fault' || this.breakOnFault) && e.kind === 'interrupt' && e.source === 'exception') reason = `fault: ${e.name}${e.errorText ? ` (${e.errorText})` : ''}`;
    if (reason === null) return;
    this.pendingStop = reason;
    this.stopMachineNow();
  }

  // The event arrives in the middle of machine.runSlice: make it return after the
  // current instruction. requestStop ends cpu.run; a non-running state ends
  // runSlice's loop (runSlice sets it back to 'running' on the next call).
  // Machine has no pause request of its own (asked for in the TUI report).
  private stopMachineNow(): void {
    const m = this.session.machine;
    m.cpu.requestStop();
    if (m.state === 'running') m.state = 'halted-idle';
  }
}
