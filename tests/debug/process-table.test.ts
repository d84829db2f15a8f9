import { describe, it, expect } from 'vitest';
import { ProcessTable } from '../../src/debug/process-table.ts';
import { parseTraceLine } from '../../src/debug/trace.ts';

function feed(t: ProcessTable, lines: string): void {
  for (const line of lines.trim().split('\n')) t.apply(parseTraceLine(line.trim())!);
}

/** pid ppid state name for each row: the table at a glance. */
function summary(t: ProcessTable): string[] {
  return t.rows().map((p) => `${p.pid} ${p.ppid} ${p.state}${p.sleepOn ? `(${p.sleepOn})` : ''} ${p.name}`);
}

describe('process table from trace lines', () => {
  it('follows init forking a shell that runs a program', () => {
    const t = new ProcessTable();
    feed(t, `
      RS boot mem_kib=32768 modules=3 opts=
      RS run pid=1 name=init entry=0x40000000 cr3=0x00280000 esp0=0x0012e000
      RS fork pid=1 child=2
      RS block pid=1 on=wait
      RS switch from=1 to=2 esp0=0x0012f000 cr3=0x00289000
    `);
    expect(summary(t)).toEqual(['1 0 sleep(wait) init', '2 1 run init']);
    expect(t.running).toBe(2);
    expect(t.get(1)).toMatchObject({ cr3: 0x280000, esp0: 0x12e000 });
    expect(t.get(2)).toMatchObject({ cr3: 0x289000, esp0: 0x12f000 });

    feed(t, `
      RS run pid=2 name=sh entry=0x40000000 cr3=0x00290000 esp0=0x0012f000
      RS fork pid=2 child=3
      RS switch from=2 to=3 esp0=0x00130000 cr3=0x002a0000
    `);
    expect(summary(t)).toEqual(['1 0 sleep(wait) init', '2 1 ready sh', '3 2 run sh']);
    expect(t.get(2)!.cr3).toBe(0x290000); // execv gave it a new address space

    feed(t, `
      RS run pid=3 name=hello entry=0x40000000 cr3=0x002b0000 esp0=0x00130000
      RS exit pid=3 name=hello status=0
      RS switch from=3 to=2 esp0=0x0012f000 cr3=0x00290000
    `);
    expect(summary(t)).toEqual(['1 0 sleep(wait) init', '2 1 run sh', '3 2 zombie hello']);
    expect(t.get(3)!.status).toBe(0);

    feed(t, 'RS reap pid=2 child=3 status=0x0');
    expect(summary(t)).toEqual(['1 0 sleep(wait) init', '2 1 run sh']);
  });

  it('tracks sleeping, waking, the idle loop and killed processes', () => {
    const t = new ProcessTable();
    feed(t, `
      RS run pid=1 name=init entry=0x40000000 cr3=0x00280000 esp0=0x0012e000
      RS fork pid=1 child=2
      RS block pid=1 on=wait
      RS switch from=1 to=2 esp0=0x0012f000 cr3=0x00289000
      RS block pid=2 on=read
      RS switch from=2 to=0 esp0=0x00110000 cr3=0x00100000
    `);
    expect(t.running).toBe(0);
    expect(summary(t)).toEqual(['1 0 sleep(wait) init', '2 1 sleep(read) init']);
    feed(t, `
      RS wake pid=2
      RS switch from=0 to=2 esp0=0x0012f000 cr3=0x00289000
      RS signal pid=2 sig=2 from=0
      RS kill pid=2 name=init reason="interrupted" status=130
    `);
    expect(summary(t)).toEqual(['1 0 sleep(wait) init', '2 1 zombie init']);
    expect(t.get(2)!.status).toBe(130);
    feed(t, 'RS wake pid=1');
    expect(t.get(1)!.state).toBe('ready');
  });

  it('hands orphans to init and starts over on boot', () => {
    const t = new ProcessTable();
    feed(t, `
      RS run pid=1 name=init entry=0x40000000
      RS fork pid=1 child=2
      RS switch from=1 to=2 esp0=0x0012f000 cr3=0x00289000
      RS fork pid=2 child=3
      RS exit pid=2 name=init status=1
      RS reparent pid=3 ppid=1
    `);
    expect(summary(t)).toEqual(['1 0 ready init', '2 1 zombie init', '3 1 ready init']);
    expect(t.get(1)).toMatchObject({ cr3: null, esp0: null }); // this run line did not say
    feed(t, 'RS boot mem_kib=32768 modules=3 opts=');
    expect(t.rows()).toEqual([]);
    expect(t.running).toBe(0);
  });

  it('shows one program at a time with a kernel that does not fork', () => {
    // Today's kernel: run, exit, run again, no switch lines. Nobody reaps what the kernel started.
    const t = new ProcessTable();
    feed(t, `
      RS run pid=1 name=kwrite entry=0x40000000
      RS kill pid=1 name=kwrite reason="page fault" vector=14 error=0x7 cr2=0x00100000 eip=0x40000031 status=139
      RS run pid=2 name=hello entry=0x40000000
    `);
    expect(summary(t)).toEqual(['2 0 run hello']);
    expect(t.running).toBe(2);
    feed(t, 'RS exit pid=2 name=hello status=0');
    expect(t.rows()).toEqual([]);
    expect(t.running).toBe(0); // the kernel's shell runs, no process
  });

  it('ignores the other events', () => {
    const t = new ProcessTable();
    expect(t.apply(parseTraceLine('RS sysret pid=1 name=write ret=3')!)).toBe(false);
    expect(t.rows()).toEqual([]);
  });
});
