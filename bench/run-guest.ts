// Boots the bundled kernel with one workload as a module, the way `ringside
// run` does (src/build's planRun: same kernel, same `-- run NAME ARGS` command
// line, so init starts sh, which runs the workload as pid 3), runs it to the
// end and measures the program's window (see measure-window.ts). Of the other
// bundled programs only init and sh are booted: the workload needs no other,
// and the figures should not move when a demo program is added.
import { planRun, SYSTEM_PROGRAMS } from '../src/build/boot-plan.ts';
import { buildBundledPrograms, type BundledProgram } from '../src/build/bundle.ts';
import type { UserProgram } from '../src/build/program.ts';
import { Machine } from '../src/machine/machine.ts';
import { MeasureWindow } from './measure-window.ts';

export class GuestRunError extends Error {
  override name = 'GuestRunError';
}

export interface GuestRun {
  /** Guest instructions from the end of the program's `RS run` line to the end
   *  of its `RS exit` line, less the stretches another process had the CPU. */
  instructions: number;
  /** Host wall-clock seconds over the same window. */
  seconds: number;
  /** Host CPU seconds (user + system) of this process over the window. */
  cpuSeconds: number;
  /** System calls the program made (its `RS syscall` lines in the window). */
  syscalls: number;
  /** Guest instructions of the whole boot, from reset to the exit port. */
  totalInstructions: number;
  pid: number;
  status: number;
  /** What the program printed on COM1. */
  output: string;
}

/** The kernel's time limit for a workload, in virtual seconds: the full
 *  workloads take under 2, so this only stops a guest that never ends. */
export const DEFAULT_LIMIT_SECONDS = 60;

export interface GuestRunOptions {
  /** init and sh (default: the bundled ones, built or taken from the cache). */
  system?: readonly BundledProgram[];
  /** Told when the workload goes on (true) and off (false) the CPU inside its window. */
  onRunning?: (running: boolean) => void;
  /** Run with compiled blocks (the default, unless RINGSIDE_JIT=0) or on the interpreter only. */
  compiled?: boolean;
}

/** The bundled init and sh (SYSTEM_PROGRAMS). */
export function systemPrograms(): BundledProgram[] {
  const { programs, failures } = buildBundledPrograms({}, SYSTEM_PROGRAMS);
  for (const name of SYSTEM_PROGRAMS) {
    if (!programs.some((p) => p.name === name)) {
      const why = failures.find((f) => f.name === name)?.diagnostics[0] ?? 'no such bundled program';
      throw new GuestRunError(`the kernel cannot boot without the bundled ${name}: ${why}`);
    }
  }
  return programs;
}

export function runGuest(
  kernel: Uint8Array, program: UserProgram, args: string[], limitSeconds = DEFAULT_LIMIT_SECONDS, opts: GuestRunOptions = {},
): GuestRun {
  const plan = planRun(opts.system ?? systemPrograms(), { name: program.name, elf: program.elf, args, limitSeconds });
  const machine = new Machine();
  if (opts.compiled !== undefined) machine.cpu.blocks.enabled = opts.compiled;
  const serial: number[] = [];
  machine.onSerialOutput((b) => serial.push(b));
  const window = new MeasureWindow(() => machine.cpu.instructionCount, program.name, opts.onRunning);
  machine.onDebugOutput((b) => window.push(b));
  machine.boot(kernel, plan.modules, plan.cmdline);
  // The kernel kills the program at the limit; the host stops the machine a little later as a safety net.
  const result = machine.runUntilExit({ maxVirtualSeconds: limitSeconds + 1 });
  const output = new TextDecoder().decode(Uint8Array.from(serial));
  const where = `${[program.name, ...args].join(' ')}`;
  if (result.state !== 'exited') {
    throw new GuestRunError(`${where}: the machine stopped without exiting (${result.state}); output:\n${output}`);
  }
  const { measured, pid } = window;
  if (!measured || pid === null || !Number.isInteger(pid)) {
    throw new GuestRunError(`${where}: the kernel's trace has no "RS run" and "RS exit" lines for the program; output:\n${output}`);
  }
  if (!window.endLine?.startsWith('RS exit')) {
    throw new GuestRunError(`${where}: the program was killed: ${window.endLine}; output:\n${output}`);
  }
  const status = result.exitValue ?? -1;
  if (status !== 0) throw new GuestRunError(`${where}: the program exited with status ${status}; output:\n${output}`);
  return {
    instructions: measured.instructions,
    seconds: measured.wallMs / 1000,
    cpuSeconds: measured.cpuMicros / 1e6,
    syscalls: window.syscalls,
    totalInstructions: machine.cpu.instructionCount,
    pid,
    status,
    output,
  };
}
