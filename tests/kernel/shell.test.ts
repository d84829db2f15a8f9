// The ring-3 shell's commands on the project-built kernel: help, limit,
// mem NAME, and the tty line editor's history and backspace.
import { describe, it, expect } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundledModules, replyTo, shellSession } from './shell-session.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const modules = bundledModules(['hello', 'spin', 'info']);
const UP = '\x1b[A';
const DOWN = '\x1b[B';

function runs(trace: string, name: string): number {
  return trace.split('\n').filter((l) => l.startsWith('RS run ') && l.includes(` name=${name} `)).length;
}

describe('help', () => {
  const s = shellSession(modules, '-- help');
  const lines = s.console.split('\n');

  it('lists every command the shell dispatches, each with a description', () => {
    const source = fs.readFileSync(path.join(ROOT, 'kernel', 'user', 'sh.c'), 'utf8');
    const table = source.slice(source.indexOf('builtins[] = {'));
    const commands = [...table.matchAll(/^\s*\{ "([a-z]+)", bi_/gm)].map((m) => m[1]!);
    expect(commands.length).toBeGreaterThanOrEqual(12);
    for (const command of commands) {
      const line = lines.find((l) => new RegExp(`^  (\\S+, )*${command}\\b`).test(l));
      expect(line, `help line for ${command}`).toBeDefined();
      expect(line!.replace(/^ +\S+( \S+)*?( {2,}|$)/, '').length, `description of ${command}`).toBeGreaterThan(8);
    }
    expect(s.exitValue).toBe(0);
  });

  it('names the argument forms of limit and mem', () => {
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}limit \[SECONDS\] +\S/));
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}mem \[NAME\] +\S/));
  });
});

describe('limit', () => {
  it('defaults to 5 seconds', () => {
    const s = shellSession(modules, '-- limit');
    expect(s.console).toContain('limit: 5.00 s\n');
  });

  it('starts at the limit= option, fractions included', () => {
    const s = shellSession(modules, 'limit=0.75 -- limit');
    expect(s.console).toContain('limit: 0.75 s\n');
  });

  it('limit 0.1 then run spin: killed by the time limit after 10 ticks, status 137', () => {
    const s = shellSession(modules, '-- limit 0.1; run spin');
    expect(s.console).toContain('limit: 0.10 s\n');
    expect(s.console).toContain('[program killed: time limit]');
    expect(s.trace).toMatch(/^RS kill +pid=\d+ name=spin reason="time limit" ticks=1[01] status=137$/m);
    expect(s.exitValue).toBe(137);
  });

  it('a nonzero limit below one tick is one tick, not "none"', () => {
    const s = shellSession(modules, '-- limit 0.001; limit 0.00');
    expect(s.console).toContain('limit: 0.01 s\nlimit: none\n');
  });

  it('limit 0 turns the limit off', () => {
    const s = shellSession(modules, '-- limit 0; limit');
    expect(s.console).toContain('limit: none\n');
    expect(s.exitValue).toBe(0);
  });

  it('refuses what is not a number of seconds and keeps the old limit', () => {
    const s = shellSession(modules, '-- limit 2; limit 1.5s; limit');
    expect(s.console).toContain("limit: '1.5s' is not a number of seconds");
    expect(s.console.match(/limit: 2\.00 s\n/g)).toHaveLength(2);
    const bad = shellSession(modules, '-- limit 1 2');
    expect(bad.console).toContain('usage: limit [SECONDS]');
    expect(bad.exitValue).toBe(2);
  });

  it('a new limit applies to the next program at the interactive prompt', () => {
    const s = shellSession(modules, '', ['limit 0.2\r', 'run spin\r', 'halt\r']);
    expect(replyTo(s, 1)).toContain('[status 137]');
    expect(s.trace).toMatch(/reason="time limit" ticks=2[01] status=137/);
  });
});

/** The `mem NAME` lines as [start, end, protection, what]. */
function ranges(text: string): [number, number, string, string][] {
  return [...text.matchAll(/^ {2}0x([0-9a-f]{8})-0x([0-9a-f]{8}) +(?:\d+ KiB)? +(user rw|user ro|kern rw|absent) +(.+)$/gm)]
    .map((m) => [parseInt(m[1]!, 16), parseInt(m[2]!, 16), m[3]!, m[4]!]);
}

describe('mem NAME', () => {
  const s = shellSession(modules, '-- mem; mem hello; mem');
  const map = ranges(s.console);

  it('shows read-only user text at the window start', () => {
    const text = map.find((r) => r[3] === 'text')!;
    expect(text[0]).toBe(0x40000000);
    expect(text[2]).toBe('user ro');
  });

  it('shows the 16 KiB read-write user stack and the absent guard page below it', () => {
    expect(map).toContainEqual([0x403fc000, 0x403fffff, 'user rw', 'stack']);
    expect(map).toContainEqual([0x403fb000, 0x403fbfff, 'absent', 'guard']);
  });

  it('covers the whole user window in order, without gaps', () => {
    const window = map.filter((r) => r[0] >= 0x40000000);
    expect(window[0]![0]).toBe(0x40000000);
    for (let i = 1; i < window.length; i++) expect(window[i]![0]).toBe(window[i - 1]![1] + 1);
    expect(window.at(-1)![1]).toBe(0x403fffff);
  });

  it('says the kernel map is supervisor-only, from page 1 (page 0 is unmapped)', () => {
    expect(map[0]![2]).toBe('kern rw');
    expect(map[0]![0]).toBe(0x1000);
  });

  it('under the flat demo option the kernel map shows as user-accessible', () => {
    const flat = ranges(shellSession(modules, 'flat -- mem hello').console);
    expect(flat[0]![2]).toBe('user rw');
    expect(flat.find((r) => r[3] === 'stack')![2]).toBe('user rw');
  });

  it('frees everything again: the physical map after it is the map before', () => {
    const summaries = s.console.match(/^R reserved .*$/gm)!;
    expect(summaries).toHaveLength(2);
    expect(summaries[1]).toBe(summaries[0]);
    expect(s.trace).not.toMatch(/^RS run pid=\d+ name=hello /m);
  });

  it('shows writable data for a program with initialised globals', () => {
    const info = ranges(shellSession(modules, '-- mem info').console);
    const data = info.find((r) => r[3] === 'data');
    expect(data?.[2]).toBe('user rw');
    const text = info.find((r) => r[3] === 'text')!;
    expect(data![0]).toBeGreaterThan(text[1]);
  });

  it('no such program: 127; a broken image: the loader says why, 126', () => {
    const junk = { name: 'junk', data: new TextEncoder().encode('not an ELF file at all, just text') };
    const withJunk = (): typeof modules => [...bundledModules([]), junk];
    const missing = shellSession(withJunk(), '-- mem nosuch');
    expect(missing.console).toContain('mem: nosuch: no such program');
    expect(missing.exitValue).toBe(127);
    const broken = shellSession(withJunk(), '-- mem junk');
    expect(broken.console).toMatch(/^mem: junk: \S.*$/m);
    expect(broken.exitValue).toBe(126);
    const after = shellSession(withJunk(), '-- mem; mem junk; mem');
    const summaries = after.console.match(/^R reserved .*$/gm)!;
    expect(summaries[1]).toBe(summaries[0]);
    const usage = shellSession(withJunk(), '-- mem a b');
    expect(usage.exitValue).toBe(2);
  });
});

describe('line editor', () => {
  it('up arrow recalls the last line: run hello twice', () => {
    const s = shellSession(modules, '', ['run hello\r', `${UP}\r`, 'halt\r']);
    expect(runs(s.trace, 'hello')).toBe(2);
    expect(replyTo(s, 1)).toBe('Hello from ring 3!\n');
    expect(s.exitValue).toBe(0);
  });

  it('up twice then down picks the newer line again', () => {
    const s = shellSession(modules, '', ['echo one\r', 'echo two\r', `${UP}${UP}${DOWN}\r`, 'halt\r']);
    expect(replyTo(s, 2)).toBe('two\n');
  });

  it('down past the newest line gives an empty line', () => {
    const s = shellSession(modules, '', ['echo one\r', `${UP}${DOWN}echo fresh\r`, 'halt\r']);
    expect(replyTo(s, 1)).toBe('fresh\n');
  });

  it('keeps the last 16 lines: the 17th up arrow stays at the oldest kept', () => {
    const lines = Array.from({ length: 17 }, (_, i) => `echo line${i + 1}\r`);
    const s = shellSession(modules, '', [...lines, `${UP.repeat(20)}\r`, `${UP.repeat(16)}\r`, 'halt\r']);
    expect(replyTo(s, 17)).toBe('line2\n');
    // The recalled line became the newest entry; 16 back is now line3.
    expect(replyTo(s, 18)).toBe('line3\n');
  });

  it('redraws with backspaces so the recalled line replaces the typed one', () => {
    const s = shellSession(modules, '', ['echo hi\r', `abc${UP}\r`, 'halt\r']);
    expect(s.console).toContain(`${PROMPT_ECHO('abc')}\b \b\b \b\b \becho hi\n`);
    expect(replyTo(s, 1)).toBe('hi\n');
  });

  it('edits a recalled line with backspace', () => {
    const s = shellSession(modules, '', ['echo abc\r', `${UP}\x7f\x7fz\r`, 'halt\r']);
    expect(replyTo(s, 1)).toBe('az\n');
  });

  it('backspace works as 0x08 and as 0x7F', () => {
    const s = shellSession(modules, '', ['echo ab\x08c\x7fd\r', 'halt\r']);
    expect(replyTo(s, 0)).toBe('ad\n');
  });

  it('ignores other escape sequences (right arrow, F5) and empty lines stay out of history', () => {
    const s = shellSession(modules, '', ['echo x\r', '\r', `\x1b[C\x1b[15~${UP}\r`, 'halt\r']);
    expect(replyTo(s, 2)).toBe('x\n');
  });
});

describe('line editor on the VGA mirror', () => {
  it('the screen shows the recalled line, not the typed one (backspace redraw)', () => {
    const s = shellSession(modules, '', ['echo hello\r', `xyz${UP}`], 1);
    const cells = s.machine.ram.read(0xb8000, 80 * 25 * 2);
    const rows = Array.from({ length: 25 }, (_, r) =>
      Array.from({ length: 80 }, (_, c) => String.fromCharCode(cells[(r * 80 + c) * 2]!)).join('').trimEnd());
    const last = rows.filter((r) => r !== '').at(-1);
    expect(last).toBe('ringside$ echo hello');
    expect(s.exitValue).toBeNull();
  });

  it('ESC O A (application cursor keys) recalls too', () => {
    const s = shellSession(modules, '', ['echo ss3\r', '\x1bOA\r', 'halt\r']);
    expect(replyTo(s, 1)).toBe('ss3\n');
  });
});

function PROMPT_ECHO(text: string): string {
  return `ringside$ ${text}`;
}
