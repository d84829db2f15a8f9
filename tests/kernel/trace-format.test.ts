// The kernel's trace lines (port 0xE9), as QEMU recorded them, follow the
// format in docs/ARCHITECTURE.md and parse with src/debug/trace.ts.
import { describe, it, expect } from 'vitest';
import { parseTraceLine, type TraceEvent } from '../../src/debug/trace.ts';
import { loadGoldens } from './golden.ts';

const goldens = loadGoldens();
const events = (name: string): TraceEvent[] =>
  goldens.find((g) => g.name === name)!.trace.split('\n').filter((l) => l !== '').map((l) => parseTraceLine(l)!);

describe('kernel trace lines', () => {
  for (const g of goldens) {
    it(`${g.name}: every line parses, and the run is framed by boot ... halt|panic`, () => {
      const lines = g.trace.split('\n').filter((l) => l !== '');
      const parsed = lines.map((l) => parseTraceLine(l));
      expect(parsed.every((e) => e !== null)).toBe(true);
      expect(parsed[0]!.kind).toBe('boot');
      const last = parsed[parsed.length - 1]!;
      if (last.kind === 'panic') expect(g.exitValue).toBe(70);
      else expect(last).toMatchObject({ kind: 'halt', status: g.exitValue });
      expect(parsed.filter((e) => e!.kind === 'other')).toEqual([]);
    });
  }

  it('hello (pid 3, run by the shell): run, checked block, syscall, sysret, exit', () => {
    const all = events('hello');
    const run = all.find((x) => x.kind === 'run' && x.name === 'hello')!;
    expect(run).toMatchObject({ kind: 'run', pid: 3, entry: 0x40000000 });
    // From its execv on (before it, pid 3 was the shell's forked child).
    const e = all.slice(all.indexOf(run)).filter((x) => 'pid' in x && x.pid === 3 && x.kind !== 'block' && x.kind !== 'wake');
    // execv's own sysret comes right after the run line.
    expect(e.map((x) => x.kind)).toEqual(['run', 'sysret', 'check', 'syscall', 'check', 'sysret', 'check', 'syscall', 'exit']);
    expect(e[3]).toMatchObject({ kind: 'syscall', name: 'printf', nr: 7 });
    expect(e[5]).toMatchObject({ kind: 'sysret', name: 'printf', ret: 19 });
    expect(e[8]).toMatchObject({ kind: 'exit', name: 'hello', status: 0 });
    expect(all[0]!.kind).toBe('boot');
    expect(all.at(-1)).toMatchObject({ kind: 'halt', status: 0 });
  });

  it('every syscall with arguments is preceded by an ok check of its argument block', () => {
    for (const g of goldens) {
      const e = g.trace.split('\n').filter((l) => l !== '').map((l) => parseTraceLine(l)!);
      e.forEach((x, i) => {
        if (x.kind === 'syscall' && x.args.length > 0 && !g.cmdline.startsWith('nocheck')) {
          expect(e[i - 1]).toMatchObject({ kind: 'check', ok: true, len: 4 * x.args.length, write: false });
        }
      });
    }
  });

  it('kill lines carry the reason, the CPU details and the status', () => {
    expect(events('kwrite').find((x) => x.kind === 'kill')).toMatchObject({
      reason: 'page fault', vector: 14, error: 7, cr2: 0x00100000, status: 139,
    });
    expect(events('divzero').find((x) => x.kind === 'kill')).toMatchObject({ reason: 'divide error', vector: 0, status: 136 });
    expect(events('ud').find((x) => x.kind === 'kill')).toMatchObject({ reason: 'invalid opcode', vector: 6, status: 132 });
    expect(events('int3').find((x) => x.kind === 'kill')).toMatchObject({ reason: 'general protection fault', vector: 13, error: 0x1a });
    expect(events('badsys').find((x) => x.kind === 'kill')).toMatchObject({ reason: 'bad syscall number', status: 159 });
    expect(events('spin').find((x) => x.kind === 'kill')).toMatchObject({ reason: 'time limit', status: 137 });
  });

  it('badptr: the failed check comes right before the kill, and the kernel never answers', () => {
    const e = events('badptr');
    const kill = e.findIndex((x) => x.kind === 'kill');
    expect(e[kill - 1]).toMatchObject({ kind: 'check', addr: 0x00100000, len: 16, write: false, ok: false });
    expect(e[kill]).toMatchObject({ reason: 'bad syscall pointer', status: 139 });
    expect(e.some((x) => x.kind === 'sysret' && x.name === 'write')).toBe(false);
  });

  it('readonly: read() checks its buffer for write access', () => {
    const e = events('readonly');
    const kill = e.findIndex((x) => x.kind === 'kill');
    expect(e[kill - 1]).toMatchObject({ kind: 'check', write: true, ok: false, len: 4 });
  });

  it('nocheck: no check lines for pointers, so the trace shows the deputy acting blind', () => {
    expect(events('nocheck-badptr').some((x) => x.kind === 'check')).toBe(false);
    expect(events('nocheck-badptr').find((x) => x.kind === 'boot')).toMatchObject({ opts: 'nocheck' });
  });
});
