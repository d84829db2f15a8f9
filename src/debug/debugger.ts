// Breakpoints and stepping on a Machine. The machine runs at full speed: a
// stop condition (fault, ring switch, any event) ends the slice right after
// the instruction that caused it, and breakpoints are in the CPU's breakpoint
// set, which stops it right before the instruction at one.
// A step is one cpu.run(1): either one instruction, or the delivery of an
// interrupt or exception, which leaves EIP on the handler's first instruction
// (not yet executed), so a breakpoint there is hit.
import type { Machine, MachineState } from '../machine/machine.ts';
import { isFinalState } from '../machine/machine.ts';
import { disassembleOne } from '../isa/disassembler.ts';
import { syncBreakpoints } from '../cpu/breakpoints.ts';
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
  /** What this debugger put in the CPU's breakpoint set. */
  private readonly installed = new Set<number>();

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
    this.machine.cpu.resumeFromBreakpoint(); // a step runs the instruction even at a breakpoint
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
    const cpu = m.cpu;
    syncBreakpoints(cpu.breakpoints, this.installed, tempBreak === null ? this.breakpoints : [...this.breakpoints, tempBreak]);
    // Continuing from a breakpoint executes its instruction.
    cpu.resumeFromBreakpoint();
    // The budget is virtual time, so that idle stretches (HLT) use it up too.
    const end = m.now + budget;
    try {
      while (m.now < end) {
        const state = m.runSlice(end - m.now);
        if (isFinalState(state)) return { kind: 'machine', state };
        const event = this.takeStopEvent();
        if (event) return { kind: 'event', event };
        // Another client's breakpoint: the next slice runs on from it.
        const pc = cpu.breakpointAddress;
        if (cpu.breakpointHit && (pc === tempBreak || this.breakpoints.has(pc))) return { kind: 'breakpoint', address: pc };
      }
      return { kind: 'budget' };
    } finally {
      if (tempBreak !== null) syncBreakpoints(cpu.breakpoints, this.installed, this.breakpoints);
    }
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
