// Which guest instructions a workload executes, by opcode (0F xx counted by
// its second byte), and whether each has a fast handler in the CPU's dispatch
// table or falls to the general decoder. A diagnostic for the interpreter's
// hot path, through the CPU's instruction hook (compiled blocks are off while
// it is set, so the counts are those of the interpreter).
//
//   npx tsx bench/opcode-mix.ts [WORKLOAD] [top]
import { OPCODES, setInstructionHook } from '../src/cpu/dispatch.ts';
import { execute } from '../src/cpu/execute.ts';
import type { Cpu } from '../src/cpu/cpu.ts';
import { buildBundledKernel } from '../src/build/bundle.ts';
import { buildWorkload } from './build-workload.ts';
import { runGuest } from './run-guest.ts';
import { selectWorkloads } from './workloads.ts';

export interface OpcodeCount {
  /** "8B" or "0F AF". */
  opcode: string;
  count: number;
  /** Handled by the general decoder (execute.ts) rather than a fast handler. */
  generic: boolean;
}

/** Whether instructions are counted right now: `body` may turn it off and on
 *  (e.g. to count only while the workload has the CPU). */
export interface CountGate {
  counting: boolean;
}

/** Counts opcodes executed while `body` runs (through the instruction hook, removed afterwards). */
export function countOpcodes(body: (gate: CountGate) => void): OpcodeCount[] {
  const counts = new Float64Array(256);
  const twoByte = new Float64Array(256);
  const gate: CountGate = { counting: true };
  const generic = OPCODES.map((h) => h === execute);
  setInstructionHook((cpu: Cpu, op: number) => {
    if (!gate.counting) return;
    counts[op]!++;
    if (op === 0x0f) {
      // The second byte is the next code byte (inside the fetch window, or read by the handler).
      const eip = cpu.eip;
      if (eip >= cpu.fetchLo && eip < cpu.fetchHi) twoByte[cpu.ram[eip + cpu.fetchOffset]!]!++;
    }
  });
  try {
    body(gate);
  } finally {
    setInstructionHook(null);
  }
  const out: OpcodeCount[] = [];
  const hex = (n: number) => n.toString(16).toUpperCase().padStart(2, '0');
  counts.forEach((c, i) => {
    if (c > 0 && i !== 0x0f) out.push({ opcode: hex(i), count: c, generic: generic[i]! });
  });
  twoByte.forEach((c, i) => {
    if (c > 0) out.push({ opcode: `0F ${hex(i)}`, count: c, generic: false });
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
  console.log(`${w.name} ${w.args.full.join(' ')}: ${total} instructions dispatched (the workload's window; prefixed ones count under their prefix)`);
  for (const m of mix.slice(0, top)) {
    console.log(`${m.opcode.padEnd(6)} ${((m.count / total) * 100).toFixed(1).padStart(5)}%  ${String(m.count).padStart(10)}${m.generic ? '  (general decoder)' : ''}`);
  }
}
