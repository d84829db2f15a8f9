// The console as a terminal, end to end through the CLI: nothing typed ahead
// is lost (the tty's buffer fills, the rest waits in the UART and on the
// host), and piped input ends with an end of file a K&R getchar loop sees.
import { describe, it, expect } from 'vitest';
import { runSubprocess } from '../cli/cli-helpers.ts';

const SLOW = 180_000;

describe('console input through ringside', () => {
  it('40 piped shell commands and halt all reach the shell of `ringside boot`', () => {
    const commands = Array.from({ length: 40 }, (_, i) => `echo line ${i + 1} of forty`);
    const r = runSubprocess(['boot'], [...commands, 'halt 7', ''].join('\n'));
    for (let i = 1; i <= 40; i++) expect(r.stdout).toContain(`line ${i} of forty\n`);
    expect(r.code).toBe(7);
  }, SLOW);

  it('printf "a b\\n" | ringside run wc.c: the bundled K&R wc counts it and ends', () => {
    const r = runSubprocess(['run', 'kernel/user/wc.c'], 'a b\n');
    expect(r.stdout).toBe('      1       2       4\n');
    expect(r.code).toBe(0);
  }, SLOW);

  it('cat passes 6 KiB of piped stdin through byte for byte, then ends', () => {
    const text = Array.from({ length: 300 }, (_, i) => `word${i} another`).join('\n') + '\n';
    const r = runSubprocess(['run', 'kernel/user/cat.c'], text);
    expect(r.stdout).toBe(text);
    expect(r.code).toBe(0);
  }, SLOW);
});
