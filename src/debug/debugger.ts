// Breakpoints and stepping on a Machine. Without breakpoints the machine runs
// at full speed and a stop condition (fault, ring switch, any event) ends the
// slice right after the instruction that caused it; with breakpoints it runs
// one instruction at a time so that it stops exactly at one.
// A step is one cpu.run(1): either one instruction, or the delivery of an
// interrupt or exception, which leaves EIP on the handler's first instruction
// (not yet executed), so a breakpoint there is hit.
import type { Machine, MachineState } from '../machine/machine.ts';
import { isFinalState } from '../machine/machine.ts';
import { disassembleOne } from '../isa/disassembler.ts';
import type { DebugEvent, EventLog } from './events.ts';

export type StopReason =
  | { kind: 'step' }
  | { kind: 'breakpoint'; address: number }
  | { kind: 'event'; event: DebugEvent }
  | { kind: 'machine'; state: MachineState }
  | { kind: 'budget' };

const CS = 1;
const MAX_INSTRUCTION_BYTES = 15;

export class Debugger {
  /** Linear addresses of instructions to stop at. */
  readonly breakpoints = new Set<number>();
  /** Stop right after a CPU exception is delivered. */
  breakOnFault = false;
  /** Stop right after the CPL changes (interrupt into ring 0, IRET back to ring 3). */
  breakOnRingSwitch = false;
  /** Any further stop condition on events (e.g. a syscall by name). */
  stopWhen: ((e: DebugEvent) => boolean) | null = null;

  private stopEvent: DebugEvent | null = null;

  constructor(
    readonly machine: Machine,
    readonly log: EventLog,
  ) {
    log.subscribe((e) => {
      if (this.stopEvent !== null || !this.shouldStopOn(e)) return;
      this.stopEvent = e;
      machine.requestStop(); // the slice in progress ends after this instruction
    });
  }

  /** The linear address of the next instruction (CS base + EIP). */
  get pc(): number {
    return (this.machine.cpu.getSegment(CS).base + this.machine.cpu.eip) >>> 0;
  }

  toggleBreakpoint(address: number): boolean {
    const a = address >>> 0;
    if (this.breakpoints.delete(a)) return false;
    this.breakpoints.add(a);
    return true;
  }

  /** Executes one instruction, or delivers one pending interrupt/exception. */
  step(): StopReason {
    this.stopEvent = null;
    const state = this.machine.runSlice(1);
    if (isFinalState(state)) return { kind: 'machine', state };
    const event = this.takeStopEvent();
    return event ? { kind: 'event', event } : { kind: 'step' };
  }

  /** Like step, but a CALL runs until it returns to the next instruction. */
  stepOver(budget: number): StopReason {
    const pc = this.pc;
    const bytes = this.machine.cpu.debugReadLinear(pc, MAX_INSTRUCTION_BYTES) ?? this.machine.cpu.debugReadLinear(pc, 1);
    if (!bytes) return this.step();
    const insn = disassembleOne(bytes, 0, pc);
    if (!/\bcall\b/.test(insn.mnemonic)) return this.step();
    return this.runUntil(budget, (pc + insn.length) >>> 0);
  }

  /** Runs until a breakpoint, a stop condition, the machine's end, or `budget`
   *  instructions of virtual time. */
  continue(budget: number): StopReason {
    return this.runUntil(budget, null);
  }

  private runUntil(budget: number, tempBreak: number | null): StopReason {
    this.stopEvent = null;
    const m = this.machine;
    // Breakpoints need one instruction at a time; events stop a full-speed slice themselves.
    const precise = tempBreak !== null || this.breakpoints.size > 0;
    // The budget is virtual time, so that idle stretches (HLT) use it up too.
    const end = m.now + budget;
    if (!precise) {
      while (m.now < end) {
        const state = m.runSlice(end - m.now);
        if (isFinalState(state)) return { kind: 'machine', state };
        const event = this.takeStopEvent();
        if (event) return { kind: 'event', event };
      }
      return { kind: 'budget' };
    }
    // The first step leaves the current breakpoint, so continuing from one makes progress.
    while (m.now < end) {
      const state = m.runSlice(1);
      if (isFinalState(state)) return { kind: 'machine', state };
      const event = this.takeStopEvent();
      if (event) return { kind: 'event', event };
      const pc = this.pc;
      if (pc === tempBreak || this.breakpoints.has(pc)) return { kind: 'breakpoint', address: pc };
    }
    return { kind: 'budget' };
  }

  private takeStopEvent(): DebugEvent | null {
    const e = this.stopEvent;
    this.stopEvent = null;
    return e;
  }

  private shouldStopOn(e: DebugEvent): boolean {
    if (this.breakOnFault && e.kind === 'interrupt' && e.source === 'exception') return true;
    if (this.breakOnRingSwitch && e.kind === 'ring') return true;
    return this.stopWhen?.(e) ?? false;
  }
}
