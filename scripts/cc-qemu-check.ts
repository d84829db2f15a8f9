// Runs every program in tests/cc/programs on the real kernel under QEMU:
// the kernel and each program are built by the project toolchain (cc +
// assembler + ELF writer), booted with scripts/qemu-run in batch mode
// (`-- run prog ARGS`), and the console output and exit status are compared
// with the expectations in the program's header.
// Usage: npx tsx scripts/cc-qemu-check.ts [filter]   (needs qemu-system-i386)
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildExecutable, CompileError } from '../cc/driver.ts';
import { listPrograms, readProgramSpec } from '../tests/cc/program-spec.ts';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const kernelDir = path.join(root, 'kernel');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-qemu-'));
const kernelSources = fs.readdirSync(kernelDir).filter((f) => /\.(c|s)$/.test(f)).sort().map((f) => path.join(kernelDir, f));
const kernel = buildExecutable(kernelSources, { kind: 'kernel', includePaths: [kernelDir] }).elf;

function runOne(file: string, slot: number): Promise<string | undefined> {
  const spec = readProgramSpec(file);
  const dir = path.join(work, `slot${slot}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'user'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'kernel.elf'), kernel);
  try {
    fs.writeFileSync(path.join(dir, 'user', 'prog.elf'), buildExecutable([file], { kind: 'user' }).elf);
  } catch (e) {
    return Promise.resolve(e instanceof CompileError ? e.diagnostics.join('\n') : String(e));
  }
  return new Promise((resolve) => {
    const child = spawn(path.join(root, 'scripts', 'qemu-run'), ['--', 'run', 'prog', ...spec.args], {
      env: { ...process.env, DIR: dir, TRACE: path.join(dir, 'trace.log'), QEMU_TIMEOUT: '20' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => { out += d; });
    child.on('close', (status) => {
      const problems: string[] = [];
      if (status !== spec.exit) problems.push(`exit ${status}, expected ${spec.exit}`);
      if (out !== spec.output) problems.push(`output ${JSON.stringify(out)}, expected ${JSON.stringify(spec.output)}`);
      resolve(problems.length ? problems.join('; ') : undefined);
    });
  });
}

const filter = process.argv[2] ?? '';
const files = listPrograms().filter((f) => f.includes(filter));
let next = 0, pass = 0, fail = 0;
async function worker(slot: number): Promise<void> {
  while (next < files.length) {
    const file = files[next++]!;
    const problem = await runOne(file, slot);
    if (problem) { fail++; console.log(`FAIL ${path.relative(root, file)}: ${problem}`); } else pass++;
  }
}
await Promise.all([0, 1, 2, 3].map(worker));
console.log(`${pass} passed, ${fail} failed`);
fs.rmSync(work, { recursive: true, force: true });
process.exit(fail ? 1 : 0);
