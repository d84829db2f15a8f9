// Compares cc's expected diagnostics with gcc's: for every tests/cc/errors/*.c
// and tests/cc/warnings/*.c, runs `gcc -m32 -c -Wall` (-Wreturn-type needs more than -fsyntax-only) and reports
// whether gcc gives the same message (gcc's quotes made ASCII, its [-Wname]
// suffix kept). gcc before 14 reports some of cc's errors as warnings; that
// counts as the same message. Needs gcc with -m32 support; not part of npm test.
//   npx tsx scripts/cc-gcc-diagnostics.ts [--all]    (--all also lists the matches)
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.join(path.dirname(new URL(import.meta.url).pathname), '..');
const showAll = process.argv.includes('--all');
let same = 0, differ = 0;
for (const sub of ['errors', 'warnings']) {
  const dir = path.join(root, 'tests', 'cc', sub);
  for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.c')).sort()) {
    const text = fs.readFileSync(path.join(dir, f), 'utf8');
    const wants = [...text.matchAll(/^\/\/ expect-(?:error|warning): (.*)$/gm)].map((m) => m[1]!);
    const r = spawnSync('gcc', ['-m32', '-c', '-o', '/dev/null', '-Wall', '-std=gnu11', '-I', path.join(root, 'cc', 'include'), f], { cwd: dir, encoding: 'utf8' });
    if (r.error) { console.error(`cannot run gcc: ${r.error.message}`); process.exit(2); }
    const gcc = r.stderr.replace(/[\u2018\u2019]/g, "'").split('\n').filter((l) => / (error|warning): /.test(l)).map((l) => l.replace(/^.*? (error|warning): /, ''));
    for (const w of wants) {
      // gcc 12 says -Wreturn-type where gcc 14 says -Wreturn-mismatch.
      const ok = gcc.some((g) => g === w || g === w.replace('[-Wreturn-mismatch]', '[-Wreturn-type]'));
      if (ok) same++; else differ++;
      if (!ok || showAll) console.log(`${ok ? 'same  ' : 'differ'} ${sub}/${f}: ${w}${ok ? '' : `\n         gcc: ${gcc[0] ?? '(nothing)'}`}`);
    }
  }
}
console.log(`${same} messages as gcc gives them, ${differ} worded differently`);
