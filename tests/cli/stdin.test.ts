// `ringside run` connects stdin to the guest's console: piped bytes arrive in
// order as they come and end with the tty's end of file (Ctrl-D, twice after
// a partial line); a terminal is put in raw mode and restored.
import { describe, it, expect, beforeAll } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { runInProcess, runSubprocess } from './cli-helpers.ts';

const SLOW = 180_000;
let dir = '';

// Counts lines, words and bytes up to the end of file. The end is read()
// returning 0 (a kernel with a tty line discipline) or a Ctrl-D byte (a
// kernel that passes it through), so the test holds for both.
const WC = `#include <stdio.h>
#include <unistd.h>
int main(void)
{
    char buf[64];
    int lines = 0, words = 0, bytes = 0, inword = 0, n, i;
    for (;;) {
        n = read(0, buf, 64);
        if (n <= 0)
            break;
        for (i = 0; i < n; i++) {
            if (buf[i] == 4)
                goto done;
            bytes++;
            if (buf[i] == '\\n')
                lines++;
            if (buf[i] == ' ' || buf[i] == '\\n')
                inword = 0;
            else if (!inword) {
                inword = 1;
                words++;
            }
        }
    }
done:
    printf("%d %d %d\\n", lines, words, bytes);
    return 0;
}
`;

// Prints how many bytes each read() returned, up to the end of file (as WC).
const READS = `#include <stdio.h>
#include <unistd.h>
int main(void)
{
    char buf[64];
    int n, k;
    for (;;) {
        n = read(0, buf, 64);
        if (n <= 0)
            break;
        for (k = 0; k < n && buf[k] != 4; k++) { }
        if (k > 0)
            printf("[%d]\\n", k);
        if (k < n)
            break;
    }
    printf("end\\n");
    return 0;
}
`;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ringside-stdin-'));
  writeFileSync(join(dir, 'wc.c'), WC);
  writeFileSync(join(dir, 'reads.c'), READS);
  writeFileSync(join(dir, 'busy.c'), '#include <stdio.h>\nint main(void) { puts("ready"); for (;;) { } return 0; }\n');
});

describe('ringside run with stdin piped', () => {
  it('delivers exactly "a b\\n", then the end of file', () => {
    const r = runSubprocess(['run', join(dir, 'wc.c')], 'a b\n');
    expect(r.stdout).toBe('1 2 4\n');
    expect(r.code).toBe(0);
  }, SLOW);

  it('ends a last line without a newline, and empty input, with the end of file', () => {
    expect(runSubprocess(['run', join(dir, 'wc.c')], 'a b').stdout).toBe('0 2 3\n');
    expect(runSubprocess(['run', join(dir, 'wc.c')], '').stdout).toBe('0 0 0\n');
  }, SLOW);

  it('streams input: the program reads the first line before the rest is even written', async () => {
    const stdin = new PassThrough();
    stdin.write('one two\n');
    const r = await runInProcess(['run', join(dir, 'reads.c')], stdin, (out) => {
      if (out === '[8]\n') stdin.end('three\n');
    });
    expect(r.stdout).toBe('[8]\n[6]\nend\n');
    expect(r.code).toBe(0);
  }, SLOW);
});

describe('ringside run on a terminal', () => {
  it('forwards keys in raw mode; a second Ctrl-C stops ringside (130) and the terminal is restored', async () => {
    const stdin = new PassThrough() as PassThrough & { isTTY: boolean; setRawMode(raw: boolean): void };
    const modes: boolean[] = [];
    stdin.isTTY = true;
    stdin.setRawMode = (raw) => { modes.push(raw); };
    let typed = false;
    const r = await runInProcess(['run', join(dir, 'busy.c'), '--limit', '0'], stdin, (out) => {
      if (!typed && out.includes('ready')) {
        typed = true;
        stdin.write(Buffer.from([0x03, 0x03])); // both before the guest can act on the first
      }
    });
    expect(r.code).toBe(130);
    expect(r.stdout).not.toContain('program killed'); // ringside stopped, not the kernel
    expect(modes).toEqual([true, false]);
  }, SLOW);
});
