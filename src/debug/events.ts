// The event log: the CPU's rare events (interrupt delivery, ring transitions,
// IRET, CR3 loads, triple faults) merged with the kernel's trace lines
// (syscalls, pointer checks, kills, exits, panics), each stamped with the
// virtual time in instructions, kept in a bounded ring buffer.
import type { CpuHooks } from '../cpu/hooks.ts';
import { vectorName, describePageFaultError, describeSelectorError, VEC_PF } from '../cpu/exceptions.ts';
import { parseTraceLine, LineSplitter, TraceParseError, type TraceEvent } from './trace.ts';
import { describeWaitStatus, signalName } from './signals.ts';

export const SYSCALL_VECTOR = 0x80;

interface Stamp {
  /** Sequence number, counting from 0 since the log was created (survives wraparound). */
  seq: number;
  /** Virtual time in instructions. */
  time: number;
  /** One human-readable line. */
  summary: string;
}

export type CpuEvent =
  | {
      kind: 'interrupt';
      vector: number;
      name: string;
      /** -1 when the vector pushes none. */
      errorCode: number;
      /** The decoded error code ("write, user mode, protection violation"), or null. */
      errorText: string | null;
      eip: number;
      fromCpl: number;
      toCpl: number;
      software: boolean;
      /** 'exception' for CPU exceptions, 'irq' for PIC interrupts, 'software' for INT n. */
      source: 'exception' | 'irq' | 'software';
    }
  | { kind: 'ring'; fromCpl: number; toCpl: number; direction: 'inward' | 'outward'; via: 'interrupt' | 'iret'; eip: number }
  | { kind: 'iret'; fromCpl: number; toCpl: number; eip: number }
  | { kind: 'cr3'; value: number }
  | { kind: 'triple-fault' };

/** One pointer check the kernel made for a syscall. */
export interface PointerCheck {
  addr: number;
  len: number;
  write: boolean;
  ok: boolean;
}

/** A syscall with the pointer checks made for it (the argument block, strings,
 *  buffers): filled in as the kernel's check lines arrive, until the syscall
 *  returns or the program is killed. */
export type SyscallEvent = Extract<TraceEvent, { kind: 'syscall' }> & {
  checks: PointerCheck[];
  /** 'bad' once any check failed, 'ok' if all passed, 'unchecked' if none was made. */
  verdict: 'ok' | 'bad' | 'unchecked';
};

/** A trace event from the kernel, as parsed by trace.ts, or a line that could not be parsed. */
export type KernelEvent =
  | Exclude<TraceEvent, { kind: 'syscall' }>
  | SyscallEvent
  | { kind: 'bad-trace'; error: string; raw: string };

export type DebugEvent = Stamp & (CpuEvent | KernelEvent);
export type EventKind = DebugEvent['kind'];

export interface EventLogOptions {
  /** How many events to keep (oldest dropped first). Default 10,000. */
  capacity?: number;
  /** The current virtual time in instructions. */
  clock: () => number;
  /** Names a non-exception hardware vector ("IRQ 0 (timer)"), or null if it is not an IRQ. */
  irqName?: (vector: number) => string | null;
}

type Distribute<T> = T extends unknown ? Omit<T, never> : never;
type EventBody = Distribute<CpuEvent | KernelEvent>;

export class EventLog {
  readonly capacity: number;
  private readonly buffer: (DebugEvent | undefined)[];
  private start = 0;
  private count = 0;
  private seq = 0;
  private readonly listeners: ((e: DebugEvent) => void)[] = [];
  private readonly splitter = new LineSplitter((line) => this.recordTraceLine(line));
  // Per pid: checks made before the syscall line (the argument block), and the syscall in progress.
  private readonly checksBeforeSyscall = new Map<number, PointerCheck[]>();
  private readonly openSyscalls = new Map<number, SyscallEvent>();

  constructor(private readonly opts: EventLogOptions) {
    this.capacity = opts.capacity ?? 10_000;
    if (!Number.isInteger(this.capacity) || this.capacity < 1) throw new RangeError('event log capacity must be a positive integer');
    this.buffer = new Array(this.capacity);
  }

  /** Events dropped because the buffer was full. */
  get dropped(): number {
    return this.seq - this.count;
  }

  get size(): number {
    return this.count;
  }

  /** The kept events, oldest first, optionally only those of the given kinds. */
  events(kinds?: readonly EventKind[]): DebugEvent[] {
    const out: DebugEvent[] = [];
    for (let i = 0; i < this.count; i++) {
      const e = this.buffer[(this.start + i) % this.capacity]!;
      if (!kinds || kinds.includes(e.kind)) out.push(e);
    }
    return out;
  }

  /** Calls `cb` for every new event; returns a function that unsubscribes. */
  subscribe(cb: (e: DebugEvent) => void): () => void {
    this.listeners.push(cb);
    return () => {
      const i = this.listeners.indexOf(cb);
      if (i >= 0) this.listeners.splice(i, 1);
    };
  }

  clear(): void {
    this.buffer.fill(undefined);
    this.start = 0;
    this.count = 0;
  }

  /** Hooks to install on the CPU (or on Machine.debugHooks). */
  hooks(): CpuHooks {
    return {
      onInterrupt: (vector, errorCode, eip, fromCpl, toCpl, software) => {
        const source = software ? 'software' : vector < 32 ? 'exception' : 'irq';
        const name = this.nameVector(vector, source);
        const errorText = decodeErrorCode(vector, errorCode);
        const err = errorCode >= 0 ? ` error=0x${errorCode.toString(16)}${errorText ? ` (${errorText})` : ''}` : '';
        this.add(
          { kind: 'interrupt', vector, name, errorCode, errorText, eip, fromCpl, toCpl, software, source },
          `${source} 0x${hex2(vector)} ${name}${err} at eip=0x${hex8(eip)}`,
        );
        if (fromCpl !== toCpl) this.addRing(fromCpl, toCpl, 'interrupt', eip);
      },
      onIret: (fromCpl, toCpl, eip) => {
        this.add({ kind: 'iret', fromCpl, toCpl, eip }, `iret to eip=0x${hex8(eip)} (ring ${fromCpl} -> ring ${toCpl})`);
        if (fromCpl !== toCpl) this.addRing(fromCpl, toCpl, 'iret', eip);
      },
      onCr3Load: (value) => this.add({ kind: 'cr3', value }, `cr3 <- 0x${hex8(value)}`),
      onTripleFault: () => this.add({ kind: 'triple-fault' }, 'triple fault: the CPU has been reset'),
    };
  }

  /** Feeds one byte written to the debug console. */
  pushDebugByte(byte: number): void {
    this.splitter.push(byte);
  }

  /** Records one complete trace line; lines that are not trace lines are ignored. */
  recordTraceLine(line: string): void {
    let event: TraceEvent | null;
    try {
      event = parseTraceLine(line);
    } catch (e) {
      if (!(e instanceof TraceParseError)) throw e;
      this.add({ kind: 'bad-trace', error: e.message, raw: line }, `unparsable trace line: ${line}`);
      return;
    }
    if (event) this.addKernelEvent(event);
  }

  private addKernelEvent(event: TraceEvent): void {
    switch (event.kind) {
      case 'check': {
        const check = { addr: event.addr, len: event.len, write: event.write, ok: event.ok };
        const open = this.openSyscalls.get(event.pid);
        if (open) {
          open.checks.push(check);
          open.verdict = open.verdict === 'bad' || !check.ok ? 'bad' : 'ok';
        } else {
          const list = this.checksBeforeSyscall.get(event.pid) ?? [];
          list.push(check);
          this.checksBeforeSyscall.set(event.pid, list);
        }
        break;
      }
      case 'syscall': {
        const checks = this.checksBeforeSyscall.get(event.pid) ?? [];
        this.checksBeforeSyscall.delete(event.pid);
        const verdict = checks.length === 0 ? 'unchecked' : checks.every((c) => c.ok) ? 'ok' : 'bad';
        const sys = this.add({ ...event, checks, verdict }, summarizeTrace(event)) as SyscallEvent;
        this.openSyscalls.set(event.pid, sys);
        return;
      }
      case 'sysret':
      case 'kill':
      case 'exit':
        this.openSyscalls.delete(event.pid);
        this.checksBeforeSyscall.delete(event.pid);
        break;
    }
    this.add(event, summarizeTrace(event));
  }

  private addRing(fromCpl: number, toCpl: number, via: 'interrupt' | 'iret', eip: number): void {
    const direction = toCpl < fromCpl ? 'inward' : 'outward';
    this.add({ kind: 'ring', fromCpl, toCpl, direction, via, eip }, `ring ${fromCpl} -> ring ${toCpl} (${via})`);
  }

  private nameVector(vector: number, source: 'exception' | 'irq' | 'software'): string {
    if (source === 'software' && vector === SYSCALL_VECTOR) return 'syscall';
    if (source === 'irq') return this.opts.irqName?.(vector) ?? vectorName(vector);
    return vectorName(vector);
  }

  private add(body: EventBody, summary: string): DebugEvent {
    const event = { ...body, seq: this.seq++, time: this.opts.clock(), summary } as DebugEvent;
    if (this.count < this.capacity) {
      this.buffer[(this.start + this.count) % this.capacity] = event;
      this.count++;
    } else {
      this.buffer[this.start] = event;
      this.start = (this.start + 1) % this.capacity;
    }
    for (const l of this.listeners) l(event);
    return event;
  }
}

/** Decodes an exception's error code, or null when there is nothing to say. */
export function decodeErrorCode(vector: number, errorCode: number): string | null {
  if (errorCode < 0) return null;
  if (vector === VEC_PF) return describePageFaultError(errorCode);
  if (vector >= 10 && vector <= 13) return describeSelectorError(errorCode);
  return null; // #DF and #AC push 0
}

function summarizeTrace(e: TraceEvent): string {
  switch (e.kind) {
    case 'boot':
      return `kernel booted: ${e.memKib} KiB, ${e.modules} modules${e.opts ? `, options "${e.opts}"` : ''}`;
    case 'run':
      return `pid ${e.pid} runs ${e.name} at 0x${hex8(e.entry)}${e.cr3 !== null ? `  CR3 ${hex8(e.cr3)}` : ''}${e.esp0 !== null ? `  esp0 ${hex8(e.esp0)}` : ''}`;
    case 'fork':
      return `pid ${e.pid} forks pid ${e.child}`;
    case 'switch':
      return `switch ${pidOrIdle(e.from)} -> ${pidOrIdle(e.to)}${e.esp0 !== null ? `  esp0 <- 0x${hex8(e.esp0)}` : ''}${e.cr3 !== null ? `  CR3 <- 0x${hex8(e.cr3)}` : ''}`;
    case 'block':
      return `pid ${e.pid} sleeps on ${e.on}`;
    case 'wake':
      return `pid ${e.pid} wakes up (runnable)`;
    case 'signal':
      return `${signalName(e.sig)} (${e.sig}) to pid ${e.pid} from ${e.from === 0 ? 'the kernel' : `pid ${e.from}`}`;
    case 'reap':
      return `pid ${e.pid} reaps pid ${e.child}: ${describeWaitStatus(e.status)} (status 0x${e.status.toString(16)})`;
    case 'reparent':
      return `pid ${e.pid} orphaned: pid ${e.ppid} adopts it`;
    case 'syscall':
      return `pid ${e.pid} syscall ${e.name}(${e.args.map((a) => `0x${a.toString(16)}`).join(', ')})`;
    case 'check':
      return `pid ${e.pid} pointer check 0x${hex8(e.addr)} len ${e.len} ${e.write ? 'write' : 'read'}: ${e.ok ? 'ok' : 'BAD'}`;
    case 'sysret':
      return `pid ${e.pid} ${e.name} returned ${e.ret}`;
    case 'kill':
      return `pid ${e.pid} ${e.name} killed: ${e.reason}${e.eip !== null ? ` at eip=0x${hex8(e.eip)}` : ''} (status ${e.status})`;
    case 'exit':
      return `pid ${e.pid} ${e.name} exited with status ${e.status}`;
    case 'halt':
      return `kernel powers off with status ${e.status}`;
    case 'panic':
      return `KERNEL PANIC: ${e.reason}${e.eip !== null ? ` at eip=0x${hex8(e.eip)}` : ''}`;
    case 'other':
      return e.raw;
  }
}

/** Anything with the machine's event sources: Machine satisfies it. */
export interface EventSource {
  readonly now: number;
  debugHooks: CpuHooks | null;
  onDebugOutput(cb: (byte: number) => void): void;
  readonly pic: { readonly master: { vectorBase: number }; readonly slave: { vectorBase: number } };
}

const IRQ_NAMES = ['timer', 'keyboard', 'cascade', 'COM2', 'COM1', 'LPT2', 'floppy', 'LPT1',
  'RTC', '', '', '', 'mouse', 'FPU', 'primary ATA', 'secondary ATA'];

/** Creates an event log fed by a machine's CPU hooks and debug console. */
export function attachEventLog(machine: EventSource, capacity?: number): EventLog {
  const log = new EventLog({
    capacity,
    clock: () => machine.now,
    irqName: (vector) => {
      const m = machine.pic.master.vectorBase;
      const s = machine.pic.slave.vectorBase;
      let irq = -1;
      if (vector >= m && vector < m + 8) irq = vector - m;
      else if (vector >= s && vector < s + 8) irq = vector - s + 8;
      if (irq < 0) return null;
      return IRQ_NAMES[irq] ? `IRQ ${irq} (${IRQ_NAMES[irq]})` : `IRQ ${irq}`;
    },
  });
  machine.debugHooks = log.hooks();
  machine.onDebugOutput((b) => log.pushDebugByte(b));
  return log;
}

/** 0 in a switch is the kernel's idle loop, not a process. */
function pidOrIdle(pid: number): string {
  return pid === 0 ? 'idle' : String(pid);
}

function hex8(n: number): string {
  return (n >>> 0).toString(16).padStart(8, '0');
}

function hex2(n: number): string {
  return n.toString(16).padStart(2, '0');
}
