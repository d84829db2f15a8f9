// Every syscall in cc/include/syscall.h, with its error returns, run on the
// emulated machine: the C programs in tests/kernel/programs/ print one
// "what: value" line per check (and "(expected ...)" on a mismatch), and the
// tests compare their whole output. One interactive boot runs the five
// programs at the prompt; a second, in batch mode, shows bootcmd's text.
import { describe, it, expect, beforeAll } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/build/bundle.ts';
import { Terminal } from './programs/harness.ts';

const PROGRAMS = ['sysconsole', 'sysfds', 'sysprocs', 'syssignals', 'sysringside'];

/** The kernel's kill detail lines carry addresses and CPU ticks that move
 *  with every build; the kill line itself stays. */
function normalize(text: string): string {
  return text.replace(/^(\[program killed: [^\]]+\]\n)  .*\n/gm, '$1  (details)\n');
}

const EXPECTED: Record<string, string> = {
  sysconsole: String.raw`abc
write(1, "abc\n", 4): 4
write(1, s, -1): -1
write(1, s, 0): 0
write(9, s, 1) (fd 9 not open): -1
write(-1, s, 1): -1
read(9, buf, 1): -1
read(0, buf, -1): -1

putchar('\n'): 10
puts line
puts("puts line") >= 0: 1
42-xy
printf("%d-%s\n", 42, "xy"): 6
getpid() > 1: 1
sleep_ticks(5): 0
ticks() moved by at least 5: 1
peek(&data_word): 52
poke(&data_word, 0x56): 0
data_word after poke: 4694
[program killed: bad syscall pointer]
  (details)
poke to the kernel: killed by: 11
sbrk(0) is page-aligned: 1
sbrk(8192) returns the old break: 1
sbrk(0) moved by 8192: 8192
the new pages are usable: 3
sbrk(-4096) returns the old break: 1
sbrk(0) after shrinking: 4096
[program killed: page fault]
  (details)
the given-back page faults: killed by: 11
the kept page is still there: 1
sbrk below the heap start: -1
sbrk past the window: -1
sbrk(-4096) back to the start: 1
grow again from the start: 1
the page comes back zeroed: 0
`,
  sysfds: String.raw`close(9) (never open): -1
close(-1): -1
dup(9): -1
dup(1) (the lowest free fd): 3
via fd 3
write(3, ...) reaches the console: 9
close(3): 0
close(3) again: -1
write(3, ...) after close: -1
dup2(1, 5): 5
via fd 5
write(5, ...) reaches the console: 9
dup2(5, 5): 5
dup2(9, 6) (closed source): -1
dup2(1, -1): -1
dup2(1, 1000) (out of range): -1
close(5): 0
dup(1) until refused: more than 8 fds: 1
after closing them, dup(1): 3
pipe(fds): 0
fds[0]: 3
fds[1]: 4
write to the read end: -1
read from the write end: -1
write(fds[1], "hello", 5): 5
read(fds[0], buf, 64) takes what is there: 5
the bytes: 0
dup(fds[1]) keeps the pipe open: 5
write through the duplicate: 2
read what the duplicate wrote: 2
read after every write end closed: end of file: 0
read of an empty pipe at end of file, again: 0
bytes from the child through the pipe: 20000
in order and intact: 1
the writer: exit 0
read waits for the late writer: 4
then end of file: 0
the late writer: exit 0
write to a pipe nobody reads: signal 13
signal(SIGPIPE, SIG_IGN): 0
write with no reader, SIGPIPE ignored: -1
dup2(0, 9) saves the console: 9
getchar() from a pipe on fd 0: 113
getchar() again: 10
getchar() at end of file: -1
printf into a pipe on fd 1 returned: 6
the pipe got "42-ok|p
c"
still only fds 0-2 open: pipe(fds): 0
fds[0]: 3
`,
  sysprocs: String.raw`fork() returns a new pid: 1
the child's getpid() is what fork() returned: 1
the child's getppid() is the parent's getpid(): 1
waitpid(child) returns its pid: 1
the child: exit 0
waitpid(child) again, already reaped: -1
waitpid(1, ...) (init is not my child): -1
waitpid(-1, ...) with no children: -1
waitpid(-1, ..., WNOHANG) with no children: -1
wait(...) with no children: -1
waitpid(child, WNOHANG) while it sleeps: 0
waitpid(child, 0, 0) (no status wanted): 1
a child changes its copy of a global: exit 7
the parent's copy: 1
execv("nosuch", argv): -1
execv("", argv): -1
still running after the failed execv
argc = 3
argv[0] = "args"
argv[1] = "x"
argv[2] = "y z"
execv("args", {args, x, "y z"}): exit 0
argc = 3
argv[0] = "args"
argv[1] = "d1"
argv[2] = "d2"
execv("args", {args}) gets the default arguments: exit 0
argc = 17
argv[0] = "args"
argv[1] = "a"
argv[2] = "a"
argv[3] = "a"
argv[4] = "a"
argv[5] = "a"
argv[6] = "a"
argv[7] = "a"
argv[8] = "a"
argv[9] = "a"
argv[10] = "a"
argv[11] = "a"
argv[12] = "a"
argv[13] = "a"
argv[14] = "a"
argv[15] = "a"
argv[16] = "a"
execv with 17 arguments fails, with 16 runs: exit 0
[program killed: bad syscall pointer]
  (details)
execv of a kernel pointer: signal 11
execv("ret42") replaces the image: exit 42
the orphan's parent: exit 0
bytes from the orphan: 4
the orphan's getppid() after its parent exited: 1
end of file once the orphan exited: 0
zombies whose parent is init: 0
fork() returned -1 when the table was full: -1
children forked == free slots before: 1
every blocked child ended at end of file: 0
free slots afterwards == before: 1
fork works again: exit 5
`,
  syssignals: String.raw`exit(0): exit 0
exit(1): exit 1
exit(255): exit 255
exit(256): exit 0
[program killed: page fault]
  (details)
a store to the kernel: signal 11
[program killed: bad syscall pointer]
  (details)
write() of a kernel pointer: signal 11
[program killed: divide error]
  (details)
division by zero: signal 8
[program killed: invalid opcode]
  (details)
ud2: signal 4
[program killed: bad syscall number]
  (details)
syscall number 99: signal 31
SIGKILL to a spinning child: signal 9
SIGTERM to a sleeping child: signal 15
SIGINT to a child blocked on a pipe: signal 2
SIGPIPE sent by kill: signal 13
WIFEXITED(exit 1): 1
WIFSIGNALED(exit 1): 0
the raw status of exit(1): 256
WIFEXITED(SIGKILL): 0
WIFSIGNALED(SIGKILL): 1
the raw status of SIGKILL: 9
kill(99999, SIGTERM) (no such process): -1
kill(1, SIGTERM) (init is not mine to kill): -1
kill(-99999, SIGTERM) (no such group): -1
kill(getpid(), 99) (no such signal): -1
signal(SIGTERM, SIG_IGN) returns the old action: 0
signal(SIGTERM, SIG_IGN) again: 1
kill(getpid(), SIGTERM) while ignoring it: 0
still alive
  kill(child, SIGTERM): 0
  alive afterwards (waitpid WNOHANG): 0
a forked child inherits the ignored SIGTERM: signal 9
signal(SIGTERM, SIG_DFL): 1
signal(SIGKILL, SIG_IGN) (cannot be ignored): -1
signal(0, SIG_IGN): -1
signal(32, SIG_IGN): -1
signal(SIGINT, 7) (only SIG_DFL and SIG_IGN): -1
  kill(child, SIGTERM): 0
  alive afterwards (waitpid WNOHANG): 0
SIGTERM ignored across execv: signal 9
SIGTERM restored before execv: signal 15
getpgrp() == getpid(): 1
tcsetpgrp(0, getpgrp()) (already the foreground): 0
tcsetpgrp(9, ...) (fd not open): -1
tcsetpgrp(pipe, ...) (not the console): -1
a forked child is in its parent's group: exit 1
setpgid(0, 0) makes a child a group leader: exit 0
setpgid(99999, 0) (no such process): -1
setpgid(0, -5): -1
setpgid(second, first): 0
kill(-pgid, SIGTERM): 0
the group leader: signal 15
the other member: signal 15
`,
  sysringside: String.raw`procinfo(-1, &p): -1
procinfo(PROCINFO_SLOTS, &p): -1
my slot found: 1
  ppid == getppid(): 1
  pgid == getpgrp(): 1
  state (PROC_RUNNABLE): 1
  name is sysringside: 0
  cr3 is a page address: 1
  esp0 is in the kernel: 1
init's slot found: 1
  init's ppid: 0
  init's name is init: 0
  init waits (PROC_SLEEPING): 2
a sleeping child (PROC_SLEEPING): 2
  its name is still sysringside: 1
the child after exiting (PROC_ZOMBIE): 3
the child after waitpid (slot free): 0
[program killed: bad syscall pointer]
  (details)
procinfo into the kernel: signal 11
limit(-1) (the boot default, 5 s): 500
limit(0) from a program (only the shell may): -1
limit(-1) afterwards (unchanged): 500
bootcmd(buf, 256) is the length of the text: 1
bootcmd: ""
halt(3) from a grandchild of init: -1
kdump("nosuch", 0): -1
kdump reports:
`,
  'sysringside (batch)': String.raw`procinfo(-1, &p): -1
procinfo(PROCINFO_SLOTS, &p): -1
my slot found: 1
  ppid == getppid(): 1
  pgid == getpgrp(): 1
  state (PROC_RUNNABLE): 1
  name is sysringside: 0
  cr3 is a page address: 1
  esp0 is in the kernel: 1
init's slot found: 1
  init's ppid: 0
  init's name is init: 0
  init waits (PROC_SLEEPING): 2
a sleeping child (PROC_SLEEPING): 2
  its name is still sysringside: 1
the child after exiting (PROC_ZOMBIE): 3
the child after waitpid (slot free): 0
[program killed: bad syscall pointer]
  (details)
procinfo into the kernel: signal 11
limit(-1) (the boot default, 5 s): 500
limit(0) from a program (only the shell may): -1
limit(-1) afterwards (unchanged): 500
bootcmd(buf, 256) is the length of the text: 1
bootcmd: "sysringside"
bootcmd(buf, 4) (too small): -1
[program killed: bad syscall pointer]
  (details)
bootcmd into the kernel: signal 11
halt(3) from a grandchild of init: -1
kdump("nosuch", 0): -1
kdump reports:
`,
};

/** The kdump part of sysringside's output: the kernel's own reports. */
function checkKdumpReports(text: string): void {
  const reports = text.slice(text.indexOf('kdump reports:\n') + 'kdump reports:\n'.length);
  const lines = reports.split('\n');
  expect(lines[0]).toBe('mem: nosuch: no such program (try ls)');
  expect(lines[1]).toBe('kdump("mem", "nosuch") (status 127): 127');
  expect(lines[2]).toMatch(/^TSS at 0x[0-9a-f]{8}: ss0=0x0010 esp0=0x[0-9a-f]{8} /);
  expect(lines[3]).toBe('kdump("tss", 0): 0');
  expect(lines[4]).toBe('hello: virtual memory as loaded (not run), entry 0x40000000');
  expect(reports).toMatch(/^  0x40000000-0x[0-9a-f]{8} +\d+ KiB  user ro  text$/m);
  expect(reports).toMatch(/^  0x403fc000-0x403fffff   16 KiB  user rw  stack$/m);
  expect(reports.endsWith('kdump("mem", "hello"): 0\n')).toBe(true);
}

describe('syscalls, run from the interactive shell', () => {
  const replies = new Map<string, string>();
  beforeAll(() => {
    const t = Terminal.interactive({ programs: PROGRAMS, moduleStrings: ['args d1 d2'] });
    for (const name of PROGRAMS) replies.set(name, t.command(name, 30));
  }, 120_000);

  for (const name of PROGRAMS.slice(0, 4)) {
    it(`${name}: every check prints what it should, and the status is 0`, () => {
      expect(normalize(replies.get(name)!)).toBe(EXPECTED[name]);
    });
  }

  it('sysringside: procinfo, limit, halt refused, no boot commands, kdump', () => {
    const text = normalize(replies.get('sysringside')!);
    expect(text.slice(0, text.indexOf('kdump reports:\n') + 15)).toBe(EXPECTED.sysringside);
    checkKdumpReports(text);
  });
});

describe('syscalls in batch mode', () => {
  it('sysringside: bootcmd gives the text after --, and status 0 powers off with 0', () => {
    const t = Terminal.batch({ programs: ['sysringside'] }, 'sysringside', 30);
    expect(t.exitValue).toBe(0);
    const text = normalize(t.console.slice(t.console.indexOf('procinfo(-1')));
    expect(text.slice(0, text.indexOf('kdump reports:\n') + 15)).toBe(EXPECTED['sysringside (batch)']);
    checkKdumpReports(text);
  }, 60_000);
});

describe('coverage', () => {
  it('every syscall in syscall.h is called by one of the test programs', () => {
    const header = readFileSync(join(PROJECT_ROOT, 'cc', 'include', 'syscall.h'), 'utf8');
    const names = [...header.matchAll(/^#define SYS_(\w+)\s+\d+/gm)].map((m) => m[1]!).filter((n) => n !== 'COUNT');
    expect(names.length).toBeGreaterThanOrEqual(31);
    const dir = join(PROJECT_ROOT, 'tests', 'kernel', 'programs');
    const sources = readdirSync(dir).filter((f) => f.startsWith('sys') && f.endsWith('.c'))
      .map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
    const missing = names.filter((n) => !new RegExp(`\\b${n}\\(`).test(sources));
    expect(missing).toEqual([]);
  });
});
