// What breakpoints that are set but not hit cost the TUI's run control: guest
// MIPS under RunControl.runFrame (16 ms frames, as the UI runs them) with 0
// and with 10 breakpoints in kernel and user code the workload never reaches.
//   spin     a ring-3 busy loop, measured for a fixed time per round;
//   compute  bench/programs/compute.c (sieve, CRC-32, matrix), a whole run per round.
// Rounds alternate the order of the two settings to even out JIT warm-up
// and machine noise; prints the median of each. MIPS are per second of this
// process's CPU time, so that other work on a shared machine counts less.
//
//   node --expose-gc --import tsx bench/tui-breakpoints.ts [rounds]

import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { TuiSession } from '../src/tui/session.ts';
import { RunControl } from '../src/tui/run-control.ts';

const rounds = Number(process.argv[2] ?? 5);
if (!Number.isInteger(rounds) || rounds <= 0) {
  console.error(`usage: tui-breakpoints.ts [rounds]  (got "${process.argv.slice(2).join(' ')}")`);
  process.exit(2);
}

const COMPUTE = fileURLToPath(new URL('./programs/compute.c', import.meta.url));
// Kernel functions neither workload calls, and library functions neither program runs.
const KERNEL = ['sys_fork', 'sys_execv', 'sys_waitpid', 'sys_pipe', 'sys_kill', 'sys_sbrk', 'sys_read', 'sys_getpid'];
const SPIN_SECONDS = 1;

function started(s: TuiSession, name: string): RunControl {
  for (let i = 0; i < 2000 && s.runningProgram !== name; i++) s.machine.runSlice(50_000);
  if (s.runningProgram !== name) throw new Error(`the kernel did not start ${name}`);
  return new RunControl(s);
}

function setBreakpoints(c: RunControl, program: string, on: boolean): void {
  c.breakpoints.clear();
  if (on) for (const name of [...KERNEL, `${program}:abort`, `${program}:qsort`]) c.addBreakpoint(name);
}

/** spin for SPIN_SECONDS on one machine that keeps running between rounds. */
function spinRound(s: TuiSession, c: RunControl, on: boolean): number {
  setBreakpoints(c, 'spin', on);
  c.continue();
  const first = s.machine.cpu.instructionCount;
  const start = performance.now();
  const cpu0 = cpuSeconds();
  while (performance.now() - start < SPIN_SECONDS * 1000) c.runFrame(16);
  if (!c.running) throw new Error(`spin stopped: ${c.message}`);
  c.pause();
  return (s.machine.cpu.instructionCount - first) / ((cpuSeconds() - cpu0) * 1e6);
}

/** compute from its start to its exit, on a fresh machine. */
function computeRound(on: boolean): number {
  const s = new TuiSession({ files: [COMPUTE], cmdline: 'limit=0 -- run compute 300000 300000 64' });
  const c = started(s, 'compute');
  setBreakpoints(c, 'compute', on);
  settle();
  c.continue();
  const first = s.machine.cpu.instructionCount;
  const cpu0 = cpuSeconds();
  while (c.running && s.runningProgram === 'compute') c.runFrame(16);
  if (s.runningProgram === 'compute') throw new Error(`compute stopped: ${c.message}`);
  return (s.machine.cpu.instructionCount - first) / ((cpuSeconds() - cpu0) * 1e6);
}

/** Collects garbage before a measurement when node allows it (--expose-gc): each compute
 *  round leaves a whole machine behind, whose collection would land in the next round. */
function settle(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** CPU seconds this process has used. */
function cpuSeconds(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function report(name: string, round: (on: boolean) => number): void {
  const without: number[] = [];
  const with10: number[] = [];
  for (let r = -1; r < rounds; r++) {
    for (const on of r % 2 === 0 ? [true, false] : [false, true]) {
      const mips = round(on);
      if (r >= 0) (on ? with10 : without).push(mips); // round -1 warms up
    }
  }
  const a = median(without), b = median(with10);
  console.log(`${name.padEnd(8)} 0 breakpoints: ${a.toFixed(1).padStart(6)} guest MIPS   10 breakpoints: ${b.toFixed(1).padStart(6)} (${((b / a) * 100).toFixed(0)}%)`);
}

console.log(`load average: ${loadavg()[0]!.toFixed(2)}`);
const spin = new TuiSession({ cmdline: 'limit=0 -- run spin' });
const spinControl = started(spin, 'spin');
report('spin', (on) => spinRound(spin, spinControl, on));
report('compute', computeRound);
