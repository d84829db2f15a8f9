import { describe, it, expect } from 'vitest';
import { EventLog, attachEventLog, decodeErrorCode, type EventSource } from '../../src/debug/events.ts';
import type { CpuHooks } from '../../src/cpu/hooks.ts';

function makeLog(capacity?: number) {
  let now = 0;
  const log = new EventLog({ capacity, clock: () => now, irqName: (v) => (v === 0x20 ? 'IRQ 0 (timer)' : null) });
  return { log, hooks: log.hooks(), setTime(t: number) { now = t; } };
}

describe('event log', () => {
  it('decodes a user-mode page fault and the ring transition it causes', () => {
    const { log, hooks, setTime } = makeLog();
    setTime(1234);
    hooks.onInterrupt!(14, 7, 0x40000012, 3, 0, false);
    const [fault, ring] = log.events();
    expect(fault).toMatchObject({
      kind: 'interrupt', time: 1234, vector: 14, name: 'page fault', source: 'exception',
      errorCode: 7, errorText: 'write, user mode, protection violation',
    });
    expect(fault!.summary).toContain('page fault');
    expect(fault!.summary).toContain('0x40000012');
    expect(ring).toMatchObject({ kind: 'ring', fromCpl: 3, toCpl: 0, direction: 'inward', via: 'interrupt' });
  });

  it('names syscalls, IRQs and IRET back to ring 3', () => {
    const { log, hooks } = makeLog();
    hooks.onInterrupt!(0x80, -1, 0x40000020, 3, 0, true);
    hooks.onInterrupt!(0x20, -1, 0x00101000, 0, 0, false);
    hooks.onIret!(0, 3, 0x40000022);
    const kinds = log.events().map((e) => e.kind);
    expect(kinds).toEqual(['interrupt', 'ring', 'interrupt', 'iret', 'ring']);
    const [sys, , irq, , back] = log.events();
    expect(sys).toMatchObject({ name: 'syscall', source: 'software', errorText: null });
    expect(irq).toMatchObject({ name: 'IRQ 0 (timer)', source: 'irq' });
    expect(back).toMatchObject({ direction: 'outward', via: 'iret', toCpl: 3 });
  });

  it('records CR3 loads and triple faults', () => {
    const { log, hooks } = makeLog();
    hooks.onCr3Load!(0x00123000);
    hooks.onTripleFault!();
    expect(log.events().map((e) => e.summary)).toEqual([
      'cr3 <- 0x00123000',
      'triple fault: the CPU has been reset',
    ]);
  });

  it('merges trace lines from debug-console bytes, in order with CPU events', () => {
    const { log, hooks, setTime } = makeLog();
    setTime(10);
    for (const c of 'RS syscall pid=1 nr=3 name=write a0=0x1 a1=0x40001000 a2=0xc\n') log.pushDebugByte(c.charCodeAt(0));
    setTime(20);
    hooks.onInterrupt!(13, 0x18, 0x40000000, 3, 0, false);
    setTime(30);
    log.recordTraceLine('RS kill pid=1 name=x reason="general protection" vector=13 error=0x18 eip=0x40000000 status=139');
    log.recordTraceLine('not a trace line');
    const events = log.events();
    expect(events.map((e) => [e.kind, e.time])).toEqual([['syscall', 10], ['interrupt', 20], ['ring', 20], ['kill', 30]]);
    expect(events[1]).toMatchObject({ errorText: 'GDT selector 0x18' });
    expect(events[3]!.summary).toBe('pid 1 x killed: general protection at eip=0x40000000 (status 139)');
  });

  it('keeps a malformed trace line as a bad-trace event rather than throwing', () => {
    const { log } = makeLog();
    log.recordTraceLine('RS exit pid=1');
    expect(log.events()[0]).toMatchObject({ kind: 'bad-trace', raw: 'RS exit pid=1' });
  });

  it('is a bounded ring buffer that drops the oldest events', () => {
    const { log, hooks } = makeLog(3);
    for (let i = 0; i < 5; i++) hooks.onCr3Load!(i * 0x1000);
    expect(log.size).toBe(3);
    expect(log.dropped).toBe(2);
    expect(log.events().map((e) => e.seq)).toEqual([2, 3, 4]);
    expect(log.events().map((e) => (e.kind === 'cr3' ? e.value : -1))).toEqual([0x2000, 0x3000, 0x4000]);
  });

  it('filters by kind and notifies subscribers', () => {
    const { log, hooks } = makeLog();
    const seen: string[] = [];
    const unsubscribe = log.subscribe((e) => seen.push(e.kind));
    hooks.onCr3Load!(0);
    log.recordTraceLine('RS exit pid=1 name=a status=3');
    unsubscribe();
    hooks.onCr3Load!(0);
    expect(seen).toEqual(['cr3', 'exit']);
    expect(log.events(['exit']).length).toBe(1);
    expect(log.events(['cr3', 'exit']).length).toBe(3);
  });

  it('decodes error codes only for the vectors that have them', () => {
    expect(decodeErrorCode(14, 4)).toBe('read, user mode, page not present');
    expect(decodeErrorCode(13, 0)).toBe('no selector');
    expect(decodeErrorCode(13, -1)).toBeNull();
    expect(decodeErrorCode(0, 0)).toBeNull();
  });

  it('attaches to a machine: its hooks, its clock, its PIC vector bases', () => {
    let debugOut: ((b: number) => void) | null = null;
    const fake: EventSource = {
      now: 777,
      debugHooks: null as CpuHooks | null,
      onDebugOutput(cb) { debugOut = cb; },
      pic: { master: { vectorBase: 0x20 }, slave: { vectorBase: 0x28 } },
    };
    const log = attachEventLog(fake);
    fake.debugHooks!.onInterrupt!(0x2c, -1, 0, 0, 0, false);
    fake.debugHooks!.onInterrupt!(0x24, -1, 0, 0, 0, false);
    for (const c of 'RS exit pid=1 name=a status=0\n') debugOut!(c.charCodeAt(0));
    expect(log.events().map((e) => (e.kind === 'interrupt' ? e.name : e.kind))).toEqual(['IRQ 12 (mouse)', 'IRQ 4 (COM1)', 'exit']);
    expect(log.events()[0]!.time).toBe(777);
  });

  it('attaches pointer checks to their syscall, including the argument-block check made before it', () => {
    const { log } = makeLog();
    log.recordTraceLine('RS check pid=1 addr=0x403fffbc len=0x4 write=0 verdict=ok');
    log.recordTraceLine('RS syscall pid=1 nr=3 name=write a0=0x1 a1=0x40001000 a2=0xc');
    log.recordTraceLine('RS check pid=1 addr=0x40001000 len=0xc write=0 verdict=ok');
    log.recordTraceLine('RS sysret pid=1 name=write ret=12');
    log.recordTraceLine('RS check pid=1 addr=0x403fffbc len=0x4 write=0 verdict=ok');
    log.recordTraceLine('RS syscall pid=1 nr=3 name=write a0=0x1 a1=0x00100000 a2=0x10');
    log.recordTraceLine('RS check pid=1 addr=0x00100000 len=0x10 write=0 verdict=bad');
    log.recordTraceLine('RS kill pid=1 name=badptr reason="bad syscall pointer" status=139');
    log.recordTraceLine('RS check pid=2 addr=0x40000000 len=0x4 write=1 verdict=ok'); // after the kill: a new syscall's
    const calls = log.events(['syscall']);
    expect(calls).toHaveLength(2);
    expect(calls[0]).toMatchObject({ verdict: 'ok', checks: [{ addr: 0x403fffbc, ok: true }, { addr: 0x40001000, len: 12, ok: true }] });
    expect(calls[1]).toMatchObject({ verdict: 'bad', checks: [{ ok: true }, { addr: 0x100000, ok: false, write: false }] });
    expect(log.events(['check'])).toHaveLength(5); // the check lines stay in the log as well
  });

  it('marks a syscall that made no pointer check as unchecked', () => {
    const { log } = makeLog();
    log.recordTraceLine('RS syscall pid=1 nr=8 name=getpid');
    log.recordTraceLine('RS sysret pid=1 name=getpid ret=1');
    expect(log.events(['syscall'])[0]).toMatchObject({ verdict: 'unchecked', checks: [] });
  });

  it('describes the process events in one line each', () => {
    const { log } = makeLog();
    for (const line of [
      'RS fork pid=1 child=2',
      'RS run pid=2 name=sh entry=0x40000000 cr3=0x00289000 esp0=0x0012f000',
      'RS switch from=3 to=5 esp0=0x0012f000 cr3=0x00289000',
      'RS switch from=5 to=0 esp0=0x00110000 cr3=0x00100000',
      'RS block pid=1 on=wait',
      'RS wake pid=1',
      'RS signal pid=4 sig=2 from=0',
      'RS signal pid=4 sig=15 from=1',
      'RS reap pid=1 child=4 status=0x0200',
      'RS reap pid=1 child=5 status=0xb',
      'RS reparent pid=6 ppid=1',
    ]) log.recordTraceLine(line);
    expect(log.events().map((e) => e.summary)).toEqual([
      'pid 1 forks pid 2',
      'pid 2 runs sh at 0x40000000  CR3 00289000  esp0 0012f000',
      'switch 3 -> 5  esp0 <- 0x0012f000  CR3 <- 0x00289000',
      'switch 5 -> idle  esp0 <- 0x00110000  CR3 <- 0x00100000',
      'pid 1 sleeps on wait',
      'pid 1 wakes up (runnable)',
      'SIGINT (2) to pid 4 from the kernel',
      'SIGTERM (15) to pid 4 from pid 1',
      'pid 1 reaps pid 4: exited 2 (status 0x200)',
      'pid 1 reaps pid 5: killed by SIGSEGV (status 0xb)',
      'pid 6 orphaned: pid 1 adopts it',
    ]);
  });
});
