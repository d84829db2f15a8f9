// The ring-3 shell (kernel/user/sh.c) under init, on the emulated machine:
// typed at the console prompt, or given as the kernel's batch commands
// (`-- CMDS`, which init runs through `sh -c`).
import { describe, it, expect } from 'vitest';
import { Terminal } from './programs/harness.ts';

/** A regex for one `ps` row: "%5d %5d %-5s %9u %s". */
function psRow(pid: number | string, ppid: number | string, state: string, name: string): RegExp {
  const num = (v: number | string, w: number) => (typeof v === 'number' ? String(v).padStart(w) : v);
  return new RegExp(`^${num(pid, 5)} ${num(ppid, 5)} ${state.padEnd(5)} [ \\d]{8}\\d ${name}$`, 'm');
}

const PS_HEADER = '  PID  PPID STATE     TICKS NAME\n';

describe('sh at the prompt', () => {
  it('runs programs and builtins; `;` sequences; unknown programs and nonzero statuses are reported', () => {
    const t = Terminal.interactive();
    expect(t.console).toMatch(/^ringside kernel: \d+ programs, \d+ KiB free\. Type help\.\nringside\$ $/);
    expect(t.command('hello')).toBe('Hello from ring 3!\n');
    expect(t.command('run hello')).toBe('Hello from ring 3!\n');
    expect(t.command('run')).toBe('usage: run NAME [ARGS...]\n[status 2]\n');
    // run NAME is always a program, never the builtin of that name
    expect(t.command('run echo x')).toBe('echo: no such program (try ls)\n[status 127]\n');
    expect(t.command('run hello | run wc')).toBe('      1       4      19\n');
    expect(t.command('ret42')).toBe('[status 42]\n');
    expect(t.command('args a  bc   d')).toBe('argc = 4\nargv[0] = "args"\nargv[1] = "a"\nargv[2] = "bc"\nargv[3] = "d"\n');
    expect(t.command('nosuch x')).toBe('nosuch: no such program (try ls)\n[status 127]\n');
    expect(t.command('echo a; echo b;; nosuch ;echo c')).toBe('a\nb\nnosuch: no such program (try ls)\nc\n');
    expect(t.command('echo a; ret42')).toBe('a\n[status 42]\n');
    expect(t.command('kwrite')).toMatch(/^\[program killed: page fault\]\n  #PF at eip=0x[0-9a-f]{8}: write to 0x00100000, user mode, protection violation \(error 0x7\)\n\[status 139\]\n$/);
    expect(t.command('divzero')).toMatch(/^\[program killed: divide error\]\n.*\n\[status 136\]\n$/);
    expect(t.command('')).toBe('');
    expect(t.command('   ')).toBe('');
    expect(t.command('echo   spaced    words  ')).toBe('spaced words\n');
  });

  it('syntax errors run nothing', () => {
    const t = Terminal.interactive();
    expect(t.command('echo a |')).toBe("sh: syntax error near 'end of line'\n[status 2]\n");
    expect(t.command('echo a; | wc')).toBe("sh: syntax error near '|'\n[status 2]\n");
    expect(t.command('echo a | | wc')).toBe("sh: syntax error near '|'\n[status 2]\n");
    expect(t.command('& echo a')).toBe("sh: syntax error near '&'\n[status 2]\n");
    expect(t.command('echo x x x x x x x x x x x x x x x x x')).toBe('sh: too many arguments (at most 16)\n[status 2]\n');
    expect(t.command('args 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16').split('\n')[0]).toBe('argc = 17');
  });

  it('pipelines of three programs, builtins in pipelines, and EOF/SIGPIPE ending them', () => {
    const t = Terminal.interactive();
    expect(t.command('echo one two three | cat | wc')).toBe('      1       3      14\n');
    expect(t.command('echo hi|wc')).toBe('      1       1       3\n');
    // head exits after 5 lines; yes then writes to a pipe with no reader and dies of SIGPIPE.
    expect(t.command('yes | head 5 | wc')).toBe('      5       5      10\n');
    expect(t.command('yes ab c | head 2')).toBe('ab c\nab c\n');
    expect(t.command('forks8 | head 3')).toMatch(/^child 0 pid (\d+)\nchild 1 pid \d+\nchild 2 pid \d+\n$/);
    // the last command's status is the pipeline's
    expect(t.command('hello | ret42')).toBe('[status 42]\n');
    expect(t.command('ret42 | hello | wc')).toBe('      1       4      19\n');
    expect(t.command('nosuch | wc')).toBe('nosuch: no such program (try ls)\n      0       0       0\n');
    const ps = t.command('ps | cat | cat');
    expect(ps.startsWith(PS_HEADER)).toBe(true);
    // Nothing is left over: yes, head, the cats and forks8's children are all gone.
    const after = t.command('ps');
    expect(after.split('\n').filter((l) => l !== '')).toHaveLength(4);
    expect(after).toMatch(psRow(1, 0, 'S', 'init'));
    expect(after).toMatch(psRow(2, 1, 'S', 'sh'));
    expect(after).toMatch(psRow('\\s*\\d+', 2, 'R', 'ps'));
  });

  it('ps shows pid, parent, state and name of init, sh, a background job and itself', () => {
    const t = Terminal.interactive();
    const started = /^\[1\] (\d+)\n$/.exec(t.command('nap 300 &'));
    expect(started).not.toBeNull();
    const nap = Number(started![1]);
    const ps = t.command('ps');
    expect(ps.startsWith(PS_HEADER)).toBe(true);
    const rows = ps.split('\n').slice(1).filter((l) => l !== '');
    expect(rows).toHaveLength(4);
    expect(rows[0]).toMatch(psRow(1, 0, 'S', 'init'));
    expect(rows[1]).toMatch(psRow(2, 1, 'S', 'sh'));
    expect(rows[2]).toMatch(psRow(nap, 2, 'S', 'nap'));
    expect(rows[3]).toMatch(psRow('\\s*\\d+', 2, 'R', 'ps'));
    const psPid = Number(rows[3]!.trim().split(/\s+/)[0]);
    expect(psPid).toBeGreaterThan(nap);
    // The report comes before the next prompt, or from wait if nap has not died by then.
    const killed = t.command('kill ' + nap) + t.command('wait');
    expect(killed).toMatch(/^(\[program killed: terminated\]\n.*\n)?\[1\] killed SIGTERM nap 300\n$/);
    expect(t.command('kill ' + nap)).toBe(`kill: ${nap}: no such process\n[status 1]\n`);
    expect(t.command('ps').split('\n').filter((l) => l !== '')).toHaveLength(4);
  });

  it('background jobs: [N] PID, jobs, done reports before the prompt, wait, wait PID', () => {
    const t = Terminal.interactive();
    const first = /^\[1\] (\d+)\n$/.exec(t.command('nap 50 &'));
    const second = /^\[2\] (\d+)\n$/.exec(t.command('nap 100 7 &'));
    expect(first).not.toBeNull();
    expect(second).not.toBeNull();
    expect(t.command('jobs')).toBe(`[1] ${first![1]} running nap 50\n[2] ${second![1]} running nap 100 7\n`);
    expect(t.command('wait')).toBe('[1] done nap 50\n[2] exit 7 nap 100 7\n');
    expect(t.command('jobs')).toBe('');
    expect(t.command('wait')).toBe('');

    // A finished job is reported before the next prompt, after that command's output.
    expect(t.command('nap 5 &')).toMatch(/^\[1\] \d+\n$/);
    t.idle(0.3);
    expect(t.command('echo x')).toBe('x\n[1] done nap 5\n');

    // wait PID gives that process's status; a pid that is not a child is refused.
    const third = /^\[1\] (\d+)\n$/.exec(t.command('nap 20 3 &'));
    expect(t.command(`wait ${third![1]}`)).toBe('[1] exit 3 nap 20 3\n[status 3]\n');
    expect(t.command('wait 1')).toBe('wait: 1: not a child of this shell\n[status 127]\n');

    // A background pipeline is one job; its pid is the last process's.
    // Its output may come before or after the next prompt.
    const start = t.console.length;
    t.command('yes | head 2 &');
    t.command('wait');
    const lines = t.console.slice(start).split(/\n|ringside\$ /).filter((l) => l !== '');
    expect(lines.filter((l) => /^\[1\] \d+$/.test(l))).toHaveLength(1);
    expect(lines.filter((l) => l === 'y')).toHaveLength(2);
    expect(lines.filter((l) => l === '[1] done yes | head 2')).toHaveLength(1);
    expect(lines).toHaveLength(6);          /* the two typed lines, [1] PID, y, y, done */
  });

  it('a background job reads end of file, not the lines typed for the shell', () => {
    const t = Terminal.interactive();
    // Their output and reports may come before or after a prompt.
    const start = t.console.length;
    t.command('wc &');
    t.command('cat &');
    t.command('echo typed');
    t.command('wait');
    const lines = t.console.slice(start).split(/\n|ringside\$ /).filter((l) => l !== '');
    expect(lines.filter((l) => l === '      0       0       0')).toHaveLength(1);
    // Had cat read the console, it would have taken "echo typed" and printed it.
    expect(lines.filter((l) => l === 'echo typed')).toHaveLength(1);
    expect(lines.filter((l) => l === 'typed')).toHaveLength(1);
    expect(lines.filter((l) => l === '[1] done wc')).toHaveLength(1);
    expect(t.console.match(/^\[2\] done cat$/gm)).toHaveLength(1);
  });

  it('kill: -9, -INT, -TERM and %JOB; bad signals and pids', () => {
    const t = Terminal.interactive({ opts: 'limit=0' });
    expect(t.command('spin &')).toMatch(/^\[1\] \d+\n$/);
    expect(t.command('nap 1000 &')).toMatch(/^\[2\] \d+\n$/);
    const spin = Number(/\[1\] (\d+) running spin/.exec(t.command('jobs'))![1]);
    const nine = t.command(`kill -9 ${spin}`) + t.command('jobs');
    expect(nine).toMatch(/^(\[program killed: killed\]\n.*\n)?\[1\] killed SIGKILL spin\n\[2\] \d+ running nap 1000\n$/);
    const int = t.command('kill -INT %2') + t.command('wait');
    expect(int).toMatch(/^(\[program killed: interrupted\]\n.*\n)?\[2\] killed SIGINT nap 1000\n$/);
    expect(t.command('spin &')).toMatch(/^\[1\] \d+\n$/);
    const term = t.command('kill -TERM %1') + t.command('wait');
    expect(term).toMatch(/^(\[program killed: terminated\]\n.*\n)?\[1\] killed SIGTERM spin\n$/);
    expect(t.command('kill -FOO 5')).toBe('kill: -FOO: unknown signal (try -KILL, -INT, -TERM or a number)\n[status 2]\n');
    expect(t.command('kill %7')).toBe('kill: %7: not a pid or a job\n[status 2]\n');
    expect(t.command('kill 99999')).toBe('kill: 99999: no such process\n[status 1]\n');
    expect(t.command('kill')).toBe('usage: kill [-SIG] PID|-PGID|%JOB\n[status 2]\n');
    expect(t.command('kill 1')).toBe('kill: 1: no such process\n[status 1]\n');
  });

  it('Ctrl-C kills the foreground job (a whole pipeline) and nothing else; the shell survives', () => {
    const t = Terminal.interactive({ opts: 'limit=0' });
    const bg = /^\[1\] (\d+)\n$/.exec(t.command('nap 2000 &'));
    const prompts = t.prompts();
    const start = t.console.length;
    t.type('spin\r');
    t.idle(0.3);
    expect(t.prompts()).toBe(prompts);
    t.type('\x03');
    expect(t.runUntil(() => t.prompts() > prompts, 2)).toBe(true);
    expect(t.console.slice(start)).toMatch(/^spin\n(\^C\n)?\[program killed: interrupted\]\n.*\n\[status 130\]\nringside\$ $/);

    // A three-process pipeline that never ends by itself: all of it dies.
    const before = t.prompts();
    t.type('yes | cat | wc\r');
    t.idle(0.3);
    t.type('\x03');
    expect(t.runUntil(() => t.prompts() > before, 2)).toBe(true);
    expect(t.console.endsWith('[status 130]\nringside$ ')).toBe(true);

    // Ctrl-C at the prompt is not for the shell.
    t.type('\x03');
    t.idle(0.1);
    expect(t.command('echo alive')).toBe('alive\n');
    const ps = t.command('ps');
    expect(ps).toMatch(psRow(Number(bg![1]), 2, 'S', 'nap'));
    expect(ps).not.toMatch(/ (spin|yes|cat|wc)$/m);
    expect(t.command('jobs')).toBe(`[1] ${bg![1]} running nap 2000\n`);
  });

  it('builtins: help, ls, mem, mem NAME, gdt, idt, tss, ticks, limit', () => {
    const t = Terminal.interactive();
    const help = t.command('help');
    for (const word of ['help', 'ls', 'echo', 'ticks', 'limit', 'mem', 'gdt, idt, tss', 'clear', 'jobs', 'kill', 'wait', 'exit', 'halt', 'ps']) {
      expect(help).toMatch(new RegExp(`^  ${word}\\b`, 'm'));
    }
    expect(t.command('ls')).toMatch(/^hello +\d+ bytes {2}at 0x[0-9a-f]{8}$/m);
    expect(t.command('mem')).toMatch(/pages, \d+ free/);
    expect(t.command('mem hello')).toMatch(/^hello: virtual memory as loaded \(not run\), entry 0x40000000\n/);
    expect(t.command('mem nosuch')).toBe('mem: nosuch: no such program (try ls)\n[status 127]\n');
    expect(t.command('gdt')).toMatch(/0x1b|0x18/i);
    expect(t.command('idt')).toMatch(/0x80/);
    expect(t.command('tss')).toMatch(/^TSS at 0x[0-9a-f]{8}: ss0=0x0010/);
    const ticks = Number(t.command('ticks'));
    expect(ticks).toBeGreaterThan(0);
    expect(Number(t.command('ticks'))).toBeGreaterThanOrEqual(ticks);
    expect(t.command('limit')).toBe('limit: 5.00 s\n');
    expect(t.command('limit 0.5')).toBe('limit: 0.50 s\n');
    expect(t.command('limit 2.25')).toBe('limit: 2.25 s\n');
    expect(t.command('limit 1.234')).toBe('limit: 1.23 s\n');     // two decimals count, as in limit=
    expect(t.command('limit x')).toBe("limit: 'x' is not a number of seconds (like 5 or 0.5)\n[status 2]\n");
    expect(t.command('limit 99999999')).toBe("limit: '99999999' is too large (at most 21474836.47 s)\n[status 2]\n");
    expect(t.command('limit 21474836.48')).toBe("limit: '21474836.48' is too large (at most 21474836.47 s)\n[status 2]\n");
    expect(t.command('limit 21474836.47')).toBe('limit: 21474836.47 s\n');
    expect(t.command('limit 0.2')).toBe('limit: 0.20 s\n');
    expect(t.command('spin')).toMatch(/^\[program killed: time limit\]\n.*\n\[status 137\]\n$/);
    expect(t.command('limit 0')).toBe('limit: none\n');
    expect(t.command('limit 1 2')).toBe('usage: limit [SECONDS]\n[status 2]\n');
    expect(t.command('clear')).toBe('\x1b[2J\x1b[H');
  });
});

describe('the console line discipline under sh', () => {
  it('backspace, Ctrl-U and the up arrow edit the line sh reads', () => {
    const t = Terminal.interactive();
    expect(t.command('echo abX\x7fc')).toBe('abc\n');
    expect(t.command('echo wrong\x15echo right')).toBe('right\n');
    expect(t.command('echo recalled')).toBe('recalled\n');
    expect(t.command('\x1b[A')).toBe('recalled\n');
    // two up: "echo right" (a repeated line is stored once); five backspaces
    expect(t.command('\x1b[A\x1b[A\x7f\x7f\x7f\x7f\x7fleft')).toBe('left\n');
  });
});

describe('leaving the shell', () => {
  it('exit N: init powers off with N', () => {
    const t = Terminal.interactive();
    t.type('exit 3\r');
    t.idle(2);
    expect(t.exitValue).toBe(3);
  });

  it('exit: the last status; Ctrl-D at the start of a line: the same', () => {
    const a = Terminal.interactive();
    a.command('ret42');
    a.type('exit\r');
    a.idle(2);
    expect(a.exitValue).toBe(42);
    const b = Terminal.interactive();
    b.command('ret42');
    b.type('\x04');
    b.idle(2);
    expect(b.exitValue).toBe(42);
  });

  it('halt N powers off with N; exit with a bad number is refused', () => {
    const t = Terminal.interactive();
    expect(t.command('exit 300')).toBe('exit: the status is a number from 0 to 255\n[status 2]\n');
    expect(t.command('halt x')).toBe('halt: the status is a number from 0 to 255\n[status 2]\n');
    t.type('halt 5\r');
    t.idle(2);
    expect(t.exitValue).toBe(5);
  });

  it('a shell started from the shell: exit returns to the outer one; halt is refused there', () => {
    const t = Terminal.interactive();
    const prompts = t.prompts();
    t.type('sh\r');
    expect(t.runUntil(() => t.prompts() > prompts, 2)).toBe(true);
    expect(t.command('halt 4')).toBe('halt: only init and its children may power off\n[status 1]\n');
    expect(t.command('exit 6')).toBe('[status 6]\n');
    expect(t.command('echo outer')).toBe('outer\n');
    expect(t.halted).toBe(false);
  });
});

describe('sh -c, the batch mode', () => {
  it('runs the commands, prints no [status] lines, and init powers off with the last status', () => {
    const t = Terminal.batch({}, 'echo a; ret42; echo b | wc; nosuch; ret42', 20);
    expect(t.exitValue).toBe(42);
    expect(t.console).toBe('a\n      1       1       2\nnosuch: no such program (try ls)\n');
    expect(t.console).not.toContain('[status');
  });

  it('the status of a killed program is 128 + the signal', () => {
    expect(Terminal.batch({}, 'kwrite', 20).exitValue).toBe(139);
    expect(Terminal.batch({}, 'nosuch', 20).exitValue).toBe(127);
    expect(Terminal.batch({}, 'hello; halt 9; hello', 20).exitValue).toBe(9);
  });

  it('run NAME runs the program NAME even where a builtin has that name (ringside run echo.c)', () => {
    const t = Terminal.batch({ programs: ['echo'] }, 'run echo a b; echo c', 20);
    expect(t.console).toBe('the echo program: a b\nc\n');
    expect(Terminal.batch({ programs: ['echo'] }, 'run echo', 20).exitValue).toBe(3);
  });

  it('words are split on tabs too', () => {
    const t = Terminal.batch({}, 'args a\tb\t\tc', 20);
    expect(t.console).toBe('argc = 4\nargv[0] = "args"\nargv[1] = "a"\nargv[2] = "b"\nargv[3] = "c"\n');
  });

  it('commands as long as a console line (up to 255 characters) reach sh -c', () => {
    const words = Array.from({ length: 16 }, (_, i) => `word${String(i).padStart(2, '0')}`);
    const cmds = `echo ${words.join(' ')}; echo ${words.join(' ')}`;
    expect(cmds.length).toBeGreaterThan(200);
    const t = Terminal.batch({}, cmds, 20);
    expect(t.console).toBe(`${words.join(' ')}\n${words.join(' ')}\n`);
    expect(t.exitValue).toBe(0);
  });

  it('background jobs in a batch print no job lines', () => {
    const t = Terminal.batch({}, 'nap 10 &; jobs; wait; echo end', 20);
    expect(t.exitValue).toBe(0);
    expect(t.console).toMatch(/^\[1\] \d+ running nap 10\n\[1\] done nap 10\nend\n$/);
  });
});
