import { describe, it, expect } from 'vitest';
import { ProcessTable } from '../../src/debug/process-table.ts';
import { parseTraceLine } from '../../src/debug/trace.ts';
import { renderProcesses, stateText } from '../../src/tui/views/processes-view.ts';
import { stripTags } from '../../src/tui/format.ts';
import type { ViewModel } from '../../src/tui/views/view-model.ts';

function tableWith(lines: string[]): ProcessTable {
  const t = new ProcessTable();
  for (const l of lines) t.apply(parseTraceLine(l)!);
  return t;
}

const render = (t: ProcessTable, width: number, height: number) =>
  renderProcesses({ session: { processes: t } } as unknown as ViewModel, width, height).map(stripTags);

describe('process view', () => {
  // init forks nine children; the last one runs.
  const lines = ['RS run pid=1 name=init entry=0x40000000 cr3=0x00280000 esp0=0x0012e000'];
  for (let c = 2; c <= 10; c++) lines.push(`RS fork pid=1 child=${c}`);
  lines.push('RS switch from=1 to=10 esp0=0x00140000 cr3=0x00300000');

  it('keeps the running process in view when the list is longer than the panel', () => {
    const out = render(tableWith(lines), 60, 4);
    expect(out).toHaveLength(4);
    expect(out[0]).toMatch(/PID PPID STATE/);
    expect(out[3]).toMatch(/^> {2}10 {4}1 run +init +00300000 00140000$/);
    expect(render(tableWith(lines.slice(0, 3)), 60, 4).map((l) => l.slice(0, 5))).toEqual(['  PID', '>   1', '    2', '    3']);
  });

  it('shortens the name column, not the addresses, on a narrow panel', () => {
    const t = tableWith(['RS run pid=1 name=averyveryverylongname entry=0x40000000 cr3=0x00280000 esp0=0x0012e000']);
    const [, row] = render(t, 50, 3);
    expect(row).toMatch(/^> {3}1 {4}0 run {10}avery\S* 00280000 0012e000$/);
    expect(row!.length).toBeLessThanOrEqual(50);
  });

  it('says what a sleeper waits for and a zombie\'s status', () => {
    const base = { pid: 1, ppid: 0, name: 'x', cr3: null, esp0: null };
    expect(stateText({ ...base, state: 'sleep', sleepOn: 'read', status: null })).toBe('sleep(read)');
    expect(stateText({ ...base, state: 'zombie', sleepOn: null, status: 139 })).toBe('zombie(139)');
    expect(stateText({ ...base, state: 'ready', sleepOn: null, status: null })).toBe('ready');
  });
});
