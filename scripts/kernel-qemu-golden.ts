// kernel-qemu-golden: boots the natively built kernel (scripts/kernel-native-build)
// on QEMU for each case below and records what happened — console output, trace
// lines, exit value — in tests/kernel/fixtures/qemu/<case>.json. It also copies the
// kernel and programs it booted to tests/kernel/fixtures/native/, so the tests can
// boot the very same images on ringside's own Machine and compare.
//   npx tsx scripts/kernel-qemu-golden.ts                 # every case
//   npx tsx scripts/kernel-qemu-golden.ts ctrl-c readline # only these (same kernel and programs)
// QEMU_INPUT_DELAY (seconds, default 1) is how long QEMU boots before input is
// typed: raise it on a loaded machine, where a late boot puts the input first.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { inputChunks } from '../tests/kernel/golden.ts';

interface GoldenCase {
  name: string;
  cmdline: string;
  /** Processes run side by side: compare only the lifecycle of the trace. */
  concurrent?: boolean;
  /** Typed into COM1 once the kernel is up (its UART setup clears the FIFO):
   *  here after a second; the replay on Machine types it after the `RS boot` line. */
  input?: string;
}

/** Cases where QEMU (TCG) is known to differ from the 386/486 manuals, so its
 *  transcript is not the reference; the tests check these against the
 *  program's header on ringside's Machine instead. */
const QEMU_DIVERGENCES: Record<string, string> = {
  nullds: 'QEMU TCG raises no #GP for a data access through a null DS',
};

/** Programs whose processes run side by side (a pipe, concurrent children),
 *  and ps, which prints whether the shell reached its waitpid before the
 *  timer let ps run: only their trace's lifecycle is the same on two PCs. */
const CONCURRENT = new Set(['ps', 'forks8', 'forkbomb', 'pipeflood', 'peerread', 'peerwrite', 'peersys', 'childfault', 'killsh', 'waitother']);

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const native = path.join(root, 'build', 'native');
const fixtures = path.join(root, 'tests', 'kernel', 'fixtures');
const MEMORY_MIB = 32;
const INPUT_DELAY = Number(process.env.QEMU_INPUT_DELAY ?? '1');
const ONLY = process.argv.slice(2);

function programs(): string[] {
  return fs.readdirSync(path.join(native, 'user')).filter((f) => f.endsWith('.elf')).sort();
}

/** Programs that must be stopped by the kernel's time limit (spin, and any
 *  whose header says `expect: killed time limit ...`). */
function needsTimeLimit(name: string): boolean {
  if (name === 'spin') return true;
  for (const dir of ['kernel/user', 'kernel/user/attacks']) {
    const source = path.join(root, dir, `${name}.c`);
    if (fs.existsSync(source)) return /expect:\s*killed time limit/i.test(fs.readFileSync(source, 'utf8'));
  }
  return false;
}

function cases(): GoldenCase[] {
  const list: GoldenCase[] = [];
  for (const file of programs()) {
    const name = file.replace(/\.elf$/, '');
    if (needsTimeLimit(name) && !CONCURRENT.has(name)) list.push({ name, cmdline: `limit=0.2 -- run ${name}` });
    else if (name === 'readline') list.push({ name, cmdline: '-- run readline', input: 'abc\r' });
    else if (name === 'args') list.push({ name, cmdline: '-- run args a bc' });
    else if (name === 'yes') list.push({ name, cmdline: 'limit=0.2 -- run yes', concurrent: true });
    else if (CONCURRENT.has(name)) list.push({ name, cmdline: `${needsTimeLimit(name) ? 'limit=0.2 ' : ''}-- run ${name}`, concurrent: true });
    else if (name === 'wc' || name === 'cat') list.push({ name, cmdline: `-- run ${name}`, input: 'one two\rthree\r\x04' });
    else if (name === 'head') list.push({ name, cmdline: '-- run head 2', input: 'a\rb\rc\r' });
    else if (name === 'sh') list.push({ name, cmdline: '-- run sh', input: 'echo nested | wc\rexit\r' });
    else list.push({ name, cmdline: `-- run ${name}` });
  }
  list.push(
    { name: 'kwrite-then-hello', cmdline: '-- run kwrite; run hello' },
    { name: 'shell-commands', cmdline: '-- echo one two; ls; gdt; tss; bogus' },
    { name: 'no-such-program', cmdline: '-- run nosuch' },
    { name: 'flat-kwrite', cmdline: 'flat -- run kwrite' },
    { name: 'nocheck-badptr', cmdline: 'nocheck -- run badptr' },
    // A panic stops every process wherever the timer left it.
    { name: 'nocheck-panic', cmdline: 'nocheck -- run guard', concurrent: true },
    { name: 'ring0-cli', cmdline: 'ring0 -- run cli' },
    { name: 'ring0-hello', cmdline: 'ring0 -- run hello' },
    { name: 'ctrl-c', cmdline: '-- run spin', input: '\x03' },
    { name: 'interactive', cmdline: '', input: 'help\rrun hello\rrun kwrite\recho  a   b\rbogus\rls\rrum\x7fn ret42\rhalt\r' },
    // Processes: a pipeline of three, a background job, ps, kill, wait.
    { name: 'pipeline', cmdline: '-- echo one two three | cat | wc', concurrent: true },
    { name: 'jobs', cmdline: '', input: 'nap 300 4 &\rjobs\rwait\rforks8\rhalt\r', concurrent: true },
    { name: 'shared-forks8', cmdline: 'shared -- run forks8', concurrent: true },
    { name: 'ring0-forks8', cmdline: 'ring0 -- run forks8', concurrent: true },
    // limit at the prompt; up/down-arrow history (ESC [ A / ESC [ B); both backspaces.
    { name: 'shell-editing', cmdline: 'limit=2', input: 'limit\rlimit 0.1\rrun spin\rrun hello\r\x1b[A\r\x1b[A\x1b[A\x1b[B\recho ab\x08c\x7fd\rlimit x\rhalt\r' },
  );
  return list;
}

/** Control characters as printf escapes (\\r, \\003 ...). */
function printfEscape(text: string): string {
  return [...text].map((ch) => {
    const code = ch.charCodeAt(0);
    if (code < 0x20 || code === 0x7f) return `\\${code.toString(8).padStart(3, '0')}`;
    if (ch === "'" || ch === '\\' || ch === '%') return `\\${code.toString(8).padStart(3, '0')}`;
    return ch;
  }).join('');
}

function runQemu(c: GoldenCase, moduleStrings: string[]): { console: string; trace: string; exitValue: number } {
  const traceFile = path.join(native, `golden-${c.name}.trace`);
  fs.rmSync(traceFile, { force: true });
  const args = [
    '-m', String(MEMORY_MIB), '-kernel', 'kernel.elf', '-initrd', moduleStrings.join(','),
    '-append', c.cmdline, '-serial', 'stdio', '-display', 'none', '-no-reboot', '-monitor', 'none',
    '-device', 'isa-debug-exit,iobase=0xf4,iosize=0x04', '-debugcon', `file:${traceFile}`,
  ];
  // Input is typed once QEMU is up, a line at a time with a pause after each
  // (the replay types each line when the system waits for it, see
  // tests/kernel/replay.ts): typed all at once, the tty's echo would run
  // ahead of the output in a way that depends on the UART's pace.
  const typing = c.input === undefined ? '' : inputChunks(c.input).map((chunk) => `printf '${printfEscape(chunk)}'; sleep 0.5`).join('; ');
  const command = c.input !== undefined
    ? `(sleep ${INPUT_DELAY}; ${typing}; sleep 2) | timeout 30 qemu-system-i386 ${args.map((a) => `'${a}'`).join(' ')}`
    : `timeout 20 qemu-system-i386 ${args.map((a) => `'${a}'`).join(' ')} < /dev/null`;
  const r = spawnSync('bash', ['-c', command], { cwd: native, encoding: 'latin1' });
  if (r.status === null || r.status === 124 || (r.status & 1) === 0) {
    throw new Error(`${c.name}: QEMU did not end through the exit port (status ${r.status}): ${r.stderr}`);
  }
  const trace = fs.readFileSync(traceFile, 'latin1');
  const halt = /^RS halt status=(\d+)$/m.exec(trace);
  const panicked = /^RS panic /m.test(trace);
  // QEMU's process status keeps 8 bits of (V << 1) | 1; the trace has the whole value.
  const exitValue = halt ? Number(halt[1]) : panicked ? 70 : r.status >> 1;
  return { console: r.stdout, trace, exitValue };
}

fs.mkdirSync(path.join(fixtures, 'qemu'), { recursive: true });
fs.rmSync(path.join(fixtures, 'native'), { recursive: true, force: true });
fs.mkdirSync(path.join(fixtures, 'native', 'user'), { recursive: true });
fs.copyFileSync(path.join(native, 'kernel.elf'), path.join(fixtures, 'native', 'kernel.elf'));
for (const file of programs()) fs.copyFileSync(path.join(native, 'user', file), path.join(fixtures, 'native', 'user', file));

const moduleStrings = programs().map((f) => `user/${f}`);
const unknown = ONLY.filter((name) => !cases().some((c) => c.name === name));
if (unknown.length) {
  console.error(`kernel-qemu-golden: no such case: ${unknown.join(', ')}`);
  process.exit(1);
}
for (const c of cases().filter((x) => ONLY.length === 0 || ONLY.includes(x.name))) {
  const result = runQemu(c, moduleStrings);
  const divergence = QEMU_DIVERGENCES[c.name];
  const golden = { ...c, memoryMiB: MEMORY_MIB, modules: moduleStrings, ...result, ...(divergence ? { qemuDivergence: divergence } : {}) };
  fs.writeFileSync(path.join(fixtures, 'qemu', `${c.name}.json`), JSON.stringify(golden, null, 2) + '\n');
  console.log(`${c.name.padEnd(20)} exit ${result.exitValue}`);
}
