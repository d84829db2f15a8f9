// The kernel's process table as the trace lines describe it: pid, parent,
// state, program name, address space (CR3) and kernel stack (TSS.esp0), and
// which pid the CPU runs. Built only from events, never from guest memory, so
// it shows what the kernel said it did.
import type { TraceEvent } from './trace.ts';
import type { DebugEvent } from './events.ts';

export type ProcessState = 'run' | 'ready' | 'sleep' | 'zombie';

export interface ProcessRow {
  pid: number;
  /** 0: started by the kernel itself (init), or a parent the trace never named. */
  ppid: number;
  state: ProcessState;
  /** What a sleeping process waits for (read, write, wait, sleep). */
  sleepOn: string | null;
  name: string;
  /** null until a run or switch line says. */
  cr3: number | null;
  esp0: number | null;
  /** A zombie's exit status (0..255, or 128+signal when killed). */
  status: number | null;
}

export class ProcessTable {
  private readonly procs = new Map<number, ProcessRow>();
  /** The pid on the CPU; 0 is the kernel's idle loop (or nothing ran yet). */
  running = 0;

  clear(): void {
    this.procs.clear();
    this.running = 0;
  }

  /** The processes, by pid. */
  rows(): ProcessRow[] {
    return [...this.procs.values()].sort((a, b) => a.pid - b.pid);
  }

  get(pid: number): ProcessRow | undefined {
    return this.procs.get(pid);
  }

  /** Updates the table for one event; other kinds of event are ignored. Returns true if it changed. */
  apply(ev: TraceEvent | DebugEvent): boolean {
    switch (ev.kind) {
      case 'boot':
        this.clear();
        return true;
      case 'fork': {
        const parent = this.procs.get(ev.pid);
        this.procs.set(ev.child, {
          pid: ev.child, ppid: ev.pid, state: 'ready', sleepOn: null, name: parent?.name ?? '?',
          cr3: null, esp0: null, status: null,
        });
        return true;
      }
      case 'run': {
        // execv by the process itself, or the kernel starting it: either way it is on the CPU.
        const p = this.ensure(ev.pid);
        p.name = ev.name;
        if (ev.cr3 !== null) p.cr3 = ev.cr3;
        if (ev.esp0 !== null) p.esp0 = ev.esp0;
        this.setRunning(ev.pid);
        return true;
      }
      case 'switch': {
        const from = this.procs.get(ev.from);
        if (from?.state === 'run') from.state = 'ready';
        const to = ev.to === 0 ? null : this.ensure(ev.to);
        if (to) {
          to.esp0 = ev.esp0;
          to.cr3 = ev.cr3;
        }
        this.setRunning(ev.to);
        return true;
      }
      case 'block': {
        const p = this.ensure(ev.pid);
        p.state = 'sleep';
        p.sleepOn = ev.on;
        return true;
      }
      case 'wake': {
        const p = this.ensure(ev.pid);
        if (p.state === 'sleep') p.state = ev.pid === this.running ? 'run' : 'ready';
        p.sleepOn = null;
        return true;
      }
      case 'exit':
      case 'kill': {
        const p = this.ensure(ev.pid);
        // Nobody waits for a process the kernel started itself: the kernel frees it, no zombie stays.
        if (p.ppid === 0 && !this.hasChildren(ev.pid)) {
          this.procs.delete(ev.pid);
          if (this.running === ev.pid) this.running = 0; // back in the kernel, no switch line follows
        } else {
          p.state = 'zombie';
          p.sleepOn = null;
          p.status = ev.status;
          p.name = ev.name;
        }
        return true;
      }
      case 'reap':
        return this.procs.delete(ev.child);
      case 'reparent': {
        this.ensure(ev.pid).ppid = ev.ppid;
        return true;
      }
      default:
        return false;
    }
  }

  private setRunning(pid: number): void {
    const old = this.procs.get(this.running);
    if (old && old.state === 'run' && this.running !== pid) old.state = 'ready';
    this.running = pid;
    const now = this.procs.get(pid);
    if (now && now.state !== 'zombie') {
      now.state = 'run';
      now.sleepOn = null;
    }
  }

  private hasChildren(pid: number): boolean {
    for (const p of this.procs.values()) if (p.ppid === pid) return true;
    return false;
  }

  /** The row for a pid the trace had not introduced (a kernel that does not trace fork). */
  private ensure(pid: number): ProcessRow {
    let p = this.procs.get(pid);
    if (!p) {
      p = { pid, ppid: 0, state: 'ready', sleepOn: null, name: '?', cr3: null, esp0: null, status: null };
      this.procs.set(pid, p);
    }
    return p;
  }
}
