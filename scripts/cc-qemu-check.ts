// Runs every program in tests/cc/programs on the real kernel under QEMU:
// the kernel, the bundled programs (init and sh among them) and each test
// program are built by the project toolchain (cc + assembler + ELF writer)
// and booted with scripts/qemu-run in batch mode, with the modules and
// command line `ringside run` would use (the program's stdin piped to the
// serial port, then the tty's end of file); the console output and exit
// status are compared with the expectations in the program's header.
// Usage: npx tsx scripts/cc-qemu-check.ts [filter]   (needs qemu-system-i386)
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildExecutable, CompileError } from '../cc/driver.ts';
import { buildBundle } from '../src/build/bundle.ts';
import { planRun } from '../src/build/boot-plan.ts';
import { withTtyEof } from '../src/machine/tty-eof.ts';
import { listPrograms, readProgramSpec } from '../tests/cc/program-spec.ts';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-qemu-'));
const bundle = buildBundle();
/** How long QEMU boots before a program's stdin is typed (QEMU_INPUT_DELAY seconds, default 1). */
const INPUT_DELAY_MS = Number(process.env.QEMU_INPUT_DELAY ?? '1') * 1000;

function runOne(file: string, slot: number): Promise<string | undefined> {
  const spec = readProgramSpec(file);
  const dir = path.join(work, `slot${slot}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'user'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'kernel.elf'), bundle.kernel);
  let cmdline: string;
  try {
    const elf = buildExecutable([file], { kind: 'user' }).elf;
    const plan = planRun(bundle.programs, { name: 'prog', elf, args: spec.args, echo: false });
    // qemu-run names each module after its file.
    fs.writeFileSync(path.join(dir, 'user', 'prog.elf'), elf);
    for (const p of bundle.programs) if (p.name !== 'prog') fs.writeFileSync(path.join(dir, 'user', `${p.name}.elf`), p.elf);
    cmdline = plan.cmdline;
  } catch (e) {
    return Promise.resolve(e instanceof CompileError ? e.diagnostics.join('\n') : String(e));
  }
  return new Promise((resolve) => {
    const child = spawn(path.join(root, 'scripts', 'qemu-run'), [cmdline], {
      env: { ...process.env, DIR: dir, TRACE: path.join(dir, 'trace.log'), QEMU_TIMEOUT: '20' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    // Input is sent once the kernel has set up the UART: a byte that arrives
    // during its initialisation is lost on QEMU (ringside's UART keeps it).
    child.stdin.on('error', () => {}); // a program may end without reading its input
    if (spec.stdin !== undefined) {
      const input = withTtyEof(new TextEncoder().encode(spec.stdin));
      setTimeout(() => { child.stdin.write(input); child.stdin.end(); }, INPUT_DELAY_MS);
    } else child.stdin.end();
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
let next = 0, pass = 0;
const failed: string[] = [];
async function worker(slot: number): Promise<void> {
  while (next < files.length) {
    const file = files[next++]!;
    if (await runOne(file, slot)) failed.push(file); else pass++;
  }
}
await Promise.all([0, 1, 2, 3].map(worker));
// Four QEMUs at once on a loaded host can cut a long output short (QEMU
// stops at the exit port while the UART still holds bytes): each failure
// runs once more on its own, and only a second failure counts.
let retried = 0, fail = 0;
for (const file of failed.sort()) {
  const problem = await runOne(file, 0);
  if (problem) { fail++; console.log(`FAIL ${path.relative(root, file)}: ${problem}`); } else { pass++; retried++; }
}
console.log(`${pass} passed${retried ? ` (${retried} on a second run alone)` : ''}, ${fail} failed`);
fs.rmSync(work, { recursive: true, force: true });
process.exit(fail ? 1 : 0);
