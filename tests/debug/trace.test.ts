import { describe, it, expect } from 'vitest';
import { parseTraceLine, splitTraceLine, LineSplitter, TraceParseError, MAX_LINE } from '../../src/debug/trace.ts';

describe('kernel trace lines', () => {
  it('parses every event of the documented format', () => {
    expect(parseTraceLine('RS boot mem_kib=32768 modules=3 opts=')).toMatchObject({
      kind: 'boot', memKib: 32768, modules: 3, opts: '',
    });
    expect(parseTraceLine('RS run pid=1 name=hello entry=0x40000000')).toMatchObject({
      kind: 'run', pid: 1, name: 'hello', entry: 0x40000000,
    });
    expect(parseTraceLine('RS syscall pid=1 nr=3 name=write a0=0x1 a1=0x40001000 a2=0xc')).toMatchObject({
      kind: 'syscall', pid: 1, nr: 3, name: 'write', args: [1, 0x40001000, 12],
    });
    expect(parseTraceLine('RS check pid=1 addr=0x00100000 len=0x10 write=0 verdict=bad')).toMatchObject({
      kind: 'check', pid: 1, addr: 0x100000, len: 16, write: false, ok: false,
    });
    expect(parseTraceLine('RS sysret pid=1 name=write ret=12')).toMatchObject({ kind: 'sysret', ret: 12 });
    expect(
      parseTraceLine('RS kill pid=1 name=kwrite reason="page fault" vector=14 error=0x7 cr2=0x00100000 eip=0x40000012 status=139'),
    ).toMatchObject({
      kind: 'kill', pid: 1, name: 'kwrite', reason: 'page fault', vector: 14, error: 7, cr2: 0x100000, eip: 0x40000012, status: 139,
    });
    expect(parseTraceLine('RS exit pid=1 name=hello status=0')).toMatchObject({ kind: 'exit', status: 0 });
    expect(parseTraceLine('RS halt status=139')).toMatchObject({ kind: 'halt', status: 139 });
    expect(parseTraceLine('RS boot mem_kib=32768 modules=3 opts="ring0 limit=2"')).toMatchObject({ opts: 'ring0 limit=2' });
    expect(
      parseTraceLine('RS panic reason="page fault" vector=14 error=0x2 cr2=0x00000000 eip=0x00101234'),
    ).toMatchObject({ kind: 'panic', reason: 'page fault', vector: 14, error: 2, cr2: 0, eip: 0x101234 });
  });

  it('parses the process events: fork, switch, block, wake, signal, reap, reparent', () => {
    expect(parseTraceLine('RS run pid=3 name=sh entry=0x40000000 cr3=0x00289000 esp0=0x0012f000')).toMatchObject({
      kind: 'run', pid: 3, name: 'sh', entry: 0x40000000, cr3: 0x289000, esp0: 0x12f000,
    });
    expect(parseTraceLine('RS run pid=1 name=hello entry=0x40000000')).toMatchObject({ cr3: null, esp0: null });
    expect(parseTraceLine('RS fork pid=1 child=2')).toMatchObject({ kind: 'fork', pid: 1, child: 2 });
    expect(parseTraceLine('RS switch from=3 to=5 esp0=0x0012f000 cr3=0x00289000')).toMatchObject({
      kind: 'switch', from: 3, to: 5, esp0: 0x12f000, cr3: 0x289000,
    });
    expect(parseTraceLine('RS switch from=5 to=0 esp0=0x00110000 cr3=0x00100000')).toMatchObject({ from: 5, to: 0 });
    // To the idle loop the kernel loads no kernel stack nor address space, and says none.
    expect(parseTraceLine('RS switch from=3 to=0')).toMatchObject({ kind: 'switch', from: 3, to: 0, esp0: null, cr3: null });
    expect(parseTraceLine('RS block pid=2 on=wait')).toMatchObject({ kind: 'block', pid: 2, on: 'wait' });
    expect(parseTraceLine('RS wake pid=2')).toMatchObject({ kind: 'wake', pid: 2 });
    expect(parseTraceLine('RS signal pid=4 sig=2 from=0')).toMatchObject({ kind: 'signal', pid: 4, sig: 2, from: 0 });
    expect(parseTraceLine('RS reap pid=1 child=4 status=0x0200')).toMatchObject({ kind: 'reap', pid: 1, child: 4, status: 0x200 });
    expect(parseTraceLine('RS reparent pid=6 ppid=1')).toMatchObject({ kind: 'reparent', pid: 6, ppid: 1 });
    expect(() => parseTraceLine('RS switch from=1 to=2 esp0=0x1000')).toThrow(/numeric cr3=/);
    expect(() => parseTraceLine('RS block pid=2')).toThrow(/needs on=/);
  });

  it('keeps negative decimal values and quoted values with spaces', () => {
    const t = splitTraceLine('RS sysret pid=2 name=read ret=-1 note="a b  c"')!;
    expect(t.fields).toEqual({ pid: 2, name: 'read', ret: -1, note: 'a b  c' });
  });

  it('passes unknown events through instead of dropping them', () => {
    expect(parseTraceLine('RS sched from=1 to=2')).toMatchObject({ kind: 'other', event: 'sched', fields: { from: 1, to: 2 } });
  });

  it('ignores lines that are not trace lines', () => {
    expect(parseTraceLine('hello world')).toBeNull();
    expect(parseTraceLine('')).toBeNull();
  });

  it('rejects malformed trace lines with a readable error', () => {
    expect(() => parseTraceLine('RS exit pid=1 name=x')).toThrow(TraceParseError);
    expect(() => parseTraceLine('RS exit pid=1 name=x')).toThrow(/numeric status=/);
    expect(() => parseTraceLine('RS kill reason="page fault')).toThrow(/unterminated/);
    expect(() => parseTraceLine('RS check pid=1 addr=0 len=1 write=0 verdict=maybe')).toThrow(/ok or bad/);
    expect(() => parseTraceLine('RS run pid')).toThrow(/without '='/);
  });

  it('splits debug-console bytes into lines, CRLF or LF', () => {
    const lines: string[] = [];
    const s = new LineSplitter((l) => lines.push(l));
    for (const c of 'RS a x=1\r\nRS b\npartial') s.push(c.charCodeAt(0));
    expect(lines).toEqual(['RS a x=1', 'RS b']);
  });

  it('hands on over-long lines in pieces instead of buffering without bound', () => {
    const lines: string[] = [];
    const s = new LineSplitter((l) => lines.push(l));
    for (let i = 0; i < MAX_LINE + 10; i++) s.push(0x41);
    s.push(0x0a);
    expect(lines.map((l) => l.length)).toEqual([MAX_LINE, 10]);
  });
});
