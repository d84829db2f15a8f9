// fuzz-toolchain: mutated C, assembly and ELF inputs through the CLI's main()
// (cc, asm, disasm) in a worker thread with a time and memory budget per case.
// Any internal error, stack trace, hang or memory spike is a failure; its input
// is saved as a reproducer. Exit status 1 when anything failed.
import { writeFileSync } from 'node:fs';
import { runCampaign } from '../src/fuzz/campaign.ts';
import type { CaseKind } from '../src/fuzz/cases.ts';
import { formatReport } from '../src/fuzz/report.ts';
import { loadSeeds } from '../src/fuzz/seeds.ts';

const USAGE = `usage: scripts/fuzz-toolchain [options]
  --cases N       cases to run (default 1000)
  --seed S        campaign seed (default 1)
  --first I       first case number (default 0); --first I --cases 1 re-runs case I
  --kinds LIST    c,asm,elf (default all)
  --time-ms T     time budget per case (default 2000)
  --memory-mb M   heap budget per case (default 256)
  --save DIR      where failing inputs are saved (default fuzz-failures)
  --json FILE     also write the report as JSON
  --progress N    print a line every N cases (default 1000)`;

function fail(message: string): never {
  console.error(`fuzz-toolchain: ${message}\n${USAGE}`);
  process.exit(2);
}

function parseArgs(argv: string[]) {
  const opts = { cases: 1000, seed: 1, first: 0, kinds: ['c', 'asm', 'elf'] as CaseKind[], timeMs: 2000, memoryMb: 256, save: 'fuzz-failures', json: '', progress: 1000 };
  const int = (flag: string, v: string | undefined, min: number) => {
    const n = Number(v);
    if (v === undefined || !Number.isInteger(n) || n < min) fail(`${flag} needs a whole number >= ${min}, got ${v ?? 'nothing'}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!, v = argv[i + 1];
    switch (flag) {
      case '--cases': opts.cases = int(flag, v, 1); i++; break;
      case '--seed': opts.seed = int(flag, v, 0); i++; break;
      case '--first': opts.first = int(flag, v, 0); i++; break;
      case '--time-ms': opts.timeMs = int(flag, v, 1); i++; break;
      case '--memory-mb': opts.memoryMb = int(flag, v, 16); i++; break;
      case '--progress': opts.progress = int(flag, v, 1); i++; break;
      case '--save': if (!v) fail('--save needs a directory'); opts.save = v; i++; break;
      case '--json': if (!v) fail('--json needs a file name'); opts.json = v; i++; break;
      case '--kinds': {
        const kinds = (v ?? '').split(',').filter(Boolean);
        if (kinds.length === 0 || kinds.some((k) => !['c', 'asm', 'elf'].includes(k))) fail(`--kinds takes c, asm and/or elf, got ${v ?? 'nothing'}`);
        opts.kinds = kinds as CaseKind[]; i++; break;
      }
      case '--help': case '-h': console.log(USAGE); process.exit(0); break;
      default: fail(`unknown option ${flag}`);
    }
  }
  return opts;
}

const opts = parseArgs(process.argv.slice(2));
// Ctrl-C or kill: finish the case in hand, then print (and write) the report so far.
let stop = false;
for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.on(sig, () => {
    if (stop) process.exit(130); // a second signal: do not wait
    stop = true;
    console.log(`fuzz-toolchain: ${sig}: stopping after the current case`);
  });
}
const seeds = loadSeeds();
console.log(`fuzz-toolchain: ${seeds.c.length} C, ${seeds.asm.length} assembly and ${seeds.elf.length} ELF seeds; budget ${opts.timeMs} ms and ${opts.memoryMb} MB per case`);
const report = await runCampaign(seeds, {
  seed: opts.seed, first: opts.first, cases: opts.cases, kinds: opts.kinds,
  budget: { timeMs: opts.timeMs, memoryMb: opts.memoryMb }, saveDir: opts.save, progressEvery: opts.progress,
  stopRequested: () => stop,
  onProgress: (r) => {
    const bad = r.failures.length;
    console.log(`${r.cases} cases, ${r.seconds.toFixed(0)} s, ${(r.cases / r.seconds).toFixed(1)} cases/s, ${bad} failure${bad === 1 ? '' : 's'}`);
  },
});
process.stdout.write(formatReport(report));
if (opts.json) writeFileSync(opts.json, JSON.stringify(report, null, 2) + '\n');
process.exit(report.failures.length > 0 ? 1 : 0);
