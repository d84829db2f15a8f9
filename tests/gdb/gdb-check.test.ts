// Replays the packets real gdb sent in scripts/gdb-check against a stub on a
// fresh machine booted the way ringside booted it, and expects gdb's recorded
// answers, byte for byte:
//   gdb-check.remote  `ringside run --gdb` on tests/dwarf/programs/sample.c
//   gdb-boot.remote   `ringside boot --gdb --module tests/gdb/programs/writer.c`,
//                     the shell fed `run writer` and `halt 7`
// The transcripts of the same sessions (gdb-check.txt, gdb-boot.txt) must show
// what the recipes promise. When the kernel, the runtime or cc change, run
// scripts/gdb-check again.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { Machine } from '../../src/machine/machine.ts';
import { buildBundle } from '../../src/build/bundle.ts';
import { planRun, bundledModules } from '../../src/build/boot-plan.ts';
import { loadProgram } from '../../src/build/program.ts';
import { withTtyEof } from '../../src/machine/tty-eof.ts';
import { ProcessTable } from '../../src/debug/process-table.ts';
import { GdbStub } from '../../src/debug/gdb/stub.ts';
import { followProcesses } from '../../src/debug/gdb/server.ts';
import { PacketReader } from '../../src/debug/gdb/packets.ts';

const SAMPLE = 'tests/dwarf/programs/sample.c';
const WRITER = 'tests/gdb/programs/writer.c';
const transcript = readFileSync('tests/gdb/fixtures/gdb-check.txt', 'utf8');
const log = readFileSync('tests/gdb/fixtures/gdb-check.remote', 'latin1');
const bootTranscript = readFileSync('tests/gdb/fixtures/gdb-boot.txt', 'utf8');
const bootLog = readFileSync('tests/gdb/fixtures/gdb-boot.remote', 'latin1');

/** gdb's remote log escapes: \n \r \t \\ \xNN. */
function unescape(text: string): string {
  return text.replace(/\\(x[0-9a-fA-F]{2}|[nrt\\])/g, (_, e: string) =>
    e === 'n' ? '\n' : e === 'r' ? '\r' : e === 't' ? '\t' : e === '\\' ? '\\' : String.fromCharCode(parseInt(e.slice(1), 16)));
}

/** The packets in log order: who sent each (w: gdb, r: the stub) and its payload. */
function exchanges(log: string): { dir: 'w' | 'r'; payload: string }[] {
  const out: { dir: 'w' | 'r'; payload: string }[] = [];
  for (const line of log.split('\n')) {
    const m = /^([wr]) (.*)$/.exec(line);
    if (!m) continue;
    const dir = m[1] as 'w' | 'r';
    new PacketReader((e) => {
      if (e.kind === 'packet') out.push({ dir, payload: e.payload });
      if (e.kind === 'interrupt') out.push({ dir, payload: '\x03' });
    }).push(unescape(m[2]!.replace(/^<Timeout: \d+ seconds>/, '')));
  }
  return out;
}

/** Sends the stub every packet gdb sent, running it on resumes, and expects gdb's recorded replies. */
function replay(stub: GdbStub, log: string, minPackets: number): void {
  const packets = exchanges(log);
  const sent = packets.filter((p) => p.dir === 'w');
  expect(sent.length).toBeGreaterThan(minPackets);
  let i = 0;
  const nextReply = () => {
    while (i < packets.length && packets[i]!.dir !== 'r') i++;
    return packets[i++]?.payload;
  };
  for (let k = 0; k < packets.length;) {
    const p = packets[k++]!;
    if (p.dir !== 'w') continue;
    i = k;
    const action = stub.handle(p.payload);
    let reply: string | null;
    if (action.kind === 'resume') {
      reply = null;
      for (let n = 0; n < 10_000 && reply === null; n++) reply = stub.run(200_000);
    } else {
      reply = action.kind === 'kill' ? null : action.text;
    }
    if (reply === null) continue;
    const want = nextReply();
    expect(reply, `reply to ${p.payload}`).toBe(want);
    k = i;
  }
}

describe('scripts/gdb-check (real gdb 13, recorded)', () => {
  it('the transcript shows break at main (after the prologue), next x3, prints, bt three calls deep, a watchpoint, exit 42', () => {
    // gdb skips main's prologue (push ebp; mov ebp, esp; sub esp, N) to its first statement.
    expect(transcript).toMatch(/Breakpoint 1 at 0x[0-9a-f]+: file tests\/dwarf\/programs\/sample.c, line 46/);
    expect(transcript).toMatch(/hit Breakpoint 1, main \(\) at tests\/dwarf\/programs\/sample.c:46/);
    expect(transcript).toContain('46\t    pt.x = 3;\n47\t    pt.y = 4;\n48\t    pt.tag = \'p\';\n49\t    arr[0] = 10;');
    expect(transcript).toContain('$1 = {x = 3, y = 4, tag = 112 \'p\'}'); // a local (a struct)
    expect(transcript).toContain('$2 = 3'); // a struct field
    expect(transcript).toContain('$3 = 20'); // an array element
    expect(transcript).toMatch(/#0  depth3 \(v=8\) at [^\n]*\n#1  0x[0-9a-f]+ in depth2 \(v=7\)[^\n]*\n#2  0x[0-9a-f]+ in depth1 \(p=0x[0-9a-f]+\)[^\n]*\n#3  0x[0-9a-f]+ in main \(\)/);
    expect(transcript).toMatch(/Hardware watchpoint \d+: counter\n\nOld value = 0\nNew value = 16/);
    expect(transcript).toContain('exited with code 052');
    expect(transcript).toContain('--- ringside exit status: 42');
    expect(transcript).not.toMatch(/\/(tmp|home|work)\//);
  });

  it('the stub gives the answers gdb got, for every packet of the session', () => {
    const program = loadProgram(SAMPLE);
    const bundle = buildBundle();
    const plan = planRun(bundle.programs, { name: program.name, elf: program.elf, args: [], kernelOpts: '' });
    const machine = new Machine();
    const processes = new ProcessTable();
    followProcesses(machine, processes);
    let serial = '';
    machine.onSerialOutput((b) => { serial += String.fromCharCode(b); });
    machine.boot(bundle.kernel, plan.modules, plan.cmdline);
    machine.sendSerialInput(withTtyEof(new Uint8Array(0))); // stdin was /dev/null
    const stub = new GdbStub(machine, { processes, focus: program.name });
    replay(stub, log, 100);
    expect(machine.exitValue).toBe(42);
    expect(serial).toContain('counter 17 arr 20 word 4 big 137');
  });
});

describe('scripts/gdb-check, the kernel session (real gdb 13, recorded)', () => {
  it('the transcript shows sys_write hit, bt across the trap frame into the program, the current struct proc', () => {
    expect(bootTranscript).toMatch(/hit Breakpoint 1, sys_write \(args=/);
    // Kernel frames, the trap entry, then the program's frames from the trap frame's EIP and ESP.
    expect(bootTranscript).toMatch(new RegExp([
      '#0  sys_write \\(args=[^\\n]*at kernel/sys_file\\.c:\\d+',
      '#1  0x[0-9a-f]+ in syscall_dispatch \\(frame=[^\\n]*',
      '#2  0x[0-9a-f]+ in trap \\(frame=[^\\n]*',
      '#3  0x[0-9a-f]+ in trap_common \\(\\)',
      '#4  0x4[0-9a-f]+ in write \\(\\)',
      '#5  0x4[0-9a-f]+ in say \\(s=0x[0-9a-f]+ <[^>]*> "written by ring 3\\\\n", n=18\\) at tests/gdb/programs/writer\\.c:9',
      '#6  0x4[0-9a-f]+ in main \\(argc=1, argv=0x[0-9a-f]+\\) at tests/gdb/programs/writer\\.c:14',
    ].join('\\n')));
    expect(bootTranscript).toMatch(/cs +0x1b +27\neip +0x4[0-9a-f]+ +0x4[0-9a-f]+ <write\+\d+>/); // frame 4 is ring 3
    expect(bootTranscript).toMatch(/\$1 = \{state = 1, pid = 3, ppid = 2, pgid = 3, name = "writer"/);
    expect(bootTranscript).toContain('exited with code 07');
    expect(bootTranscript).toContain('--- ringside exit status: 7');
    expect(bootTranscript).not.toMatch(/\/(tmp|home|work)\//);
  });

  it('the stub gives the answers gdb got, for every packet of the session', () => {
    const program = loadProgram(WRITER);
    const bundle = buildBundle();
    // As `ringside boot --module FILE` builds the machine: the user's module first, an empty command line.
    const modules = [{ data: program.elf, string: program.name }, ...bundledModules(bundle.programs).filter((b) => b.string !== program.name)];
    const machine = new Machine();
    const processes = new ProcessTable();
    followProcesses(machine, processes);
    let serial = '';
    machine.onSerialOutput((b) => { serial += String.fromCharCode(b); });
    machine.boot(bundle.kernel, modules, '');
    machine.sendSerialInput(new TextEncoder().encode('run writer\nhalt 7\n')); // stdin, there before gdb attached
    replay(new GdbStub(machine, { processes }), bootLog, 30);
    expect(machine.exitValue).toBe(7);
    expect(serial).toContain('written by ring 3');
  });
});
