// Ctrl-C during `ringside run` reaches the guest like a serial-line interrupt:
// the kernel kills the program, prints why, and ringside exits 130 (SIGINT).
import { describe, it, expect } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './cli-helpers.ts';

describe('ringside run and Ctrl-C', () => {
  it('SIGINT kills the running program through the kernel, with status 130', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ringside-int-'));
    const file = join(dir, 'busy.c');
    writeFileSync(file, '#include <stdio.h>\nint main(void) { puts("ready"); for (;;) { } return 0; }\n');
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'ringside.js'), 'run', file, '--limit', '1000'], { cwd: ROOT });
    let out = '';
    let sent = false;
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString('latin1');
      if (!sent && out.includes('ready')) {
        sent = true; // once: a second Ctrl-C would stop ringside itself
        child.kill('SIGINT');
      }
    });
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    expect(out).toContain('[program killed: interrupted]');
    expect(code).toBe(130);
  }, 120_000);
});
