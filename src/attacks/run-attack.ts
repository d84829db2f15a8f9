// Runs one gallery attack on a fresh boot of the bundled kernel and records
// what happened: how the attack ended, whether the kernel's protected state
// changed, whether kernel bytes reached the console, whether the shell still
// runs a program afterwards, and the free page count before and after.
import { Machine, type MachineState } from '../machine/machine.ts';
import { LineSplitter, parseTraceLine } from '../debug/trace.ts';
import { bundledModules } from '../build/boot-plan.ts';
import type { Bundle } from '../build/bundle.ts';
import { AttackEndTracker, attackCmdline, DEFAULT_LIMIT_SECONDS, INPUT, readConsole, type AttackEnd } from './batch.ts';
import { kernelChanges, snapshotKernel, type KernelSnapshot } from './kernel-state.ts';
import type { KernelLeakScanner } from './leak-scan.ts';
import type { GalleryAttack } from './gallery.ts';

export type { AttackEnd } from './batch.ts';

export interface AttackRun {
  name: string;
  end: AttackEnd;
  /** Protected kernel state that differs after the attack (empty: untouched). */
  kernelChanges: string[];
  /** Kernel bytes found in the attack's console output, as hex, or null. */
  leakedBytes: string | null;
  /** The follow-up `run hello` printed its greeting. */
  shellAlive: boolean;
  freePagesBefore: number | null;
  freePagesAfter: number | null;
  /** The attack's own console output. */
  console: string;
  traceLines: string[];
}

export interface AttackRunOptions {
  /** Kernel options such as "nocheck", "flat", "ring0". */
  kernelOpts?: string;
  /** The kernel's per-program time limit (kills runaway loops); default 0.2 s. */
  limitSeconds?: number;
  /** RAM in MiB (default: the machine's default, 32, as QEMU is run). */
  memoryMiB?: number;
  /** Host-side cap on virtual time for the whole boot, on top of the time limit; default 1 s. */
  maxVirtualSeconds?: number;
}

export class AttackRunError extends Error {
  override name = 'AttackRunError';
}

/** The time limit an attack runs under: its own, else the caller's, else the default. */
export function attackLimit(attack: GalleryAttack, opts: AttackRunOptions): number {
  return attack.limitSeconds ?? opts.limitSeconds ?? DEFAULT_LIMIT_SECONDS;
}

export function runAttack(
  attack: GalleryAttack, bundle: Bundle, scanner: KernelLeakScanner, opts: AttackRunOptions = {},
): AttackRun {
  if (!bundle.programs.some((p) => p.name === 'hello')) throw new AttackRunError('the bundle has no "hello" program to prove the shell alive');
  const limit = attackLimit(attack, opts);
  const cmdline = attackCmdline(attack.name, opts.kernelOpts ?? '', limit);

  const machine = new Machine({ memoryMiB: opts.memoryMiB });
  const consoleBytes: number[] = [];
  machine.onSerialOutput((b) => consoleBytes.push(b));
  const traceLines: string[] = [];
  const tracker = new AttackEndTracker(attack.name);
  let snapshot: KernelSnapshot | null = null;
  let kernelDirectory: number | null = null;
  let changes: string[] | null = null;
  const splitter = new LineSplitter((line) => {
    traceLines.push(line);
    const e = parseTraceLine(line);
    if (!e) return;
    // Paging is on by the boot line, and CR3 is still the kernel's own directory.
    if (e.kind === 'boot') kernelDirectory = machine.cpu.cr3;
    const moment = tracker.push(e);
    // Both moments are seen while the kernel itself runs, so RAM and the CPU's
    // tables are the kernel's: before the program's first instruction, and
    // between the attack's end and the next command.
    if (moment === 'started' && kernelDirectory !== null) snapshot = snapshotKernel(machine, bundle.kernel, kernelDirectory);
    else if (moment === 'ended' && snapshot) changes = kernelChanges(machine, snapshot);
  });
  machine.onDebugOutput((b) => splitter.push(b));
  machine.boot(bundle.kernel, bundledModules(bundle.programs), cmdline);
  machine.sendSerialInput(INPUT);
  const result = machine.runUntilExit({ maxVirtualSeconds: (opts.maxVirtualSeconds ?? 1) + limit });

  // After a triple fault the CPU has been reset: its registers say nothing about the attack.
  if (snapshot && changes === null) changes = kernelChanges(machine, snapshot, result.state !== 'triple-fault');
  const found = readConsole(String.fromCharCode(...consoleBytes));
  const leakAt = scanner.find(Uint8Array.from(found.attackOutput, (c) => c.charCodeAt(0)));
  const leakedBytes = leakAt < 0 ? null
    : Array.from(found.attackOutput.slice(leakAt, leakAt + 16), (c) => c.charCodeAt(0).toString(16).padStart(2, '0')).join(' ');
  return {
    name: attack.name,
    end: tracker.result(describeStop(result.state)),
    kernelChanges: changes ?? [],
    leakedBytes,
    shellAlive: found.shellAlive,
    freePagesBefore: found.freePagesBefore,
    freePagesAfter: found.freePagesAfter,
    console: found.attackOutput,
    traceLines,
  };
}

function describeStop(state: MachineState | 'limit'): string {
  return state === 'triple-fault' ? 'the machine reset (triple fault)'
    : state === 'limit' ? 'the machine hung (host time limit)' : `the machine stopped (${state})`;
}
