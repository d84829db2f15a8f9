import { describe, it, expect } from 'vitest';
import { AttackEndTracker, attackCmdline, BatchError, freePages, readConsole } from '../../src/attacks/batch.ts';
import { parseTraceLine } from '../../src/debug/trace.ts';

describe('attackCmdline', () => {
  it('builds the batch with markers', () => {
    expect(attackCmdline('kwrite', 'flat', 0.2)).toBe(
      'flat limit=0.2 -- echo @@mem-before; mem; echo @@attack; run kwrite; echo @@after; run hello; echo @@mem-after; mem',
    );
  });

  it('refuses options or names that would change the batch', () => {
    expect(() => attackCmdline('kwrite', 'flat -- run x', 0.2)).toThrow(BatchError);
    expect(() => attackCmdline('kwrite; halt', '', 0.2)).toThrow(/not a program name/);
    expect(() => attackCmdline('kwrite', '', 0)).toThrow(/positive/);
  });
});

describe('readConsole', () => {
  it('cuts the console into its sections', () => {
    const text = '@@mem-before\nphysical memory: 32768 KiB, 8192 pages, 7719 free\n@@attack\n[program killed: page fault]\n'
      + '@@after\nHello from ring 3!\n@@mem-after\nphysical memory: 32768 KiB, 8192 pages, 7718 free\n';
    expect(readConsole(text)).toEqual({
      attackOutput: '[program killed: page fault]\n', shellAlive: true, freePagesBefore: 7719, freePagesAfter: 7718,
    });
  });

  it('a console that stops early: shell dead, counts unknown', () => {
    const f = readConsole('@@mem-before\nphysical memory: 1 KiB, 8 pages, 3 free\n@@attack\n*** kernel panic\n');
    expect(f).toMatchObject({ shellAlive: false, freePagesBefore: 3, freePagesAfter: null });
    expect(freePages('nothing')).toBeNull();
  });
});

describe('AttackEndTracker', () => {
  const feed = (t: AttackEndTracker, lines: string[]) => lines.map((l) => t.push(parseTraceLine(l)!));

  it('follows the attack by pid, not the runs around it', () => {
    const t = new AttackEndTracker('kwrite');
    const moments = feed(t, [
      'RS run pid=1 name=hello entry=0x40000000',
      'RS exit pid=1 name=hello status=0',
      'RS run pid=2 name=kwrite entry=0x40000000',
      'RS kill pid=2 name=kwrite reason="page fault" vector=14 error=0x7 cr2=0x00100000 eip=0x40000031 status=139',
      'RS exit pid=3 name=hello status=0',
    ]);
    expect(moments).toEqual([null, null, 'started', 'ended', null]);
    expect(t.result('x')).toEqual({ kind: 'killed', reason: 'page fault', status: 139 });
  });

  it('a panic ends it; no end at all is described', () => {
    const t = new AttackEndTracker('guard');
    feed(t, ['RS run pid=1 name=guard entry=0x40000000', 'RS panic reason="page fault" vector=14 error=0x0 cr2=0x403fb000 eip=0x0010003c']);
    expect(t.result('x')).toEqual({ kind: 'panic', reason: 'page fault' });
    expect(new AttackEndTracker('y').result('the machine hung')).toEqual({ kind: 'none', why: 'never started: the machine hung' });
  });
});
