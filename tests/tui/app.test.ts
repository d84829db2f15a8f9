import { describe, it, expect, beforeAll, afterAll, vi } from 'vitest';
import { EVENT_FILTERS } from '../../src/tui/views/event-filter.ts';
import { renderEvents } from '../../src/tui/views/events-view.ts';
import { stripTags } from '../../src/tui/format.ts';
import { startTui, closeTui, press, runFramesUntil, screen, statusLine, panel, panelTitle, atPrompt, type Harness } from './tui-helpers.ts';

// These tests boot the real kernel and run it in wall-clock frames: allow for a loaded machine.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

const SLOW = 120_000;

/** The events log in the panel's current filter, as the panel renders it, however long. */
function logText(h: Harness): string {
  return renderEvents(h.app.model, 80, 100_000).map(stripTags).join('\n');
}

describe('the TUI at 80x24 running the attack demo', () => {
  let h: Harness;
  beforeAll(() => {
    h = startTui();
    runFramesUntil(h, () => atPrompt(h));
  }, SLOW);
  afterAll(() => closeTui(h));

  it('shows the guest shell in the console panel and the running state', () => {
    h.app.render();
    expect(panelTitle(h, 'console')).toMatch(/^┌─ console \(COM1\): keys go to the guest ─+┐$/);
    expect(panel(h, 'console').join('\n')).toContain('ringside$');
    expect(statusLine(h)).toMatch(/^RUN /);
    expect(statusLine(h)).toContain('[console]');
  });

  it('sends typed keys (debugger letters included) to COM1 while the console has focus', async () => {
    await press(h, 'run kwrite\r');
    runFramesUntil(h, () => h.session.terminal.text().includes('[status 139]'));
    h.app.frame();
    const console = panel(h, 'console').join('\n');
    expect(console).toContain('run kwrite');
    expect(console).toContain('[program killed: page fault]');
  });

  it('logs the fault with its decoded error code and CR2, the ring switches and the kill', () => {
    // sh's work after the kill (its messages, the prompt, the read) fills the
    // small panel: look at the log as the panel renders it, all of it.
    const events = logText(h);
    expect(events).toContain('FAULT #PF page fault err=0x7 (write, user mode, protection');
    expect(events).toContain('ring 3->0 in  via #PF page fault from eip=4000');
    expect(events).toContain('KILL kwrite (pid 3): page fault cr2=00100000'); // init is pid 1, sh 2
  });

  it('runs hello afterwards: the kernel survived the attack', async () => {
    await press(h, 'run hello\r');
    runFramesUntil(h, () => h.session.terminal.text().includes('Hello from ring 3!') && atPrompt(h));
    h.app.frame();
    // One Enter is one command: blessed's duplicate report of the key must not reach the guest.
    expect(h.session.terminal.text()).toMatch(/Hello from ring 3!\nringside\$ $/);
    const events = logText(h);
    expect(events).toMatch(/syscall printf\(0x[0-9a-f]+\) ptr ok/);
    expect(events).toContain('hello exited with status 0');
    expect(events).toContain('ring 0->3 out via iret');
  });

  it('shows registers with the CPL, decoded EFLAGS, control registers and the TSS stack', () => {
    const regs = panel(h, 'registers').join('\n');
    expect(regs).toMatch(/RING [03] {2}(kernel|user)/);
    expect(regs).toMatch(/EAX [0-9a-f]{8} EBX [0-9a-f]{8}/);
    expect(regs).toMatch(/EIP [0-9a-f]{8} EFL [0-9a-f]{8}/);
    expect(regs).toMatch(/IOPL=0/);
    expect(regs).toMatch(/CR0 [0-9a-f]{8} PE MP( TS)? ET NE/);
    expect(regs).toMatch(/CR2 00100000 CR3 [0-9a-f]{8}/); // CR2 still holds kwrite's fault address
    expect(regs).toMatch(/TSS SS0:ESP0 0010:[0-9a-f]{8}/);
  });

  it('switches the compact detail panel with the digit keys (debugger focus)', async () => {
    await press(h, '\t');
    expect(statusLine(h)).toContain('[debugger]');
    await press(h, ' '); // pause so the panels hold still
    expect(statusLine(h)).toMatch(/^PAUSE/);

    await press(h, '2');
    expect(panelTitle(h, 'disasm')).toContain('disassembly');
    expect(panel(h, 'disasm').join('\n')).toMatch(/=>[0-9a-f]{8} /);

    await press(h, '3');
    expect(panel(h, 'stack')[0]).toMatch(/^[0-9a-f]{8}: [0-9a-f]{8} <-esp/);

    await press(h, '4');
    const seg = panel(h, 'segments').join('\n');
    expect(seg).toMatch(/CS {2}0008 00000000 ffffffff 0/);
    expect(seg).toMatch(/TR {2}0028 /);
    expect(seg).toMatch(/IDTR [0-9a-f]{8} limit/);

    await press(h, '5');
    const mem = panel(h, 'memory').join('\n');
    expect(mem).toMatch(/^00000000 R+[KG]/m);
    expect(mem).toContain('K kern G guard R rsvd');
    expect(mem).toMatch(/CR3 [0-9a-f]{8}: /);
    // The address space is sh's (it waits for a line): its text first; the kernel's ranges are below, off the panel.
    expect(mem).toMatch(/40000000-[0-9a-f]{8} U RO/);

    await press(h, '6');
    expect(panel(h, 'tables').join('\n')).toMatch(/0018 code 00000000 ffffffff dpl3 r-x 32-bit/);
    expect(panel(h, 'tables').join('\n')).toContain('TSS (busy)');
    await press(h, 'g');
    expect(panel(h, 'tables')[0]).toMatch(/IDT at /);
    let idt = '';
    for (let i = 0; i < 16; i++) {
      idt += panel(h, 'tables').slice(1).join('\n') + '\n';
      await press(h, ']');
    }
    expect(idt).toMatch(/0e #PF +0008:[0-9a-f]{8} dpl0 int gate/);
    expect(idt).toMatch(/80 syscall 0008:[0-9a-f]{8} dpl3/);
    await press(h, '[');
    expect(panel(h, 'tables').join('\n')).not.toMatch(/^00 #DE/m);
    await press(h, '1');
    expect(panelTitle(h, 'events')).toContain('events');
  });

  it('cycles the event filter and scrolls the log', async () => {
    expect(panelTitle(h, 'events')).toContain('events: default');
    await press(h, 'f');
    expect(statusLine(h)).toContain('filter all');
    expect(panelTitle(h, 'events')).toContain('events: all');
    expect(panel(h, 'events').join('\n')).toMatch(/IRQ 0 \(timer\)|iret to eip/);
    await press(h, 'f');
    expect(statusLine(h)).toContain('filter syscalls');
    expect(panel(h, 'events').join('\n')).not.toContain('CR3 <-');
    for (let i = 0; i < EVENT_FILTERS.length - 2; i++) await press(h, 'f');
    expect(statusLine(h)).toContain('filter default');
    const before = panel(h, 'events').join('\n');
    await press(h, '\x1b[5~'); // PgUp
    expect(panel(h, 'events').join('\n')).not.toBe(before);
    await press(h, '\x1b[6~'); // PgDn
    expect(panel(h, 'events').join('\n')).toBe(before);
  });

  it('changes speed with + and -', async () => {
    await press(h, '-');
    expect(statusLine(h)).toContain('speed 10000000/s');
    await press(h, '-');
    expect(statusLine(h)).toContain('speed 1000000/s');
    await press(h, '+');
    await press(h, '+');
    expect(statusLine(h)).toContain('speed max');
  });

  it('opens the help overlay with ? and closes it with any key', async () => {
    await press(h, '?');
    expect(screen(h)).toContain('ringside TUI: keys');
    expect(screen(h)).toContain('Tab: focus on the console');
    expect(screen(h)).toContain('next C line: over calls / into them');
    await press(h, 'x');
    expect(screen(h)).not.toContain('ringside TUI: keys');
  });

  it('survives resizing: wide layout shows every panel, tiny sizes do not crash', async () => {
    h.term.resize(200, 60);
    await new Promise((r) => setTimeout(r, 50));
    h.app.render();
    expect(h.app.layout.mode).toBe('wide');
    const s = screen(h);
    for (const title of ['console (COM1)', 'registers', 'segments', 'disassembly', 'stack', 'memory: physical / virtual', 'descriptor tables', 'events', 'processes']) {
      expect(s).toContain(title);
    }
    h.term.resize(30, 8);
    await new Promise((r) => setTimeout(r, 50));
    h.app.render();
    h.term.resize(80, 24);
    await new Promise((r) => setTimeout(r, 50));
    h.app.render();
    expect(h.app.layout.mode).toBe('compact');
    expect(screen(h).split('\n')).toHaveLength(24);
  });
});

describe('debugger controls', () => {
  let h: Harness;
  beforeAll(() => {
    h = startTui({ running: true });
    runFramesUntil(h, () => atPrompt(h));
  }, SLOW);
  afterAll(() => closeTui(h));

  const cpu = () => h.session.machine.cpu;

  it('steps one instruction with s and with F7', async () => {
    await press(h, '\t');
    await press(h, ' ');
    const n = cpu().instructionCount;
    await press(h, 's');
    await press(h, '\x1b[18~'); // F7
    // A halted CPU waits for an interrupt instead of retiring an instruction.
    expect(cpu().instructionCount - n).toBeGreaterThanOrEqual(1);
    expect(statusLine(h)).toMatch(/PAUSE (stepped|CPU halted)/);
  });

  it('sets a breakpoint on a kernel symbol and stops there', async () => {
    const addr = h.session.symbols.resolve('proc_execv')!;
    expect(addr).toBeGreaterThan(0x100000);
    await press(h, 'b');
    expect(statusLine(h)).toContain('break at');
    await press(h, 'proc_execv\r');
    expect(statusLine(h)).toContain(`breakpoint set at 0x${addr.toString(16).padStart(8, '0')} (proc_execv)`);
    await press(h, '\t'); // console focus: type the command
    await press(h, 'run hello\r');
    await press(h, '\t');
    await press(h, 'c');
    runFramesUntil(h, () => !h.app.control.running);
    expect(cpu().eip >>> 0).toBe(addr);
    expect(statusLine(h)).toContain('breakpoint at');
    await press(h, '2');
    expect(panel(h, 'disasm').join('\n')).toContain('<proc_execv>:');
    expect(panel(h, 'disasm').join('\n')).toMatch(/=>[0-9a-f]{8} push ebp/);
  });

  it('steps over a call with N: the stack comes back and EIP is after the call', async () => {
    await press(h, 'B'); // clear breakpoints
    // Find a call by stepping (bounded), then step over it.
    for (let i = 0; i < 2000; i++) {
      const line = panel(h, 'disasm').find((l) => l.startsWith('=>')) ?? '';
      if (/ call /.test(line)) break;
      await press(h, 's');
    }
    const line = panel(h, 'disasm').find((l) => l.startsWith('=>'))!;
    expect(line).toMatch(/ call /);
    const esp = cpu().regs[4]! >>> 0;
    const eip = cpu().eip >>> 0;
    const before = cpu().instructionCount;
    await press(h, 'N');
    runFramesUntil(h, () => !h.app.control.running);
    expect(cpu().regs[4]! >>> 0).toBe(esp);
    expect(cpu().eip >>> 0).toBe(eip + 5); // call rel32 is 5 bytes
    expect(cpu().instructionCount - before).toBeGreaterThan(1);
  });

  it('runs to the next syscall (y), then to the next ring switch (r)', async () => {
    await press(h, 'y');
    runFramesUntil(h, () => !h.app.control.running);
    expect(statusLine(h)).toContain('syscall: int 0x80');
    expect(cpu().cpl).toBe(0);
    expect(panel(h, 'registers')[0]).toContain('RING 0');
    await press(h, 'r');
    runFramesUntil(h, () => !h.app.control.running);
    expect(statusLine(h)).toContain('ring switch: ring 0 -> ring 3');
    expect(cpu().cpl).toBe(3);
    expect(panel(h, 'registers')[0]).toContain('RING 3');
    // The user program's own symbols and source lines are shown in ring 3.
    await press(h, '2');
    expect(panel(h, 'disasm').join('\n')).toMatch(/hello\.c:\d+|<[a-z_]+>/);
  });

  it('runs to the next fault (e) in the kwrite attack, with CR2 set', async () => {
    await press(h, 'c');
    runFramesUntil(h, () => atPrompt(h));
    await press(h, '\t');
    await press(h, 'run kwrite\r');
    await press(h, '\t');
    await press(h, 'e');
    runFramesUntil(h, () => !h.app.control.running);
    expect(statusLine(h)).toContain('fault: page fault');
    expect(cpu().cr2 >>> 0).toBe(0x100000);
    expect(cpu().cpl).toBe(0);
  });

  it('stops on every ring switch while T is on, and not once it is off again', async () => {
    await press(h, 'R'); // a fresh machine, then a program run from the console
    runFramesUntil(h, () => h.app.control.running === false);
    await press(h, 'c');
    // init and sh run in ring 3 before the prompt: turn T on once it shows.
    runFramesUntil(h, () => atPrompt(h));
    await press(h, 'T');
    expect(statusLine(h)).toContain('stop on every ring switch: on');
    expect(statusLine(h)).toContain('stop on ring');
    await press(h, '\t');
    await press(h, 'run hello\r');
    await press(h, '\t');
    runFramesUntil(h, () => !h.app.control.running);
    // sh, woken by the keys, goes back to ring 3 first.
    expect(statusLine(h)).toContain('ring switch: ring 0 -> ring 3');
    await press(h, 'c');
    runFramesUntil(h, () => !h.app.control.running);
    expect(statusLine(h)).toContain('ring switch: ring 3 -> ring 0');
    expect(h.app.control.breakOnRing).toBe(true);
    await press(h, 'T');
    await press(h, 'c');
    // The prompt shows before the typed line is echoed: wait for the program's output too.
    runFramesUntil(h, () => h.session.terminal.text().includes('Hello from ring 3!') && atPrompt(h));
    expect(h.app.control.running).toBe(true);
  });

  it('restarts with R and quits with q', async () => {
    const boots = h.session.boots;
    await press(h, 'R');
    expect(h.session.boots).toBe(boots + 1);
    expect(statusLine(h)).toContain('restarted');
    expect(h.session.terminal.text()).toBe('');
    let quit = false;
    void h.app.done.then(() => (quit = true));
    await press(h, 'q');
    await new Promise((r) => setTimeout(r, 10));
    expect(quit).toBe(true);
  });
});

describe('paused at the kernel entry', () => {
  it('draws every panel before paging and the page allocator exist', () => {
    const h = startTui({ running: false, cols: 160, rows: 48 });
    try {
      h.app.render();
      const s = screen(h);
      expect(s).not.toContain('view error');
      expect(panel(h, 'memory').join('\n')).toContain('page allocator not started yet');
      expect(panel(h, 'memory').join('\n')).toContain('paging is off');
      expect(panel(h, 'disasm').join('\n')).toMatch(/=>[0-9a-f]{8} /);
      expect(panel(h, 'registers')[0]).toContain('RING 0');
      expect(panel(h, 'registers').join('\n')).toContain('TSS not loaded');
      expect(statusLine(h)).toMatch(/^PAUSE/);
    } finally {
      closeTui(h);
    }
  });
});

describe('function keys work while the console has focus', () => {
  it('F9 opens the breakpoint prompt (Escape cancels), F8 steps, F5 continues, F6 pauses, F1 helps, F10 quits', async () => {
    const h = startTui({ running: false });
    try {
      expect(statusLine(h)).toContain('[console]');
      await press(h, '\x1b[20~'); // F9
      expect(statusLine(h)).toContain('break at');
      await press(h, 'xyz');
      expect(statusLine(h)).toContain('break at (address or symbol, empty = EIP): xyz_');
      await press(h, '\x1b'); // Escape
      await new Promise((r) => setTimeout(r, 600)); // blessed waits to tell a lone Escape from a sequence
      expect(statusLine(h)).not.toContain('break at');
      expect(h.app.control.breakpoints.size).toBe(0);
      await press(h, '\x1b[20~');
      await press(h, 'no_such_symbol\r');
      expect(statusLine(h)).toContain('no symbol named "no_such_symbol"');
      const n = h.session.machine.cpu.instructionCount;
      await press(h, '\x1b[19~'); // F8 (not a call at the kernel entry: a plain step)
      expect(h.session.machine.cpu.instructionCount).toBe(n + 1);
      await press(h, '\x1b[15~'); // F5
      expect(h.app.control.running).toBe(true);
      await press(h, '\x1b[17~'); // F6
      expect(h.app.control.running).toBe(false);
      await press(h, '\x1bOP'); // F1
      expect(screen(h)).toContain('ringside TUI: keys');
      await press(h, 'z');
      let quit = false;
      void h.app.done.then(() => (quit = true));
      await press(h, '\x1b[21~'); // F10
      await new Promise((r) => setTimeout(r, 10));
      expect(quit).toBe(true);
    } finally {
      closeTui(h);
    }
  });
});

describe('Ctrl-C', () => {
  it('goes to the guest from the console (killing a runaway program) and pauses from the debugger', async () => {
    const h = startTui();
    try {
      runFramesUntil(h, () => atPrompt(h));
      await press(h, 'run spin\r');
      runFramesUntil(h, () => h.session.runningProgram === 'spin');
      for (let i = 0; i < 3; i++) h.app.frame();
      await press(h, '\x03');
      runFramesUntil(h, () => h.session.terminal.text().includes('[program killed: interrupted]'));
      expect(h.app.control.running).toBe(true);
      await press(h, '\t');
      await press(h, '\x03');
      expect(h.app.control.running).toBe(false);
      expect(statusLine(h)).toContain('paused (Ctrl-C)');
      expect(h.app.finished).toBe(false);
    } finally {
      closeTui(h);
    }
  });
});
