// The ring-3 kernel fuzzer: boots the bundled kernel with a guest program
// (guest.c) that runs many random, biased instruction streams, one per forked
// child, and checks after each that the kernel is as it was: its read-only
// image, GDT, IDT, TSS (but ESP0, which every switch rewrites), its page
// directory and tables, the CPU's protection registers, and the free page
// count. A panic, a triple fault, a hang or any change is a breach. Each
// boot ends with a shell command, to show the shell still answers.
import { fileURLToPath } from 'node:url';
import { buildExecutable } from '../../cc/driver.ts';
import { buildBundle, type Bundle } from '../build/bundle.ts';
import { LineSplitter, parseTraceLine } from '../debug/trace.ts';
import { readElf } from '../isa/elf-read.ts';
import { Machine } from '../machine/machine.ts';
import { kernelChanges, snapshotKernel, type KernelSnapshot } from '../attacks/kernel-state.ts';

export const GUEST_SOURCE = fileURLToPath(new URL('./guest.c', import.meta.url));
const GUEST = 'fuzzguest';
const ALIVE = 'the shell answers';

export interface KernelFuzzOptions {
  /** The first program's seed; program i uses seed + i. */
  seed: number;
  programs: number;
  /** Programs per boot (a fresh kernel each time). */
  perBoot?: number;
  kernelOpts?: string;
  /** CPU-time limit per program, in seconds (it kills the ones that spin). */
  limitSeconds?: number;
  onBoot?: (done: number, report: KernelFuzzReport) => void;
}

export interface Breach {
  seed: number;
  what: string;
}

export interface KernelFuzzReport {
  programs: number;
  boots: number;
  /** How the programs ended: "exit", or the kernel's kill reason. */
  outcomes: Record<string, number>;
  breaches: Breach[];
  instructions: number;
  seconds: number;
}

/** The guest, built once per process. */
let guestElf: Uint8Array | null = null;
function guest(): Uint8Array {
  guestElf ??= buildExecutable([GUEST_SOURCE], { kind: 'user' }).elf;
  return guestElf;
}

/** Where the kernel keeps its free page count (mm.c's static free_count). */
function freeCountAddress(kernel: Uint8Array): number {
  const symbol = readElf(kernel).symbols.find((s) => /(^|_)free_count$/.test(s.name));
  if (!symbol) throw new Error('the kernel image has no free_count symbol');
  return symbol.value;
}

export function fuzzKernel(opts: KernelFuzzOptions): KernelFuzzReport {
  const bundle = buildBundle();
  const report: KernelFuzzReport = { programs: 0, boots: 0, outcomes: {}, breaches: [], instructions: 0, seconds: 0 };
  const perBoot = opts.perBoot ?? 200;
  const started = Date.now();
  for (let done = 0; done < opts.programs; done += perBoot) {
    const count = Math.min(perBoot, opts.programs - done);
    fuzzOneBoot(bundle, opts.seed + done, count, opts, report);
    report.boots++;
    report.seconds = (Date.now() - started) / 1000;
    opts.onBoot?.(done + count, report);
  }
  return report;
}

function fuzzOneBoot(bundle: Bundle, seed: number, count: number, opts: KernelFuzzOptions, report: KernelFuzzReport): void {
  const system = bundle.programs.filter((p) => p.name === 'init' || p.name === 'sh');
  const modules = [...system.map((p) => ({ data: p.elf, string: p.name })), { data: guest(), string: GUEST }];
  const kernelOpts = [opts.kernelOpts ?? '', `limit=${opts.limitSeconds ?? 0.01}`].join(' ').trim();
  const cmdline = `${kernelOpts} -- ${GUEST} ${seed} ${count}; echo ${ALIVE}`;
  const machine = new Machine({ memoryMiB: 32 });
  const freeAt = freeCountAddress(bundle.kernel);
  let consoleText = '';
  machine.onSerialOutput((b) => { consoleText += String.fromCharCode(b); });

  let kernelDirectory = 0;
  let guestPid = -1;
  let baseline: { snapshot: KernelSnapshot; free: number } | null = null;
  let child = -1;
  let childSeed = seed - 1;
  let checkPending = false;
  const breach = (what: string) => report.breaches.push({ seed: childSeed, what });

  const check = () => {
    if (!baseline) {
      baseline = { snapshot: snapshotKernel(machine, bundle.kernel, kernelDirectory), free: machine.ram.read32(freeAt) };
      return;
    }
    // Every switch rewrites TSS.esp0: take today's value as expected.
    const tss = baseline.snapshot.regions.find((r) => r.name === 'TSS');
    if (tss) tss.bytes.set(machine.ram.read(tss.addr + 4, 4), 4);
    for (const change of kernelChanges(machine, baseline.snapshot)) breach(change);
    const free = machine.ram.read32(freeAt);
    if (free !== baseline.free) breach(`free pages ${free}, ${baseline.free} before`);
  };

  const lines = new LineSplitter((line) => {
    const e = parseTraceLine(line);
    if (!e) return;
    if (e.kind === 'boot') kernelDirectory = machine.cpu.cr3;
    else if (e.kind === 'run' && e.name === GUEST) guestPid = e.pid;
    else if (e.kind === 'panic') breach(`kernel panic: ${e.reason}`);
    else if (e.kind === 'kill' && e.pid === child) count1(report.outcomes, e.reason);
    else if (e.kind === 'exit' && e.pid === child) count1(report.outcomes, 'exit');
    // The process events, by their fields.
    const fields = line.split(' ');
    const field = (k: string) => Number(fields.find((w) => w.startsWith(`${k}=`))?.slice(k.length + 1));
    if (line.startsWith('RS fork ') && field('pid') === guestPid) {
      child = field('child');
      childSeed++;
      report.programs++;
    } else if (line.startsWith('RS reap ') && field('pid') === guestPid) {
      checkPending = true;
    } else if (line.startsWith('RS switch ') && field('to') === 0 && guestPid > 0) {
      // Nothing runs: the previous program is reaped, the next not forked.
      if (checkPending || !baseline) check();
      checkPending = false;
    }
  });
  machine.onDebugOutput((b) => lines.push(b));
  machine.boot(bundle.kernel, modules, cmdline);
  // Generous: a program is killed after at most a few ticks.
  const result = machine.runUntilExit({ maxVirtualSeconds: 5 + count * 0.2 });
  report.instructions += result.instructions;
  if (result.state !== 'exited') breach(`the machine ${result.state === 'limit' ? 'hung' : `stopped: ${result.state}`}`);
  else if (result.exitValue !== 0 || !consoleText.includes(`${ALIVE}\n`)) breach(`the shell did not answer (exit ${result.exitValue})`);
  if (!consoleText.includes(`fuzzguest: ${count} programs`)) breach(`the guest did not finish its ${count} programs`);
}

function count1(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}
