// Runs one gallery attack on a fresh boot of the bundled kernel and records
// what happened: how the attack ended, whether the kernel's protected state
// changed, whether kernel bytes reached the console, whether the shell still
// runs a program afterwards, and the free page count before and after.
//
// The batch is `mem; run ATTACK; run hello; mem`, with `echo` markers between
// the parts so the console can be cut into sections. A line of input waits on
// COM1 for attacks that call read().
import { Machine } from '../machine/machine.ts';
import { LineSplitter, parseTraceLine, type TraceEvent } from '../debug/trace.ts';
import { bundledModules } from '../build/boot-plan.ts';
import type { Bundle } from '../build/bundle.ts';
import { kernelChanges, snapshotKernel, type KernelSnapshot } from './kernel-state.ts';
import type { KernelLeakScanner } from './leak-scan.ts';
import type { GalleryAttack } from './gallery.ts';

export type AttackEnd =
  | { kind: 'killed'; reason: string; status: number }
  | { kind: 'exited'; status: number }
  | { kind: 'panic'; reason: string }
  | { kind: 'none'; why: string };

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

const HELLO = 'Hello from ring 3!';
/** What read() gets: printable, so that it is not mistaken for leaked kernel bytes. */
export const INPUT = 'ringside\r';
const MARK = { memBefore: '@@mem-before', attack: '@@attack', after: '@@after', memAfter: '@@mem-after' } as const;

export function runAttack(
  attack: GalleryAttack, bundle: Bundle, scanner: KernelLeakScanner, opts: AttackRunOptions = {},
): AttackRun {
  if (!bundle.programs.some((p) => p.name === 'hello')) throw new AttackRunError('the bundle has no "hello" program to prove the shell alive');
  const kernelOpts = (opts.kernelOpts ?? '').trim();
  if (kernelOpts.includes('--') || kernelOpts.includes(';')) throw new AttackRunError(`kernel options may not contain "--" or ";": "${kernelOpts}"`);
  const limit = attack.limitSeconds ?? opts.limitSeconds ?? 0.2;
  const cmds = [
    `echo ${MARK.memBefore}`, 'mem', `echo ${MARK.attack}`, `run ${attack.name}`,
    `echo ${MARK.after}`, 'run hello', `echo ${MARK.memAfter}`, 'mem',
  ];
  const cmdline = `${kernelOpts} limit=${limit} -- ${cmds.join('; ')}`.trim();

  const machine = new Machine({ memoryMiB: opts.memoryMiB });
  const consoleBytes: number[] = [];
  machine.onSerialOutput((b) => consoleBytes.push(b));
  const traceLines: string[] = [];
  let attackPid: number | null = null;
  let snapshot: KernelSnapshot | null = null;
  let changes: string[] | null = null;
  let end: AttackEnd | null = null;
  const onEvent = (e: TraceEvent) => {
    if (e.kind === 'run' && e.name === attack.name && attackPid === null) {
      attackPid = e.pid;
      snapshot = snapshotKernel(machine, bundle.kernel);
    } else if (attackPid !== null && end === null) {
      if (e.kind === 'kill' && e.pid === attackPid) end = { kind: 'killed', reason: e.reason, status: e.status };
      else if (e.kind === 'exit' && e.pid === attackPid) end = { kind: 'exited', status: e.status };
      else if (e.kind === 'panic') end = { kind: 'panic', reason: e.reason };
      // Compared while the kernel is between the attack and the next command.
      if (end !== null && snapshot) changes = kernelChanges(machine, bundle.kernel, snapshot);
    }
  };
  const splitter = new LineSplitter((line) => {
    traceLines.push(line);
    const e = parseTraceLine(line);
    if (e) onEvent(e);
  });
  machine.onDebugOutput((b) => splitter.push(b));
  machine.boot(bundle.kernel, bundledModules(bundle.programs), cmdline);
  machine.sendSerialInput(INPUT);
  const result = machine.runUntilExit({ maxVirtualSeconds: (opts.maxVirtualSeconds ?? 1) + limit });

  // After a triple fault the CPU has been reset: its registers say nothing about the attack.
  if (snapshot && changes === null) changes = kernelChanges(machine, bundle.kernel, snapshot, result.state !== 'triple-fault');
  const text = String.fromCharCode(...consoleBytes);
  const section = (from: string, to: string | null): string => {
    const start = text.indexOf(`${from}\n`);
    if (start < 0) return '';
    const body = start + from.length + 1;
    const stop = to === null ? -1 : text.indexOf(`${to}\n`, body);
    return text.slice(body, stop < 0 ? undefined : stop);
  };
  const attackOutput = section(MARK.attack, MARK.after);
  const leakAt = scanner.find(Uint8Array.from(attackOutput, (c) => c.charCodeAt(0)));
  const leakedBytes = leakAt < 0 ? null
    : Array.from(attackOutput.slice(leakAt, leakAt + 16), (c) => c.charCodeAt(0).toString(16).padStart(2, '0')).join(' ');
  return {
    name: attack.name,
    end: end ?? { kind: 'none', why: describeStop(attackPid !== null, result.state) },
    kernelChanges: changes ?? [],
    leakedBytes,
    shellAlive: section(MARK.after, MARK.memAfter).includes(HELLO),
    freePagesBefore: freePages(section(MARK.memBefore, MARK.attack)),
    freePagesAfter: freePages(section(MARK.memAfter, null)),
    console: attackOutput,
    traceLines,
  };
}

/** The free page count from the shell's `mem` ("..., 8192 pages, 7719 free"). */
export function freePages(memOutput: string): number | null {
  const m = /pages, (\d+) free/.exec(memOutput);
  return m ? Number(m[1]) : null;
}

function describeStop(started: boolean, state: string): string {
  const machine = state === 'triple-fault' ? 'the machine reset (triple fault)'
    : state === 'limit' ? 'the machine hung (host time limit)' : `the machine stopped (${state})`;
  return started ? `no exit or kill: ${machine}` : `never started: ${machine}`;
}
