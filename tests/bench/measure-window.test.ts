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
    const w = new MeasureWindow(() => clock.n);
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
    expect(w.endLine).toBe('RS exit pid=3 name=x status=0');
  });

  it('ends the window at a kill line too', () => {
    const clock = { n: 0 };
    const w = new MeasureWindow(() => clock.n);
    feed(w, 'RS run pid=1 name=x entry=0x40000000\nRS kill pid=1 name=x reason="page fault" status=139\n', clock);
    expect(w.endLine).toMatch(/^RS kill/);
  });

  it('has no window without a run line', () => {
    const clock = { n: 0 };
    const w = new MeasureWindow(() => clock.n);
    feed(w, 'RS exit pid=1 name=x status=0\n', clock);
    expect(w.start).toBeNull();
    expect(w.end).toBeNull();
  });
});
