import { describe, it, expect, beforeAll, vi } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildBundle, type Bundle } from '../../src/build/bundle.ts';
import { TuiSession } from '../../src/tui/session.ts';
import { RunControl, BreakpointError } from '../../src/tui/run-control.ts';
import { renderRegisters } from '../../src/tui/views/registers-view.ts';
import { snapshotRegisters } from '../../src/tui/views/register-snapshot.ts';
import { EVENT_FILTERS } from '../../src/tui/views/event-filter.ts';
import type { ViewModel } from '../../src/tui/views/view-model.ts';
import { stripTags } from '../../src/tui/format.ts';

// These tests boot the real kernel and run it in wall-clock frames: allow for a loaded machine.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

let bundle: Bundle;
beforeAll(() => {
  bundle = buildBundle();
});

function model(session: TuiSession, control: RunControl): ViewModel {
  return { session, control, previous: null, eventFilter: EVENT_FILTERS[0]!, showSwitches: true, table: 'gdt', tableScroll: 0, eventScroll: 0, watches: [], frameIndex: 0 };
}

describe('TuiSession', () => {
  it('adds the user\'s programs to the bundled ones, replacing one of the same name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ringside-tui-'));
    const file = join(dir, 'hello.c');
    writeFileSync(file, 'int printf(char *fmt, ...);\nint main(int argc, char **argv) { printf("mine\\n"); return 7; }\n');
    const s = new TuiSession({ bundle, files: [file] });
    expect(s.modules.filter((m) => m.string === 'hello')).toHaveLength(1);
    expect(s.modules.find((m) => m.string === 'hello')!.data).not.toBe(bundle.programs.find((p) => p.name === 'hello')!.elf);
    s.symbols.currentProgram = 'hello';
    expect(s.symbols.resolve('main')).toBeGreaterThanOrEqual(0x40000000);
  });

  it('reports a missing program file with a readable error', () => {
    expect(() => new TuiSession({ bundle, files: ['/nonexistent/prog.c'] })).toThrow(/cannot read \/nonexistent\/prog\.c: no such file/);
  });

  it('restarts from scratch: console, events and the running program are cleared', () => {
    const s = new TuiSession({ bundle, cmdline: '-- run hello' });
    s.machine.runUntilExit({ maxVirtualSeconds: 5 });
    expect(s.terminal.text()).toContain('Hello from ring 3!');
    expect(s.history.list(EVENT_FILTERS[1]!).length).toBeGreaterThan(0);
    s.boot();
    expect(s.terminal.text()).toBe('');
    expect(s.history.list(EVENT_FILTERS[1]!)).toEqual([]);
    expect(s.boots).toBe(2);
    expect(s.machine.state).toBe('running');
  });
});

describe('RunControl', () => {
  it('parses breakpoint locations and refuses unknown ones', () => {
    const s = new TuiSession({ bundle });
    const c = new RunControl(s);
    expect(c.parseLocation('0x40000010')).toBe(0x40000010);
    expect(c.parseLocation('101234h')).toBe(0x101234);
    expect(c.parseLocation('proc_execv')).toBe(s.symbols.resolve('proc_execv'));
    expect(c.parseLocation('hello:main')).toBeGreaterThanOrEqual(0x40000000);
    expect(() => c.parseLocation('no_such_symbol')).toThrow(BreakpointError);
    expect(() => c.parseLocation('0x123456789')).toThrow(/does not fit in 32 bits/);
    expect(() => c.parseLocation('')).toThrow(/address/);
  });

  it('limits the guest to the chosen speed', () => {
    const s = new TuiSession({ bundle });
    const c = new RunControl(s);
    for (let i = 0; i < 5; i++) c.slower(); // 1,000 instructions a second
    expect(c.speed).toBe(1000);
    c.continue();
    const ran = c.runFrame(100); // a tenth of a second: at most 100 instructions
    expect(ran).toBeGreaterThan(0);
    expect(ran).toBeLessThanOrEqual(101);
  });

  it('stops when the machine powers off and says how to restart', () => {
    const s = new TuiSession({ bundle, cmdline: '-- run ret42' });
    const c = new RunControl(s);
    c.continue();
    for (let i = 0; i < 200 && c.running; i++) c.runFrame(50);
    expect(c.running).toBe(false);
    expect(c.message).toMatch(/powered off \(exit value 42\); R restarts/);
    c.step(); // a finished machine does not step
    expect(c.message).toMatch(/powered off/);
  });
});

describe('registers view', () => {
  it('highlights the registers that changed since the previous stop', () => {
    const s = new TuiSession({ bundle });
    const c = new RunControl(s);
    const m = model(s, c);
    m.previous = snapshotRegisters(s.machine.cpu);
    s.machine.cpu.regs[0] = 0x1234; // EAX
    const lines = renderRegisters(m, 29, 11);
    const eaxLine = lines.find((l) => stripTags(l).startsWith('EAX'))!;
    expect(eaxLine).toContain('{yellow-bg}');
    expect(stripTags(eaxLine)).toMatch(/^EAX 00001234 EBX/);
    const ecxLine = lines.find((l) => stripTags(l).startsWith('ECX'))!;
    expect(ecxLine).not.toContain('{yellow-bg}');
  });

  it('shows the CPL in red for ring 0 and green for ring 3, and one register a line when narrow', () => {
    const s = new TuiSession({ bundle });
    const c = new RunControl(s);
    const m = model(s, c);
    expect(renderRegisters(m, 29, 11)[0]).toContain('{red-bg} RING 0 ');
    s.machine.cpu.setCpl(3);
    expect(renderRegisters(m, 29, 11)[0]).toContain('{green-bg} RING 3 ');
    const narrow = renderRegisters(m, 20, 20).map(stripTags);
    expect(narrow.filter((l) => /^E[A-Z]{2} [0-9a-f]{8}$/.test(l))).toHaveLength(10); // 8 GPRs, EIP, EFL
  });
});

describe('memory map view', () => {
  it('shows the running program\'s pages by its letter and its user window with U/S and R/W', async () => {
    const { physicalMapLines, virtualMapLines } = await import('../../src/tui/views/memory-map-view.ts');
    const s = new TuiSession({ bundle, cmdline: 'limit=50 -- run spin' });
    for (let i = 0; i < 500 && s.runningProgram !== 'spin'; i++) s.machine.runSlice(50_000);
    expect(s.runningProgram).toBe('spin');
    s.machine.runSlice(10_000);
    const phys = physicalMapLines(s, 80, 8).map(stripTags);
    expect(phys[0]).toMatch(/^00000000 R+/);
    expect(phys.join('')).toContain('s'); // spin's pages
    expect(phys.join('')).toContain('K');
    // Wide enough, every kind shows: init's pages (i), the kernel's and the processes' page tables.
    const wide = physicalMapLines(s, 160, 8).map(stripTags).join('');
    for (const kind of ['i', 's', 'T', 'P']) expect(wide, kind).toContain(kind);
    const virt = virtualMapLines(s, 70).map(stripTags);
    expect(virt[0]).toMatch(/^CR3 [0-9a-f]{8}: \d+ user range\(s\)/);
    expect(virt.some((l) => /^40000000-[0-9a-f]{8} U RO/.test(l))).toBe(true); // text
    expect(virt.some((l) => / U RW /.test(l))).toBe(true); // data or stack
    expect(virt.some((l) => /^00001000-[0-9a-f]{8} S RW/.test(l))).toBe(true); // the kernel, supervisor-only
    // A narrow panel drops the page count, never the physical address.
    for (const l of virtualMapLines(s, 36).map(stripTags).slice(1)) expect(l).toMatch(/^[0-9a-f]{8}-[0-9a-f]{8} [US] R[WO] -> [0-9a-f]{8}\+?$/);
  });
});

describe('events view', () => {
  it('shows a refused syscall pointer with a BAD verdict, the failing check and the kill', async () => {
    const { renderEvents } = await import('../../src/tui/views/events-view.ts');
    const s = new TuiSession({ bundle, cmdline: '-- run badptr' });
    s.machine.runUntilExit({ maxVirtualSeconds: 5 });
    expect(s.machine.state).toBe('exited');
    const c = new RunControl(s);
    const lines = renderEvents(model(s, c), 120, 40).map(stripTags).join('\n');
    expect(lines).toMatch(/syscall \w+\(.*\) ptr BAD bad (read|write) [0-9a-f]{8}\+\d+/);
    expect(lines).toMatch(/KILL badptr \(pid 3\): .* status 139/);
  });
});

describe('code symbols', () => {
  it('gives C source lines inside C functions, and none for assembly routines after C code', () => {
    const s = new TuiSession({ bundle });
    const idle = s.symbols.resolve('cpu_idle'); // kernel/cpu.s
    expect(idle).not.toBeNull();
    expect(s.symbols.sourceLine(idle!)).toBeNull();
    const run = s.symbols.resolve('proc_execv')!;
    expect(s.symbols.sourceLine(run + 3)?.where).toMatch(/^proc\.c:\d+$/);
    s.symbols.currentProgram = 'hello';
    const main = s.symbols.resolve('main')!;
    const line = s.symbols.sourceLine(main + 3)!;
    expect(line.where).toMatch(/^hello\.c:\d+$/);
    expect(line.text).not.toBeNull();
  });
});

describe('static symbols', () => {
  it('shows and resolves file-static functions by their C name', () => {
    const s = new TuiSession({ bundle });
    const addr = s.symbols.resolve('refuse'); // static in kernel/elf.c
    expect(addr).not.toBeNull();
    expect(s.symbols.format(addr!)).toBe('refuse');
    expect(s.symbols.format(addr! + 1)).toBe('refuse+0x1');
  });
});
