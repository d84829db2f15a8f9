// Every program under tests/cc/programs runs on the emulated machine, exactly
// as `ringside run` runs it: the first half here, the second half in
// emulator-part2.test.ts (scripts/cc-emulator-check.ts does it from a shell).
// Plus a multi-file program.
import { describe, it, expect } from 'vitest';
import * as path from 'node:path';
import { runProgram } from '../../src/build/run-program.ts';
import { describeProgramRuns } from './emulator-runs.ts';

describeProgramRuns(0);

describe('multi-file programs run on the emulated machine', () => {
  it('links C units with same-named statics and an assembly helper in one program', async () => {
    const fs = await import('node:fs');
    const os = await import('node:os');
    const { buildExecutable } = await import('../../cc/driver.ts');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-multi-'));
    const put = (name: string, text: string) => { const p = path.join(dir, name); fs.writeFileSync(p, text); return p; };
    const main = put('main.c', [
      '#include <stdio.h>',
      'static int counter = 100;           /* same static name as in util.c */',
      'int bump(void);',
      'int triple(int);                    /* in helper.s */',
      'extern const char *greeting;',
      'int main(void) {',
      '  bump(); bump();',
      '  printf("%s %d %d\\n", greeting, bump() + counter, triple(14));',
      '  return 3;',
      '}',
    ].join('\n'));
    const util = put('util.c', 'static int counter;\nconst char *greeting = "multi";\nint bump(void) { return ++counter; }\n');
    const helper = put('helper.s', 'section .text\nglobal triple\ntriple:\n    mov eax, [esp+4]\n    lea eax, [eax+eax*2]\n    ret\n');
    const { elf } = buildExecutable([main, util, helper], { kind: 'user' });
    const r = runProgram({ name: 'multi', elf });
    expect(r.console).toBe('multi 103 42\n');
    expect(r.status).toBe(3);
  }, 60_000);
});
