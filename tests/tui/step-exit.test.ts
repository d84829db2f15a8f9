import { describe, it, expect, vi } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildBundle } from '../../src/build/bundle.ts';
import { TuiSession } from '../../src/tui/session.ts';
import { RunControl } from '../../src/tui/run-control.ts';

vi.setConfig({ testTimeout: 60_000 });

/** Runs frames until the control pauses (bounded). */
function untilPaused(c: RunControl): void {
  for (let i = 0; i < 2000 && c.running; i++) c.runFrame(50);
  expect(c.running).toBe(false);
}

describe('next over a call that never returns', () => {
  it('stops when the program exits, and says so', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ringside-step-'));
    const file = join(dir, 'quitter.c');
    writeFileSync(file, '#include <stdlib.h>\nvoid quit(int status)\n{\n    exit(status);\n}\nint main(void)\n{\n    quit(7);\n    return 0;\n}\n');
    const session = new TuiSession({ bundle: buildBundle(), files: [file], cmdline: '-- run quitter' });
    const c = new RunControl(session);
    // At full speed until the kernel starts the program (a breakpoint runs the guest one instruction at a time).
    session.log.subscribe((e) => {
      if (e.kind === 'run' && e.name === 'quitter') session.machine.requestStop();
    });
    for (let i = 0; i < 5000 && session.runningProgram !== 'quitter'; i++) session.machine.runSlice(20_000);
    c.addBreakpoint('quitter:main');
    c.continue();
    untilPaused(c);
    expect(c.message).toMatch(/^breakpoint at 0x4000[0-9a-f]{4} <main>/);
    c.next();
    untilPaused(c);
    expect(c.message).toMatch(/^line 8: main at .*quitter\.c:8$/);
    c.breakpoints.clear();
    c.next();
    untilPaused(c);
    expect(c.message).toBe('quitter exited with status 7 during next');
  });
});
