// Which guest instructions a workload executes, by opcode (0F xx counted by
// its second byte) and semantic id. A diagnostic for the interpreter's hot
// path, through the CPU's instruction hook (compiled blocks are off while it
// is set, so the counts are those of the interpreter).
//
//   npx tsx bench/opcode-mix.ts [WORKLOAD] [top]
import { setInstructionHook } from '../src/cpu/dispatch.ts';
import { buildBundledKernel } from '../src/build/bundle.ts';
import { buildWorkload } from './build-workload.ts';
import { runGuest } from './run-guest.ts';
import { selectWorkloads } from './workloads.ts';

export interface OpcodeCount {
  /** "8B" or "0F AF". */
  opcode: string;
  count: number;
  /** The semantic id the CPU runs it with (src/isa/facts.ts). */
  sem: string;
}

/** Whether instructions are counted right now: `body` may turn it off and on
 *  (e.g. to count only while the workload has the CPU). */
export interface CountGate {
  counting: boolean;
}

/** Counts opcodes executed while `body` runs (through the instruction hook, removed afterwards). */
export function countOpcodes(body: (gate: CountGate) => void): OpcodeCount[] {
  // By opcode key: the byte, or 0x100 | the second byte after 0F.
  const counts = new Float64Array(512);
  const sems: string[] = [];
  const gate: CountGate = { counting: true };
  setInstructionHook((_cpu, insn) => {
    if (!gate.counting) return;
    counts[insn.opcode]!++;
    sems[insn.opcode] ??= insn.form.sem;
  });
  try {
    body(gate);
  } finally {
    setInstructionHook(null);
  }
  const out: OpcodeCount[] = [];
  const hex = (n: number) => n.toString(16).toUpperCase().padStart(2, '0');
  counts.forEach((c, i) => {
    if (c > 0) out.push({ opcode: i < 0x100 ? hex(i) : `0F ${hex(i & 0xff)}`, count: c, sem: sems[i]! });
  });
  return out.sort((a, b) => b.count - a.count);
}

function isMain(): boolean {
  return process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, '/'));
}

if (isMain()) {
  const w = selectWorkloads(process.argv[2] ?? 'compute')[0]!;
  const top = Number(process.argv[3] ?? 30);
  const kernel = buildBundledKernel();
  const program = buildWorkload(w);
  // Counts cover the workload's window: while it has the CPU, from its exec to its exit.
  const mix = countOpcodes((gate) => {
    gate.counting = false;
    runGuest(kernel, program, w.args.full, undefined, { onRunning: (on) => (gate.counting = on) });
  });
  const total = mix.reduce((s, m) => s + m.count, 0);
  console.log(`${w.name} ${w.args.full.join(' ')}: ${total} instructions executed (the workload's window)`);
  for (const m of mix.slice(0, top)) {
    console.log(`${m.opcode.padEnd(6)} ${((m.count / total) * 100).toFixed(1).padStart(5)}%  ${String(m.count).padStart(10)}  ${m.sem}`);
  }
}
