// Issue 14, item 6: `cc -I DIR file.c` swallowed file.c into -I ("Not enough
// non-option arguments"). Both -IDIR and -I DIR work, as with gcc, and repeat.
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { scratchDir, runHostile, writeFiles } from './hostile-helpers.ts';

let dir = '';
let main = '';
let inc = '';
beforeAll(() => {
  dir = scratchDir();
  inc = join(dir, 'inc');
  mkdirSync(inc);
  mkdirSync(join(dir, 'other'));
  writeFiles(inc, { 'answer.h': '#define ANSWER 42\n' });
  writeFiles(join(dir, 'other'), { 'half.h': '#define HALF 21\n' });
  main = writeFiles(join(dir), { 'main.c': '#include <answer.h>\nint main(void) { return ANSWER; }\n' });
});

describe('cc -I', { timeout: 30_000 }, () => {
  const spellings: [string, () => string[]][] = [
    ['-I DIR before the file', () => ['cc', '-I', inc, main, '-S']],
    ['-IDIR before the file', () => ['cc', `-I${inc}`, main, '-S']],
    ['-I DIR after the file', () => ['cc', main, '-I', inc, '-S']],
    ['-I DIR after -S', () => ['cc', '-S', '-I', inc, main]],
    // yargs read a relative -IDIR as a group of one-letter flags (the fuzzer's reproducer READMEs say `-I.`).
    ['-IDIR with a relative DIR', () => ['cc', `-I${relative(process.cwd(), inc)}`, main, '-S']],
    ['-IDIR with a DIR starting with a letter', () => ['cc', `-Itests/../${relative(process.cwd(), inc)}`, main, '-S']],
  ];
  for (const [what, argv] of spellings) {
    it(`accepts ${what}`, async () => {
      const r = await runHostile(argv());
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/mov eax, 42/);
    });
  }

  it('searches repeated -I directories in order', async () => {
    const two = writeFiles(dir, { 'two.c': '#include "half.h"\n#include "answer.h"\nint main(void) { return ANSWER + HALF; }\n' });
    const r = await runHostile(['cc', '-I', join(dir, 'other'), `-I${inc}`, two, '-S']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/mov eax, 63/);
  });

  it('says so when -I has no directory', async () => {
    const r = await runHostile(['cc', main, '-S', '-I']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^ringside: .*\bI\b/);
    expect(r.stderr).not.toContain('internal error');
  });

  it('builds an executable with -I DIR FILE', async () => {
    const r = await runHostile(['cc', '-I', inc, main, '-o', join(dir, 'main.elf')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
});
