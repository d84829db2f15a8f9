// The PC: CPU, RAM, port bus, PIC, PIT, COM1, debug console and exit port,
// and the loop that runs the CPU in slices between timer events.
import { Cpu } from '../cpu/cpu.ts';
import type { CpuHooks } from '../cpu/hooks.ts';
import { Ram, DEFAULT_MEMORY_MIB } from './memory.ts';
import { PortBus } from './io-bus.ts';
import { DualPic } from './pic.ts';
import { Pit, INSTRUCTIONS_PER_SECOND } from './pit.ts';
import { Uart16550, COM1_IRQ } from './uart.ts';
import { DebugConsole } from './debugcon.ts';
import { ExitPort } from './exit-port.ts';
import { multibootLoad, type BootModule, type MultibootResult } from './multiboot.ts';

export type MachineState = 'running' | 'halted-idle' | 'exited' | 'triple-fault' | 'halted-forever';

export interface MachineOptions {
  /** RAM size in MiB (default 32). */
  memoryMiB?: number;
}

export interface RunLimits {
  /** Stop after this many executed instructions. */
  maxInstructions?: number;
  /** Stop after this much virtual time (idle time skipped by HLT included). */
  maxVirtualSeconds?: number;
}

export interface RunResult {
  /** The machine's state, or 'limit' when a limit stopped a running machine. */
  state: MachineState | 'limit';
  exitValue: number | null;
  instructions: number;
  virtualSeconds: number;
}

export interface InteractiveOptions {
  /** Resolves the run early (the machine stays usable). */
  signal?: AbortSignal;
  /** Instructions per slice between event-loop turns. */
  sliceInstructions?: number;
  /** Asked whenever the guest goes idle: true while input may still come from
   *  outside (a terminal, an open pipe). Then idle time is kept to the wall
   *  clock and the host sleeps until input or the next event; otherwise idle
   *  time is skipped at once, as in a batch run. Default: always true. */
  paceIdle?: () => boolean;
  /** Stop with 'limit' after this much virtual time, not counting time the
   *  guest spent idle while paceIdle said input may still come (waiting for a
   *  person is not running). */
  maxActiveSeconds?: number;
  /** Called after every slice (e.g. to flush output). */
  afterSlice?: () => void;
}

/** States after which the machine does not run again. */
export function isFinalState(state: MachineState): boolean {
  return state === 'exited' || state === 'triple-fault' || state === 'halted-forever';
}

const EFLAGS_IF = 0x200;
// The CPU runs up to the next timer event; this only bounds one cpu.run call.
const MAX_CHUNK = 5_000_000;
const DEFAULT_SLICE = 2_000_000;
const IDLE_QUANTUM = INSTRUCTIONS_PER_SECOND / 100;

export class Machine {
  readonly ram: Ram;
  readonly ports = new PortBus();
  readonly pic = new DualPic();
  readonly pit: Pit;
  readonly uart: Uart16550;
  readonly cpu: Cpu;
  /** The value written to the exit port, once the guest has written it. */
  exitValue: number | null = null;
  state: MachineState = 'running';
  /** Told about the CPU's rare events (the debugger's event log). */
  debugHooks: CpuHooks | null = null;

  private booted = false;
  private stopRequested = false;
  private idleInstructions = 0; // virtual time skipped while halted with IF=1
  private readonly serialListeners: ((byte: number) => void)[] = [];
  private readonly debugListeners: ((byte: number) => void)[] = [];
  private inputWaiter: (() => void) | null = null;

  constructor(opts: MachineOptions = {}) {
    this.ram = new Ram(opts.memoryMiB ?? DEFAULT_MEMORY_MIB);
    this.pit = new Pit(() => this.pic.pulseIrq(0), () => this.now);
    this.uart = new Uart16550(
      (b) => this.emit(this.serialListeners, b),
      (level) => {
        this.pic.setIrq(COM1_IRQ, level);
        this.cpu.breakLoop = true;
      },
      () => this.now,
    );
    this.pic.attach(this.ports);
    this.pit.attach(this.ports);
    this.uart.attach(this.ports);
    new DebugConsole((b) => this.emit(this.debugListeners, b)).attach(this.ports);
    new ExitPort((v) => this.exit(v)).attach(this.ports);
    this.cpu = new Cpu(this.ram, this.ports, this.pic);
    this.cpu.hooks = this.cpuHooks();
    // The CPU checks for interrupts only between inner-loop runs: make it look
    // again whenever the guest changes what the PIC would deliver.
    this.pic.onProgrammed = () => {
      this.cpu.breakLoop = true;
    };
    // A new timer count may bring the next event before the end of the running chunk.
    this.pit.onReload = () => this.cpu.requestStop();
    // Likewise a character timeout the UART has just started timing.
    this.uart.onEventScheduled = () => this.cpu.requestStop();
    this.pit.reset();
  }

  /** Virtual time in instructions: executed instructions plus skipped idle time. */
  get now(): number {
    return this.cpu.instructionCount + this.idleInstructions;
  }

  get virtualSeconds(): number {
    return this.now / INSTRUCTIONS_PER_SECOND;
  }

  /** Loads a multiboot kernel and its modules and points the CPU at the kernel's entry. */
  boot(kernel: Uint8Array, modules: BootModule[], cmdline: string): MultibootResult {
    this.cpu.reset();
    if (this.booted) this.ram.clear(); // a new Ram is already zero
    this.booted = true;
    this.pic.reset();
    this.uart.reset();
    this.exitValue = null;
    this.state = 'halted-forever'; // until the load succeeds: a half-loaded machine must not run
    const result = multibootLoad(this.ram, this.cpu, kernel, modules, cmdline);
    this.state = 'running';
    this.pit.reset();
    return result;
  }

  /** Calls `cb` with every byte the guest sends on COM1; returns a function that unsubscribes. */
  onSerialOutput(cb: (byte: number) => void): () => void {
    return subscribe(this.serialListeners, cb);
  }

  /** Calls `cb` with every byte written to the debug console 0xE9; returns a function that unsubscribes. */
  onDebugOutput(cb: (byte: number) => void): () => void {
    return subscribe(this.debugListeners, cb);
  }

  /** Bytes typed into COM1. */
  sendSerialInput(bytes: Iterable<number> | string): void {
    this.uart.receive(typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes);
    const wake = this.inputWaiter;
    this.inputWaiter = null;
    wake?.();
  }

  /** Makes the runSlice in progress return after the current instruction (for
   *  a debugger reacting to an event from a hook or a device). Harmless outside runSlice. */
  requestStop(): void {
    this.stopRequested = true;
    this.cpu.requestStop();
  }

  /** Runs up to `budget` instructions, stopping early when the machine ends,
   *  goes idle (HLT with IF=1: virtual time then jumps to the next timer event)
   *  or is asked to stop, or the CPU reached a host breakpoint (cpu.breakpointHit). */
  runSlice(budget: number): MachineState {
    if (isFinalState(this.state)) return this.state;
    const cpu = this.cpu;
    let remaining = budget;
    this.state = 'running';
    this.stopRequested = false;
    while (remaining > 0) {
      const now = this.now;
      let next = this.nextDeviceEvent();
      if (next <= now) {
        // Due already (a device event the last chunk ran past): signal it first.
        this.advanceDevices(now);
        next = Math.max(this.nextDeviceEvent(), now + 1);
      }
      if (cpu.halted) {
        if (!(cpu.getEflags() & EFLAGS_IF)) return (this.state = 'halted-forever');
        if (!this.pic.intr) {
          // Skip to the next timer event; with the timer stopped, by a fixed quantum
          // (only input from the host can wake the machine then).
          const wake = next === Infinity ? now + IDLE_QUANTUM : next;
          this.idleInstructions += wake - now;
          this.advanceDevices(wake);
          return (this.state = 'halted-idle');
        }
      }
      const ran = cpu.run(Math.min(remaining, next - now, MAX_CHUNK));
      this.advanceDevices(this.now);
      if (this.state !== 'running') return this.state; // exit port or triple fault
      if (this.stopRequested || cpu.breakpointHit) return this.state;
      remaining -= ran;
      if (ran === 0 && !cpu.halted) return this.state; // the CPU refused to run: do not spin
    }
    return this.state;
  }

  /** Runs until the machine ends or a limit is reached (batch use, tests). */
  runUntilExit(limits: RunLimits = {}): RunResult {
    const maxInstructions = limits.maxInstructions ?? Infinity;
    const maxVirtual = (limits.maxVirtualSeconds ?? Infinity) * INSTRUCTIONS_PER_SECOND;
    const startExecuted = this.cpu.instructionCount;
    const startVirtual = this.now;
    let state: MachineState = this.state;
    for (;;) {
      const executed = this.cpu.instructionCount - startExecuted;
      const elapsed = this.now - startVirtual;
      if (executed >= maxInstructions || elapsed >= maxVirtual) return this.result('limit', executed);
      const budget = Math.min(DEFAULT_SLICE, maxInstructions - executed, Math.ceil(maxVirtual - elapsed));
      state = this.runSlice(budget);
      if (isFinalState(state)) return this.result(state, this.cpu.instructionCount - startExecuted);
    }
  }

  /** Runs in slices, yielding to the event loop between them so that input and
   *  timers on the host keep working. While the guest is idle and input may
   *  still come, it waits in real time (or until serial input arrives) instead
   *  of spinning. */
  async runInteractive(opts: InteractiveOptions = {}): Promise<MachineState | 'limit'> {
    const slice = opts.sliceInstructions ?? DEFAULT_SLICE;
    const maxActive = (opts.maxActiveSeconds ?? Infinity) * INSTRUCTIONS_PER_SECOND;
    const startReal = performance.now();
    const startVirtual = this.now;
    let waited = 0; // idle virtual time spent waiting for input: not active time
    while (!opts.signal?.aborted) {
      const active = this.now - startVirtual - waited;
      if (active >= maxActive) return 'limit';
      const pace = opts.paceIdle?.() ?? true;
      const idleBefore = this.idleInstructions;
      const state = this.runSlice(Math.min(slice, Math.ceil(maxActive - active)));
      if (pace) waited += this.idleInstructions - idleBefore;
      opts.afterSlice?.();
      if (isFinalState(state)) return state;
      if (state === 'halted-idle' && pace) {
        // Keep idle virtual time from running ahead of the wall clock.
        const aheadMs = (this.now - startVirtual) / (INSTRUCTIONS_PER_SECOND / 1000) - (performance.now() - startReal);
        if (aheadMs > 1) await this.waitForInput(Math.min(aheadMs, 100), opts.signal);
        else await yieldToEventLoop();
      } else {
        await yieldToEventLoop();
      }
    }
    return this.state;
  }

  /** Input bytes the guest has not read yet (the UART's host queue and FIFO). */
  serialInputBacklog(): number {
    return this.uart.rxQueued;
  }

  private waitForInput(ms: number, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', done);
        if (this.inputWaiter === done) this.inputWaiter = null;
        resolve();
      };
      const timer = setTimeout(done, ms);
      signal?.addEventListener('abort', done);
      this.inputWaiter = done;
    });
  }

  /** Virtual time of the next timer tick or character timeout. */
  private nextDeviceEvent(): number {
    return Math.min(this.pit.nextEventAt(), this.uart.nextEventAt());
  }

  /** Brings the timed devices to `now`: timer ticks and character timeouts that are due. */
  private advanceDevices(now: number): void {
    this.pit.advanceTo(now);
    this.uart.advanceTo(now);
  }

  private exit(value: number): void {
    if (this.exitValue !== null) return;
    this.exitValue = value;
    this.state = 'exited';
    this.cpu.requestStop(); // nothing after the exit write runs
  }

  // Output written after the machine ended (the CPU finishes its chunk) is dropped.
  private emit(listeners: ((byte: number) => void)[], byte: number): void {
    if (this.state === 'exited' || this.state === 'triple-fault') return;
    for (const l of listeners) l(byte);
  }

  private cpuHooks(): CpuHooks {
    return {
      onInterrupt: (vector, errorCode, eip, fromCpl, toCpl, software) =>
        this.debugHooks?.onInterrupt?.(vector, errorCode, eip, fromCpl, toCpl, software),
      onIret: (fromCpl, toCpl, eip) => this.debugHooks?.onIret?.(fromCpl, toCpl, eip),
      onCr3Load: (value) => this.debugHooks?.onCr3Load?.(value),
      onTripleFault: () => {
        if (this.state !== 'exited') this.state = 'triple-fault';
        this.debugHooks?.onTripleFault?.();
      },
    };
  }

  private result(state: MachineState | 'limit', instructions: number): RunResult {
    return { state, exitValue: this.exitValue, instructions, virtualSeconds: this.virtualSeconds };
  }
}

function subscribe<T>(list: T[], item: T): () => void {
  list.push(item);
  return () => {
    const i = list.indexOf(item);
    if (i >= 0) list.splice(i, 1);
  };
}

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
