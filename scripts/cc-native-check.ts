// Checks cc's code generator natively: every program in tests/cc/programs is
// compiled with cc (plus the runtime libc), assembled with nasm, linked with
// gcc -m32 against a Linux stand-in for the syscalls (scripts/cc-native), run,
// and its exit status and output compared with the expectations in its header.
// Usage: npx tsx scripts/cc-native-check.ts [filter]
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { programUnits, CompileError } from '../cc/driver.ts';
import { listPrograms, readProgramSpec } from '../tests/cc/program-spec.ts';

const here = path.dirname(new URL(import.meta.url).pathname);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-native-'));

function run(cmd: string, args: string[]): void {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}\n${r.stdout}${r.stderr}`);
}

run('gcc', ['-m32', '-O1', '-ffreestanding', '-fno-stack-protector', '-fno-pic', '-c', path.join(here, 'cc-native/shim.c'), '-o', path.join(work, 'shim.o')]);
run('nasm', ['-f', 'elf32', path.join(here, 'cc-native/start.s'), '-o', path.join(work, 'start.o')]);

const filter = process.argv[2] ?? '';
let pass = 0, fail = 0;
for (const file of listPrograms()) {
  if (!file.includes(filter)) continue;
  const spec = readProgramSpec(file);
  const name = path.relative(process.cwd(), file);
  try {
    // The program as cc builds it, minus crt0 and the syscall wrappers (start.s and shim.c stand in).
    const units = programUnits([file], { kind: 'user' }).units.filter((u) => !u.name.endsWith('crt0.s') && !u.name.endsWith('fpstart.s') && u.name !== 'syscalls.s');
    const objs: string[] = [];
    units.forEach((u, i) => {
      const s = path.join(work, `u${i}.s`), o = path.join(work, `u${i}.o`);
      fs.writeFileSync(s, u.text);
      run('nasm', ['-f', 'elf32', s, '-o', o]);
      objs.push(o);
    });
    const exe = path.join(work, 'prog');
    // The program's own definitions win over the shim's, as they do over the syscall wrappers.
    run('gcc', ['-m32', '-nostdlib', '-static', '-Wl,--allow-multiple-definition', '-o', exe, path.join(work, 'start.o'), ...objs, path.join(work, 'shim.o')]);
    const r = spawnSync(exe, spec.args, { encoding: 'utf8', timeout: 5000, input: spec.stdin ?? '' });
    const problems: string[] = [];
    if (r.status !== spec.exit) problems.push(`exit ${r.status ?? r.signal}, expected ${spec.exit}`);
    if (r.stdout !== spec.output) problems.push(`output ${JSON.stringify(r.stdout)}, expected ${JSON.stringify(spec.output)}`);
    if (problems.length) { fail++; console.log(`FAIL ${name}: ${problems.join('; ')}`); } else pass++;
  } catch (e) {
    fail++;
    const msg = e instanceof CompileError ? e.diagnostics.join('\n') : (e as Error).message;
    console.log(`FAIL ${name}:\n${msg}`);
  }
}
console.log(`${pass} passed, ${fail} failed`);
fs.rmSync(work, { recursive: true, force: true });
process.exit(fail ? 1 : 0);
