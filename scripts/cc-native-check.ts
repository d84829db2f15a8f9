// Checks cc's code generator natively: every program in tests/cc/programs is
// compiled with cc (plus the runtime libc), assembled with nasm, linked with
// gcc -m32 against a Linux stand-in for the syscalls (scripts/cc-native), run,
// and its exit status and output compared with the expectations in its header.
// Usage: npx tsx scripts/cc-native-check.ts [filter]
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CompileError } from '../cc/driver.ts';
import { listPrograms, readProgramSpec } from '../tests/cc/program-spec.ts';
import { NativeLinker } from './cc-native-link.ts';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-native-'));
const linker = new NativeLinker(work);

const filter = process.argv[2] ?? '';
let pass = 0, fail = 0;
for (const file of listPrograms()) {
  if (!file.includes(filter)) continue;
  const spec = readProgramSpec(file);
  const name = path.relative(process.cwd(), file);
  try {
    const exe = path.join(work, 'prog');
    linker.link([file], exe);
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
