// Runs one program on the bundled kernel in batch mode, in-process: what
// `ringside run` does, as a function for tests and tools.
import { Machine, type MachineState } from '../machine/machine.ts';
import { LineSplitter, parseTraceLine, type TraceEvent } from '../debug/trace.ts';
import { buildBundle, type BundleOptions } from './bundle.ts';
import { loadProgram, type UserProgram } from './program.ts';
import { planRun } from './boot-plan.ts';
import { withTtyEof } from '../machine/tty-eof.ts';

export interface RunProgramOptions {
  args?: string[];
  /** Kernel options before the `--` (e.g. "ring0 nocheck"). */
  kernelOpts?: string;
  /** The kernel's time limit (limit=SECONDS, 0: none); the host stops one virtual second later. */
  limitSeconds?: number;
  /** Typed into COM1 before the machine starts (all of it: the UART holds it
   *  until the guest reads, nothing is dropped). */
  input?: string | Uint8Array;
  /** After the input, the tty's end of file: Ctrl-D, twice if the input does
   *  not end with a newline (what `ringside run` sends at the end of a pipe). */
  eof?: boolean;
  memoryMiB?: number;
  bundle?: BundleOptions;
}

export interface RunOutcome {
  /** 'exited' normally; 'limit' if the host-side limit stopped the machine. */
  state: MachineState | 'limit';
  /** The value the kernel wrote to the exit port (the program's status), or null. */
  status: number | null;
  /** Everything written to COM1. */
  console: string;
  /** The kernel's trace lines (port 0xE9), as written and parsed. */
  traceLines: string[];
  trace: TraceEvent[];
  instructions: number;
  virtualSeconds: number;
}

/** Without a limit (or with 0), a program that never ends is stopped after this much virtual time. */
const DEFAULT_HOST_LIMIT_SECONDS = 60;

/** Builds FILE if needed (or takes a built program) and runs it to the end. */
export function runProgram(program: string | UserProgram, opts: RunProgramOptions = {}): RunOutcome {
  const user = typeof program === 'string' ? loadProgram(program) : program;
  const bundle = buildBundle(opts.bundle);
  const plan = planRun(bundle.programs, {
    name: user.name, elf: user.elf, args: opts.args ?? [], kernelOpts: opts.kernelOpts, limitSeconds: opts.limitSeconds,
    echo: false, // the input is given, not typed: like piped stdin
  });
  const machine = new Machine({ memoryMiB: opts.memoryMiB });
  let consoleText = '';
  machine.onSerialOutput((b) => { consoleText += String.fromCharCode(b); });
  const traceLines: string[] = [];
  const splitter = new LineSplitter((line) => traceLines.push(line));
  machine.onDebugOutput((b) => splitter.push(b));
  machine.boot(bundle.kernel, plan.modules, plan.cmdline);
  const input = typeof opts.input === 'string' ? new TextEncoder().encode(opts.input) : opts.input ?? new Uint8Array(0);
  machine.sendSerialInput(opts.eof ? withTtyEof(input) : input);
  const r = machine.runUntilExit({
    maxVirtualSeconds: opts.limitSeconds ? opts.limitSeconds + 1 : DEFAULT_HOST_LIMIT_SECONDS,
  });
  const trace: TraceEvent[] = [];
  for (const line of traceLines) {
    const e = parseTraceLine(line);
    if (e) trace.push(e);
  }
  return {
    state: r.state, status: r.exitValue, console: consoleText, traceLines, trace,
    instructions: r.instructions, virtualSeconds: r.virtualSeconds,
  };
}
