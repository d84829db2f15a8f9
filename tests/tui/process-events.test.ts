import { describe, it, expect, beforeAll, afterAll, vi } from 'vitest';
import { startTui, closeTui, press, panel, panelTitle, statusLine, runFramesUntil, atPrompt, type Harness } from './tui-helpers.ts';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

/** What the multi-process kernel writes on 0xE9 (the kernel in this tree does not fork yet). */
export const PROCESS_TRACE = [
  'RS run pid=1 name=init entry=0x40000000 cr3=0x00280000 esp0=0x0012e000',
  'RS fork pid=1 child=2',
  'RS block pid=1 on=wait',
  'RS switch from=1 to=2 esp0=0x0012f000 cr3=0x00289000',
  'RS run pid=2 name=sh entry=0x40000000 cr3=0x00290000 esp0=0x0012f000',
  'RS fork pid=2 child=3',
  'RS switch from=2 to=3 esp0=0x00130000 cr3=0x002a0000',
  'RS run pid=3 name=spin entry=0x40000000 cr3=0x002b0000 esp0=0x00130000',
  'RS signal pid=3 sig=2 from=0',
  'RS kill pid=3 name=spin reason="interrupted" status=130',
  'RS switch from=3 to=2 esp0=0x0012f000 cr3=0x00290000',
  'RS reap pid=2 child=3 status=0x2',
];

describe.each([[80, 24], [120, 40]])('process events in the event log at %ix%i', (cols, rows) => {
  let h: Harness;
  beforeAll(async () => {
    h = startTui({ cols, rows, running: false });
    for (const line of PROCESS_TRACE) h.session.log.recordTraceLine(line);
    await press(h, '\t'); // the debugger gets the keys
  });
  afterAll(() => closeTui(h));

  it('shows each process event as one readable line', () => {
    h.app.render();
    const log = panel(h, 'events').join('\n');
    expect(log).toContain('pid 2 forks pid 3');
    expect(log).toContain('switch 3 -> 2  esp0 <- 0x0012f000  CR3 <- 0x00290000');
    expect(log).toContain('SIGINT (2) to pid 3 from the kernel');
    expect(log).toContain('KILL spin (pid 3): interrupted status 130');
    expect(log).toContain('pid 2 reaps pid 3: killed by SIGINT');
  });

  it('hides and shows the context switches with S', async () => {
    await press(h, 'S');
    expect(panelTitle(h, 'events')).toContain('events: default, switches hidden');
    expect(statusLine(h)).toContain('context switches in the event log: hidden');
    expect(panel(h, 'events').join('\n')).not.toContain('switch ');
    expect(panel(h, 'events').join('\n')).toContain('pid 2 reaps pid 3');
    await press(h, 'S');
    expect(panel(h, 'events').join('\n')).toContain('switch 3 -> 2');
  });
});

/** The background colour index of a screen cell (blessed packs fg/bg/flags into one number). */
function cellBg(h: Harness, x: number, y: number): number {
  const lines = (h.app.screen as unknown as { lines: [number, string][][] }).lines;
  return lines[y]![x]![0] & 0x1ff;
}

const GREEN = 2;

describe.each([[80, 24, '7'], [120, 40, '']])('the process panel at %ix%i', (cols, rows, key) => {
  let h: Harness;
  beforeAll(async () => {
    h = startTui({ cols, rows, running: false });
    await press(h, '\t');
    if (key) await press(h, key); // compact: a detail panel chosen with its digit
    for (const line of PROCESS_TRACE.slice(0, 8)) h.session.log.recordTraceLine(line);
    h.app.render();
  });
  afterAll(() => closeTui(h));

  it('lists pid, ppid, state, name, CR3 and esp0, the running pid marked and highlighted', () => {
    expect(panelTitle(h, 'processes')).toContain('processes (3): pid 3 on the CPU');
    const rowsText = panel(h, 'processes');
    expect(rowsText[0]).toMatch(/^ {2}PID PPID STATE {8}NAME +CR3 {6}ESP0/);
    expect(rowsText[1]).toMatch(/^ {4}1 {4}0 sleep\(wait\) +init +00280000 0012e000/);
    expect(rowsText[2]).toMatch(/^ {4}2 {4}1 ready +sh +00290000 0012f000/);
    expect(rowsText[3]).toMatch(/^> {3}3 {4}2 run +spin +002b0000 00130000/);
    const r = h.app.layout.panels.processes!;
    expect(cellBg(h, r.left + 2, r.top + 4)).toBe(GREEN); // the running row
    expect(cellBg(h, r.left + 2, r.top + 3)).not.toBe(GREEN);
    expect(panel(h, 'registers')[0]).toMatch(/RING 0 {2}kernel pid 3 spin/); // also where the process list is not shown
  });

  it('follows the switches: the killed process becomes a zombie, then is reaped', () => {
    for (const line of PROCESS_TRACE.slice(8, 11)) h.session.log.recordTraceLine(line);
    h.app.render();
    expect(panelTitle(h, 'processes')).toContain('pid 2 on the CPU');
    expect(panel(h, 'processes')[2]).toMatch(/^> {3}2 {4}1 run +sh/);
    expect(panel(h, 'processes')[3]).toMatch(/^ {4}3 {4}2 zombie\(130\) +spin/);
    expect(h.session.runningProgram).toBe('sh'); // its symbols name the user window's code
    h.session.log.recordTraceLine(PROCESS_TRACE[11]!);
    h.app.render();
    expect(panel(h, 'processes').join('\n')).not.toContain('spin');
    h.session.log.recordTraceLine('RS switch from=2 to=0 esp0=0x00110000 cr3=0x00100000');
    h.app.render();
    expect(panelTitle(h, 'processes')).toContain('no process on the CPU');
    expect(panel(h, 'processes').join('\n')).not.toContain('>');
  });
});

describe('the registers panel and TSS.esp0', () => {
  let h: Harness;
  beforeAll(() => {
    h = startTui({ cols: 80, rows: 24, running: true });
    runFramesUntil(h, () => atPrompt(h));
  }, 120_000);
  afterAll(() => closeTui(h));

  it('reads ESP0 from the TSS on every frame and highlights a change', async () => {
    await press(h, '\t');
    await press(h, ' '); // pause: nothing else changes the TSS now
    const cpu = h.session.machine.cpu;
    const tssLine = () => panel(h, 'registers').find((l) => l.includes('TSS SS0:ESP0'))!;
    const before = tssLine();
    expect(before).toMatch(/TSS SS0:ESP0 0010:[0-9a-f]{8}/);
    // What a context switch does: the kernel writes the next process's kernel stack top into TSS.esp0.
    const ram = h.session.machine.ram.ram;
    const esp0At = (cpu.tr.base >>> 0) + 4;
    for (const [i, esp0] of [0x0012f000, 0x00131000].entries()) {
      new DataView(ram.buffer, ram.byteOffset).setUint32(esp0At, esp0, true);
      h.app.frame();
      expect(tssLine(), `switch ${i}`).toContain(`TSS SS0:ESP0 0010:${esp0.toString(16).padStart(8, '0')}`);
    }
    const r = h.app.layout.panels.registers!;
    const y = panel(h, 'registers').findIndex((l) => l.includes('TSS SS0:ESP0')) + r.top + 1;
    const x = r.left + 1 + tssLine().indexOf('00131000');
    expect(cellBg(h, x, y)).toBe(3); // yellow: changed since the last stop
  });
});
