import { describe, it, expect } from 'vitest';
import { MeasureWindow } from '../../bench/measure-window.ts';

function feed(w: MeasureWindow, text: string, clock: { n: number }): void {
  for (const b of new TextEncoder().encode(text)) {
    clock.n++;
    w.push(b);
  }
}

describe('MeasureWindow', () => {
  it('measures from the end of the run line to the end of the exit line and counts syscalls between', () => {
    const clock = { n: 0 };
    const w = new MeasureWindow(() => clock.n, 'x');
    feed(w, 'RS boot mem_kib=32768 modules=1 opts=\nRS syscall pid=0 nr=8 name=getpid\n', clock);
    feed(w, 'RS run pid=3 name=x entry=0x40000000\n', clock);
    const afterRun = clock.n;
    feed(w, 'RS syscall pid=3 nr=8 name=getpid\nRS sysret pid=3 name=getpid ret=3\n', clock);
    feed(w, 'RS syscall pid=3 nr=1 name=exit a0=0x0\nRS exit pid=3 name=x status=0\n', clock);
    const afterExit = clock.n;
    feed(w, 'RS syscall pid=4 nr=8 name=getpid\n', clock);
    expect(w.pid).toBe(3);
    expect(w.syscalls).toBe(2);
    expect(w.end!.instructions - w.start!.instructions).toBe(afterExit - afterRun);
    expect(w.measured!.instructions).toBe(afterExit - afterRun);
    expect(w.endLine).toBe('RS exit pid=3 name=x status=0');
  });

  it('ends the window at a kill line too', () => {
    const clock = { n: 0 };
    const w = new MeasureWindow(() => clock.n, 'x');
    feed(w, 'RS run pid=1 name=x entry=0x40000000\nRS kill pid=1 name=x reason="page fault" status=139\n', clock);
    expect(w.endLine).toMatch(/^RS kill/);
  });

  it('has no window without a run line', () => {
    const clock = { n: 0 };
    const w = new MeasureWindow(() => clock.n, 'x');
    feed(w, 'RS exit pid=1 name=x status=0\n', clock);
    expect(w.start).toBeNull();
    expect(w.end).toBeNull();
  });

  it('measures the named program, not init or sh, and only its own exit ends it', () => {
    const clock = { n: 0 };
    const w = new MeasureWindow(() => clock.n, 'x');
    feed(w, 'RS run pid=1 name=init entry=0x40000000\nRS syscall pid=1 nr=14 name=fork\n', clock);
    feed(w, 'RS run pid=2 name=sh entry=0x40000000\nRS run pid=5 name=xx entry=0x40000000\nRS exit pid=5 name=xx status=0\n', clock);
    expect(w.start).toBeNull();
    feed(w, 'RS run pid=3 name=x entry=0x40000000\n', clock);
    expect(w.pid).toBe(3);
    feed(w, 'RS kill pid=4 name=y reason="page fault" status=139\nRS exit pid=30 name=z status=0\n', clock);
    expect(w.end).toBeNull();
    feed(w, 'RS exit pid=3 name=x status=0\n', clock);
    expect(w.endLine).toBe('RS exit pid=3 name=x status=0');
  });

  it('leaves out the time other processes run and their syscalls', () => {
    const clock = { n: 0 };
    const changes: boolean[] = [];
    const w = new MeasureWindow(() => clock.n, 'x', (on) => changes.push(on));
    feed(w, 'RS run pid=3 name=x entry=0x40000000\n', clock);
    const afterRun = clock.n;
    feed(w, 'RS switch from=3 to=2 esp0=0x1 cr3=0x2\n', clock);
    const away = clock.n;
    feed(w, 'RS syscall pid=2 nr=16 name=waitpid\nRS block pid=2 on=wait\nRS switch from=2 to=3 esp0=0x1 cr3=0x2\n', clock);
    const back = clock.n;
    expect(w.running).toBe(true);
    feed(w, 'RS syscall pid=3 nr=1 name=exit a0=0x0\nRS exit pid=3 name=x status=0\n', clock);
    const afterExit = clock.n;
    expect(w.syscalls).toBe(1);
    expect(w.measured!.instructions).toBe(away - afterRun + afterExit - back);
    expect(w.end!.instructions - w.start!.instructions).toBe(afterExit - afterRun);
    expect(changes).toEqual([true, false, true, false]);
  });
});
