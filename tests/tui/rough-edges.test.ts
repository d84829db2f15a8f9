// The TUI rough edges of issue 13: the console too narrow for `mem` at 120x40,
// the memory panel cutting physical addresses, `K` missing from the physical
// map at 80x24, and the stack panel naming non-kernel values after kernel symbols.
import { describe, it, expect, beforeAll, afterAll, vi } from 'vitest';
import { startTui, closeTui, press, runFramesUntil, panel, atPrompt, type Harness } from './tui-helpers.ts';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

describe('at 120x40', () => {
  let h: Harness;
  beforeAll(() => {
    h = startTui({ cols: 120, rows: 40 });
    runFramesUntil(h, () => atPrompt(h));
  }, 120_000);
  afterAll(() => closeTui(h));

  it('shows `mem` in the console without wrapping its lines', async () => {
    await press(h, 'mem\r');
    runFramesUntil(h, () => /free \d+\s*\n[^]*ringside\$ $/.test(h.session.terminal.text()) && atPrompt(h));
    h.app.render();
    const rows = panel(h, 'console');
    const mapRows = rows.filter((r) => /^0x[0-9a-f]{8} /.test(r));
    expect(mapRows.length).toBeGreaterThan(3);
    for (const r of mapRows) expect(r.trimEnd()).toMatch(/^0x[0-9a-f]{8} [RKGMTUP.]{64}$/);
  });

  it('shows whole physical addresses in the memory panel (detail 5)', async () => {
    await press(h, '\t');
    await press(h, '5');
    const mem = panel(h, 'memory');
    expect(mem.some((l) => /^00000000 R+[GK]+M/.test(l))).toBe(true);
    const cells = mem.filter((l) => /^[0-9a-f]{8} [RKGTMPU.a-z]+$/.test(l.trimEnd())).map((l) => l.slice(9).trimEnd()).join('');
    // init's (i) and sh's (s) pages by their letters; the kernel's and their page
    // tables (T, P) share those few groups at this size, and the processes win.
    for (const kind of ['R', 'K', 'G', 'M', 'i', 's', '.']) expect(cells, kind).toContain(kind);
    const ranges = mem.filter((l) => /^[0-9a-f]{8}-[0-9a-f]{8} [US] R[WO]/.test(l));
    expect(ranges.length).toBeGreaterThan(1);
    for (const l of ranges) expect(l.trimEnd()).toMatch(/ -> [0-9a-f]{8}\+?$/);
  });
});

describe('at 80x24', () => {
  let h: Harness;
  beforeAll(() => {
    h = startTui({ cols: 80, rows: 24 });
    runFramesUntil(h, () => atPrompt(h));
  }, 120_000);
  afterAll(() => closeTui(h));

  it('shows the kernel image (K) in the physical map', async () => {
    await press(h, '\t');
    await press(h, ' ');
    await press(h, '5');
    const phys = panel(h, 'memory').filter((l) => /^[0-9a-f]{8} [RKGTMPU.a-z]+$/.test(l.trimEnd()));
    expect(phys.length).toBeGreaterThan(0);
    const cells = phys.map((l) => l.slice(9).trimEnd()).join('');
    // As at 120x40: init's and sh's pages, not the page tables next to them.
    for (const kind of ['R', 'K', 'G', 'M', 'i', 's', '.']) expect(cells, kind).toContain(kind);
  });

  it('names stack values only inside the image they belong to', async () => {
    const s = h.session;
    const kernelEnd = s.symbols.kernel.addressOf('kernel_end')!;
    const cpu = s.machine.cpu;
    const esp = cpu.regs[4]! >>> 0;
    // A page frame above the kernel image, a kernel function, a user stack address.
    const values = [kernelEnd + 0x5000, s.symbols.resolve('proc_execv')!, 0x403fff00];
    const ram = new DataView(s.machine.ram.ram.buffer);
    values.forEach((v, i) => ram.setUint32(esp + 4 * (i + 1), v, true)); // the kernel's stack is identity-mapped
    await press(h, '3');
    const stack = panel(h, 'stack');
    expect(stack[1]).toMatch(/: [0-9a-f]{8} *$/);
    expect(stack[1]).not.toContain('kernel_end');
    expect(stack[2]).toContain('<proc_execv>');
    expect(stack[3]).not.toMatch(/<\w/); // no symbol (a <-ebp marker may be there)
  });
});
