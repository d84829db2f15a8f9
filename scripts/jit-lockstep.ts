// The lockstep differential of compiled regions against the interpreter, at
// scale (see scripts/jit-lockstep for what it runs). Budgets per slice are
// random, from 1 instruction to 50,000, so regions are cut at every kind of
// place; timer interrupts come from the machines' own devices (workloads) or
// are raised at the same slice on both (random programs).
import { buildBundledKernel } from '../src/build/bundle.ts';
import { planRun } from '../src/build/boot-plan.ts';
import { Machine } from '../src/machine/machine.ts';
import type { Cpu } from '../src/cpu/cpu.ts';
import { buildWorkload } from '../bench/build-workload.ts';
import { selectWorkloads } from '../bench/workloads.ts';
import { systemPrograms } from '../bench/run-guest.ts';
import { REGION_PROGRAM, machine, randomProgram, rng, state } from '../tests/cpu/jit-lockstep-programs.ts';

interface Options { programs: number; slices: number; workloads: string; seed: number }

function parseArgs(argv: string[]): Options {
  const opts: Options = { programs: 100, slices: 1000, workloads: 'compute,memory,syscalls', seed: 1 };
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i].replace(/^--/, '');
    const value = argv[i + 1];
    if (!(name in opts) || value === undefined) {
      console.error(`jit-lockstep: unknown option or missing value: ${argv[i]}\n` +
        'usage: scripts/jit-lockstep [--programs N] [--slices N] [--workloads compute,memory,syscalls] [--seed N]');
      process.exit(2);
    }
    i++;
    if (name === 'workloads') opts.workloads = value;
    else {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 0) { console.error(`jit-lockstep: --${name} wants a whole number, not ${value}`); process.exit(2); }
      (opts as unknown as Record<string, number>)[name] = n;
    }
  }
  return opts;
}

function cpuState(c: Cpu): string {
  return `${[...c.regs].map((r) => (r >>> 0).toString(16)).join(' ')} eip=${c.eip.toString(16)} efl=${c.getEflags().toString(16)} ` +
    `n=${c.instructionCount} cpl=${c.cpl} sel=${[...c.segSel].join(',')} base=${[...c.segBase].join(',')} ` +
    `cr0=${c.cr0.toString(16)} cr2=${c.cr2.toString(16)} cr3=${c.cr3.toString(16)} halted=${c.halted}`;
}

/** A slice budget: mostly short (regions cut anywhere), sometimes long. */
function budgetOf(rand: () => number): number {
  const r = rand();
  return r < 0.5 ? 1 + Math.floor(rand() * 64) : r < 0.9 ? 1 + Math.floor(rand() * 2000) : 1 + Math.floor(rand() * 50000);
}

let divergences = 0;
let compared = 0;
let compiledInsns = 0;

function diverged(what: string, jit: string, ref: string): void {
  divergences++;
  console.log(`DIVERGENCE ${what}\n  compiled:    ${jit}\n  interpreter: ${ref}`);
}

function randomPrograms(opts: Options): void {
  const start = compared;
  for (let p = 0; p < opts.programs; p++) {
    const seed = opts.seed * 100003 + p;
    // Every tenth program is the hand-written region program (loops, calls, an indirect jump, faults, a code store).
    const program = p % 10 === 9 ? REGION_PROGRAM : randomProgram(rng(seed), 10 + (p % 40));
    const jit = machine(program, true), ref = machine(program, false);
    const budgets = rng(seed * 977);
    for (let s = 0; s < opts.slices; s++) {
      const budget = budgetOf(budgets);
      if (s % 37 === 0) { jit.h.pic.pending.push(0x20); ref.h.pic.pending.push(0x20); }
      const a = jit.h.cpu.run(budget), b = ref.h.cpu.run(budget);
      if (a !== b || state(jit.h) !== state(ref.h)) { diverged(`program ${p} (seed ${seed}) slice ${s}`, `${a} ${state(jit.h)}`, `${b} ${state(ref.h)}`); break; }
    }
    if (Buffer.compare(jit.h.mem.ram, ref.h.mem.ram) !== 0) diverged(`program ${p} (seed ${seed}) RAM`, 'differs', '');
    if (JSON.stringify(jit.h.io.writes) !== JSON.stringify(ref.h.io.writes)) diverged(`program ${p} (seed ${seed}) port writes`, 'differ', '');
    compared += ref.h.cpu.instructionCount;
    compiledInsns += jit.h.cpu.instructionCount - jit.h.cpu.blocks.interpreted;
  }
  console.log(`random programs: ${opts.programs}, ${(compared - start).toLocaleString('en-US')} instructions each side`);
}

function workloads(opts: Options): void {
  const names = opts.workloads.split(',').filter(Boolean);
  if (names.length === 0) return;
  const chosen = names.map((name) => {
    try {
      return selectWorkloads(name)[0]!;
    } catch (e) {
      console.error(`jit-lockstep: ${(e as Error).message}`);
      process.exit(2);
    }
  });
  const kernel = buildBundledKernel();
  const system = systemPrograms();
  for (const w of chosen) {
    const prog = buildWorkload(w);
    const plan = planRun(system, { name: prog.name, elf: prog.elf, args: w.args.full, limitSeconds: 60 });
    const boot = (jit: boolean) => {
      const m = new Machine();
      m.cpu.blocks.enabled = jit;
      m.boot(kernel, plan.modules, plan.cmdline);
      return m;
    };
    const jit = boot(true), ref = boot(false);
    const out = { jit: '', ref: '' };
    jit.onDebugOutput((b: number) => { out.jit += String.fromCharCode(b); });
    ref.onDebugOutput((b: number) => { out.ref += String.fromCharCode(b); });
    const budgets = rng(opts.seed * 31 + w.name.length);
    let slices = 0;
    for (;;) {
      const budget = budgetOf(budgets);
      const a = jit.runSlice(budget), b = ref.runSlice(budget);
      slices++;
      const sa = `${a} now=${jit.now} ${cpuState(jit.cpu)}`, sb = `${b} now=${ref.now} ${cpuState(ref.cpu)}`;
      if (sa !== sb) { diverged(`${w.name} slice ${slices}`, sa, sb); break; }
      if (a !== 'running' && a !== 'halted-idle') break;
    }
    if (Buffer.compare(jit.ram.ram, ref.ram.ram) !== 0) diverged(`${w.name} RAM`, 'differs', '');
    if (out.jit !== out.ref) diverged(`${w.name} debug console output`, 'differs', '');
    compared += ref.cpu.instructionCount;
    compiledInsns += jit.cpu.instructionCount - jit.cpu.blocks.interpreted;
    console.log(`${w.name}: ${slices.toLocaleString('en-US')} slices, ${ref.cpu.instructionCount.toLocaleString('en-US')} instructions each side, ` +
      `ended ${ref.state}; ${jit.cpu.blocks.compiled} regions, ${jit.cpu.blocks.blockRuns.toLocaleString('en-US')} region calls`);
  }
}

const opts = parseArgs(process.argv.slice(2));
const t0 = performance.now();
randomPrograms(opts);
workloads(opts);
console.log(`compared ${compared.toLocaleString('en-US')} instructions (${compiledInsns.toLocaleString('en-US')} of them in compiled regions) ` +
  `in ${((performance.now() - t0) / 1000).toFixed(0)} s: ${divergences} divergences`);
process.exit(divergences === 0 ? 0 : 1);
