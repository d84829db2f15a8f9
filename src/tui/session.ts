// One debugging session: the bundled kernel and programs (plus the user's),
// the Machine running them, its event log, the console terminal, and the
// symbol tables. Views read it; the run controller drives it.
import { Machine } from '../machine/machine.ts';
import type { BootModule } from '../machine/multiboot.ts';
import { attachEventLog, type DebugEvent, type EventLog } from '../debug/events.ts';
import { ProcessTable } from '../debug/process-table.ts';
import { buildBundle, programName, PROJECT_ROOT, type Bundle } from '../build/bundle.ts';
import { bundledModules, SYSTEM_PROGRAMS } from '../build/boot-plan.ts';
import { loadProgram } from '../build/program.ts';
import { GuestTerminal } from './guest-terminal.ts';
import { CodeSymbols } from './inspect/code-symbols.ts';
import { DebugImages, bundledSources } from './debug-images.ts';
import { EventHistory } from './views/event-filter.ts';

export interface SessionOptions {
  /** User programs (C, assembly or ELF files) added to the bundled ones. */
  files?: string[];
  /** The kernel command line (default: none, an interactive shell). */
  cmdline?: string;
  memoryMiB?: number;
  /** A prebuilt bundle (tests pass one to skip the disk cache lookup). */
  bundle?: Bundle;
  /** Called for each bundled program that does not build. */
  warn?: (message: string) => void;
}

export class TuiSession {
  readonly machine: Machine;
  readonly log: EventLog;
  readonly terminal = new GuestTerminal();
  readonly symbols: CodeSymbols;
  /** DWARF of the kernel and the programs, for the C panels and source-level stepping. */
  readonly debug: DebugImages;
  readonly kernel: Uint8Array;
  readonly modules: BootModule[];
  readonly cmdline: string;
  /** CR2 at the moment each exception event was recorded (by event seq). */
  readonly faultAddresses = new Map<number, number>();
  /** The events classified for the event view (IRQ traffic kept apart). */
  readonly history = new EventHistory();
  /** The processes, from the kernel's trace lines. */
  readonly processes = new ProcessTable();
  /** The program on the CPU (init and sh included), while it runs. */
  runningProgram: string | null = null;
  /** The last program started that is not init or sh: the user's, whose
   *  symbols `b main` means when no user program runs. */
  lastUserProgram: string | null = null;
  /** Times the machine was booted (restart counts). */
  boots = 0;

  constructor(opts: SessionOptions = {}) {
    const bundle = opts.bundle ?? buildBundle();
    for (const f of bundle.failures) opts.warn?.(`bundled program ${f.source} does not build, left out: ${f.diagnostics[0] ?? ''}`);
    const own = (opts.files ?? []).map((file) => loadProgram(file));
    const elves = new Map<string, Uint8Array>();
    this.modules = bundledModules(bundle.programs).filter((m) => !own.some((o) => o.name === m.string));
    for (const m of this.modules) elves.set(m.string, m.data);
    for (const o of own) {
      this.modules.push({ data: o.elf, string: o.name });
      elves.set(o.name, o.elf);
    }
    this.kernel = bundle.kernel;
    this.cmdline = opts.cmdline ?? '';
    this.symbols = CodeSymbols.fromKernel(bundle.kernel, elves, PROJECT_ROOT);
    const sources = bundledSources(bundle.programs, PROJECT_ROOT);
    for (const f of opts.files ?? []) {
      const o = own.find((p) => p.name === programName(f));
      // As loadProgram built it: the path as given (from this process's directory), no include paths.
      if (o && /\.(c|s|asm)$/i.test(f)) sources.set(o.name, { files: [f], includePaths: [] });
    }
    this.debug = new DebugImages(bundle.kernel, elves, sources);
    this.machine = new Machine({ memoryMiB: opts.memoryMiB });
    this.log = attachEventLog(this.machine);
    this.log.subscribe((e) => this.track(e));
    this.machine.onSerialOutput((b) => this.terminal.write(b));
    this.boot();
  }

  /** Boots (or reboots) the kernel with the modules: RAM, CPU and devices start over. */
  boot(): void {
    this.terminal.clear();
    this.log.clear();
    this.history.clear();
    this.processes.clear();
    this.faultAddresses.clear();
    this.runningProgram = null;
    this.lastUserProgram = null;
    this.symbols.currentProgram = null;
    this.debug.currentProgram = null;
    this.machine.boot(this.kernel, this.modules, this.cmdline);
    this.boots++;
  }

  /** init and sh: programs of the system, not the user's. */
  static isSystemProgram(name: string): boolean {
    return SYSTEM_PROGRAMS.includes(name);
  }

  /** The user's program on the CPU: the running program unless it is init or sh. */
  get runningUserProgram(): string | null {
    const p = this.runningProgram;
    return p !== null && !TuiSession.isSystemProgram(p) ? p : null;
  }

  /** Keys typed on the console go to COM1. */
  type(text: string | number[]): void {
    this.machine.sendSerialInput(text);
  }

  private track(e: DebugEvent): void {
    this.history.add(e);
    this.processes.apply(e);
    switch (e.kind) {
      case 'run':
        this.runningProgram = e.name;
        this.symbols.currentProgram = e.name;
        this.debug.currentProgram = e.name;
        if (!TuiSession.isSystemProgram(e.name)) this.lastUserProgram = e.name;
        break;
      case 'switch': {
        // The user window now holds the switched-to process's program: name its code with its symbols.
        const name = e.to === 0 ? null : (this.processes.get(e.to)?.name ?? null);
        this.runningProgram = name;
        if (name) this.symbols.currentProgram = name;
        if (name) this.debug.currentProgram = name;
        break;
      }
      case 'exit':
      case 'kill':
        this.runningProgram = null;
        // Keep the program's symbols: its code stays on screen until the next run.
        break;
      case 'interrupt':
        if (e.source === 'exception') {
          this.faultAddresses.set(e.seq, this.machine.cpu.cr2 >>> 0);
          if (this.faultAddresses.size > 4096) this.faultAddresses.delete(this.faultAddresses.keys().next().value!);
        }
        break;
    }
  }
}
