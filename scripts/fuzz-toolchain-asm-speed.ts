// fuzz-toolchain-asm-speed: how fast the assembler reads large files, in lines per
// second of CPU time (start-up not counted), with its passes and encodings.
//   npx tsx scripts/fuzz-toolchain-asm-speed.ts                 # generated 20,000-200,000-line programs
//   npx tsx scripts/fuzz-toolchain-asm-speed.ts FILE.s ...      # given files (saved fuzz cases)
import { readFileSync } from 'node:fs';
import { AsmError, assemble, type AssembleStats } from '../src/isa/assembler.ts';
import { largeAssembly } from '../src/fuzz/large-asm.ts';

function measure(name: string, text: string): void {
  const stats: AssembleStats = { passes: 0, encodings: 0, statements: 0 };
  let outcome = 'ok';
  const cpu0 = process.cpuUsage();
  const wall0 = performance.now();
  try {
    assemble([{ name, text }], { base: 0x40000000 }, stats);
  } catch (e) {
    if (!(e instanceof AsmError)) throw e;
    outcome = `${e.diagnostics.length} diagnostics`;
  }
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const lines = text.split('\n').length;
  console.log(`${name}: ${lines} lines, ${Math.round(cpuMs)} ms CPU (${Math.round(performance.now() - wall0)} ms wall), ` +
    `${Math.round((lines / cpuMs) * 1000)} lines/s; ${stats.passes} passes, ${stats.encodings} encodings of ${stats.statements} statements; ${outcome}`);
}

const files = process.argv.slice(2);
if (files.length === 0) for (const n of [20_000, 100_000, 200_000]) measure(`generated-${n / 1000}k.s`, largeAssembly(n, 1));
for (const f of files) {
  let text: string;
  try { text = readFileSync(f, 'utf8'); } catch (e) { console.error(`fuzz-toolchain-asm-speed: cannot read ${f}: ${(e as Error).message}`); process.exit(2); }
  measure(f, text);
}
