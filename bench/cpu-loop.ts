// Micro benchmark for the CPU interpreter: a tight ALU + memory loop running
// with paging on (every access TLB-translated). Prints MIPS, median of 5 runs.
//
//   npx tsx bench/cpu-loop.ts [iterations]

import { loadavg } from 'node:os';
import { Cpu } from '../src/cpu/cpu.ts';
import type { InterruptController, IoBus, PhysicalMemory } from '../src/machine/bus.ts';

const RAM = 4 << 20;
const PAGE_DIR = 0x10000;
const PAGE_TABLE = 0x11000;
const CODE = 0x100000;
const DATA = 0x200000;

const iterations = Number(process.argv[2] ?? 5_000_000);
if (!Number.isInteger(iterations) || iterations <= 0) {
  console.error(`usage: cpu-loop.ts [iterations]  (got "${process.argv[2]}")`);
  process.exit(2);
}

class Ram implements PhysicalMemory {
  readonly ram = new Uint8Array(RAM);
  readonly size = RAM;
}
const io: IoBus = {
  in8: () => 0xff, in16: () => 0xffff, in32: () => 0xffffffff,
  out8: () => {}, out16: () => {}, out32: () => {},
};
const pic: InterruptController = { intr: false, acknowledge: () => 0 };

function le32(v: number): number[] {
  return [v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff];
}

// Turns paging on (identity map of the first 4 MiB), then:
//   mov ecx, N; mov ebx, DATA; xor esi, esi; mov edx, 0x55aa
//   l: mov eax, [ebx+esi*4]; add eax, ecx; xor eax, edx; mov [ebx+esi*4+4], eax
//      inc esi; and esi, 1023; dec ecx; jnz l
//   hlt
const program = [
  0xb8, ...le32(PAGE_DIR), 0x0f, 0x22, 0xd8,               // mov eax, PAGE_DIR; mov cr3, eax
  0x0f, 0x20, 0xc0, 0x0d, ...le32(0x80000000), 0x0f, 0x22, 0xc0, // cr0 |= PG
  0xb9, ...le32(iterations), 0xbb, ...le32(DATA), 0x31, 0xf6, 0xba, 0xaa, 0x55, 0x00, 0x00,
  0x8b, 0x04, 0xb3, 0x01, 0xc8, 0x31, 0xd0, 0x89, 0x44, 0xb3, 0x04,
  0x46, 0x81, 0xe6, 0xff, 0x03, 0x00, 0x00, 0x49, 0x75, 0xeb, 0xf4,
];

function runOnce(): { instructions: number; seconds: number; cpuSeconds: number } {
  const mem = new Ram();
  const cpu = new Cpu(mem, io, pic);
  cpu.enterFlatProtectedMode();
  const view = new DataView(mem.ram.buffer);
  view.setUint32(PAGE_DIR, PAGE_TABLE | 7, true);
  for (let i = 0; i < 1024; i++) view.setUint32(PAGE_TABLE + i * 4, (i << 12) | 7, true);
  mem.ram.set(program, CODE);
  cpu.eip = CODE;
  cpu.regs[4] = 0x90000;
  const start = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  let executed = 0;
  // Slices of 100k instructions, as the machine runs between timer events.
  while (!cpu.halted) executed += cpu.run(100_000);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const used = process.cpuUsage(cpuStart);
  const cpuSeconds = (used.user + used.system) / 1e6;
  if (cpu.getReg32(1) !== 0) throw new Error('benchmark loop did not finish');
  return { instructions: executed, seconds, cpuSeconds };
}

runOnce(); // warm-up
const wall: number[] = [];
const cpuTime: number[] = [];
for (let i = 0; i < 5; i++) {
  const { instructions, seconds, cpuSeconds } = runOnce();
  wall.push(instructions / seconds / 1e6);
  cpuTime.push(instructions / cpuSeconds / 1e6);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[2];
console.log(`cpu-loop: ${iterations} iterations x 8 instructions, paging on (host load average ${loadavg()[0].toFixed(2)})`);
console.log(`runs (MIPS, wall clock): ${wall.map((r) => r.toFixed(1)).join(' ')}`);
// On a shared machine the process may not get a whole core; CPU time shows the interpreter's own speed.
console.log(`median: ${median(wall).toFixed(1)} MIPS (wall clock), ${median(cpuTime).toFixed(1)} MIPS per CPU-second`);
// The best run is the least disturbed by other processes on a loaded machine.
console.log(`best: ${Math.max(...cpuTime).toFixed(1)} MIPS per CPU-second`);
