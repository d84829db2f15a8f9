// Runs every program in tests/cc/programs on ringside's own emulated machine
// (bundled kernel, batch mode, as `ringside run` does) and compares console
// output and exit status with the program's header.
// Usage: npx tsx scripts/cc-emulator-check.ts [filter]
import * as path from 'node:path';
import { runProgram } from '../src/build/run-program.ts';
import { expectedConsole, listPrograms, readProgramSpec } from '../tests/cc/program-spec.ts';

const filter = process.argv[2] ?? '';
let pass = 0, fail = 0;
for (const file of listPrograms().filter((f) => f.includes(filter))) {
  const spec = readProgramSpec(file);
  const r = runProgram(file, { args: spec.args, input: spec.stdin, eof: spec.stdin !== undefined });
  const problems: string[] = [];
  if (r.status !== spec.exit) problems.push(`${r.state}, status ${r.status}, expected ${spec.exit}`);
  if (r.console !== expectedConsole(spec)) problems.push(`output ${JSON.stringify(r.console)}, expected ${JSON.stringify(expectedConsole(spec))}`);
  if (problems.length) { fail++; console.log(`FAIL ${path.relative(process.cwd(), file)}: ${problems.join('; ')}`); } else pass++;
}
console.log(`${pass} passed, ${fail} failed`);
process.exit(fail ? 1 : 0);
