// CLI for scripts/qemu-scenarios --ringside-asm: writes <outdir>/<NNN-name>.elf
// for every scenario, assembled by the project's own assembler, so that QEMU
// can check the assembler's output independently of the ringside CPU.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPrelude, loadScenarios } from './scenario-runner.ts';
import { buildScenarioElf } from './boot-scenario.ts';

const outDir = process.argv[2];
if (!outDir) {
  console.error('usage: tsx tests/scenarios/build-scenario-elfs.ts <output-directory>');
  process.exit(2);
}
mkdirSync(outDir, { recursive: true });
const prelude = loadPrelude();
let failed = 0;
for (const scenario of loadScenarios()) {
  try {
    writeFileSync(join(outDir, scenario.file.replace(/\.s$/, '.elf')), buildScenarioElf(prelude, scenario));
  } catch (e) {
    failed++;
    console.error(`${scenario.file}: ${(e as Error).message}`);
  }
}
process.exit(failed ? 1 : 0);
