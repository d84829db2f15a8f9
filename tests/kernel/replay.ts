// Replays a QEMU transcript's boot on ringside's own Machine with the very
// same kernel and program images (tests/kernel/fixtures/native/).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Machine } from '../../src/machine/machine.ts';
import { FIXTURES, inputChunks, type Golden } from './golden.ts';

export interface Replay {
  console: string;
  trace: string;
  exitValue: number | null;
  state: string;
}

/** A kernel image and a program image per module string ("user/hello.elf"). */
export interface Images {
  kernel: Uint8Array;
  module(moduleString: string): Uint8Array;
}

/** The images the golden was recorded with: fixtures/native/. */
export function nativeImages(): Images {
  const native = path.join(FIXTURES, 'native');
  const read = (p: string) => new Uint8Array(fs.readFileSync(path.join(native, p)));
  return { kernel: read('kernel.elf'), module: read };
}

/** Boots the kernel with the golden's modules, command line and input. */
export function replayOnMachine(g: Golden, images: Images = nativeImages()): Replay {
  const machine = new Machine({ memoryMiB: g.memoryMiB });
  let consoleText = '';
  let trace = '';
  machine.onSerialOutput((b) => { consoleText += String.fromCharCode(b); });
  machine.onDebugOutput((b) => { trace += String.fromCharCode(b); });
  machine.boot(images.kernel, g.modules.map((m) => ({ data: images.module(m), string: m })), g.cmdline);
  // QEMU's input is typed a line at a time, a second after start and half a
  // second apart, when the system has long been waiting for it. Here each
  // line is typed once every process is blocked (the scheduler went idle) or,
  // with a program that never blocks, after a virtual second. Typed earlier,
  // the tty's echo would come before the prompt instead of after it.
  let mark = 0;     // the trace up to the last chunk typed
  const idleSinceMark = () => trace.length > mark && /RS switch from=\d+ to=0\n$/.test(trace);
  for (const chunk of inputChunks(g.input ?? '')) {
    const since = machine.virtualSeconds;
    while (!idleSinceMark() && machine.virtualSeconds - since < 1) {
      if (machine.runUntilExit({ maxInstructions: 20_000 }).state !== 'limit') break;
    }
    machine.sendSerialInput(chunk);
    mark = trace.length;
  }
  const result = machine.runUntilExit({ maxVirtualSeconds: 10 });
  return { console: consoleText, trace, exitValue: result.exitValue, state: result.state };
}

/** What may legitimately differ between two PCs running the same images:
 *  the RAM size the loader reports (and so the free memory), where modules
 *  were placed (and so which pages the kernel allocated), how many ticks boot took, and when exactly an interrupt
 *  caught a spinning program (QEMU's typing comes a real second after boot). */
export function normalize(text: string): string {
  return text
    .replace(/mem_kib=\d+/g, 'mem_kib=*')
    .replace(/bytes  at 0x[0-9a-f]{8}/g, 'bytes  at 0x*')
    .replace(/last seen at eip=0x[0-9a-f]{8}/g, 'last seen at eip=0x*')
    .replace(/\d+ KiB free/g, '* KiB free')
    .replace(/after \d+ ticks/g, 'after * ticks')
    .replace(/ ticks=\d+/g, ' ticks=*')
    .replace(/name=ticks ret=\d+/g, 'name=ticks ret=*')
    .replace(/cr3=0x[0-9a-f]{8}/g, 'cr3=0x*')
    // ps: the CPU ticks a process has used depend on where the timer fell,
    // and so does whether init and the shell got to their waitpid (S) before ps ran (R).
    .replace(/^( *\d+ +\d+ [RSZ] +)\d+ /gm, '$1* ')
    .replace(/^( *\d+ +\d+ )[RS]( +\* (sh|init))$/gm, '$1*$2')
    // yes until the time limit: how many lines fit in it depends on the PC.
    .replace(/(y\n)+/g, 'y...\n')
    // pipeflood: how much the reader got before the writer's limit, likewise.
    .replace(/^(pipeflood reader: .*?)\d+ bytes/gm, '$1* bytes');
}

/** The process lifecycle only, as a set: who started, forked, ran what,
 *  ended how and was reaped. For runs whose processes interleave (a pipe,
 *  concurrent children), how the syscalls of different processes, the
 *  amounts read per call and the order zombies are reaped in fall depends on
 *  the timer, but which of these lines there are does not. */
export function lifecycle(trace: string): string {
  return trace.split('\n').filter((l) => /^RS (boot|run|fork|exit|kill|reap|reparent|halt|panic) /.test(l)).sort().join('\n');
}

/** Events that record when the scheduler ran whom: they depend on where the
 *  timer ticks fell, which differs between two PCs (QEMU's timer follows the
 *  host's clock, ringside's the instruction count). */
const SCHEDULING_EVENTS = /^RS (switch|block|wake) /;

/** The trace as each process saw it: scheduling lines dropped, the rest
 *  grouped by pid in the order each process wrote them (lines without a pid,
 *  like boot and halt, stay as a group of their own). Two runs of the same
 *  images agree on this whatever the timer did, as long as every process is
 *  deterministic on its own. */
export function perProcess(trace: string): string {
  const groups = new Map<string, string[]>();
  for (const line of trace.split('\n')) {
    if (line === '' || SCHEDULING_EVENTS.test(line)) continue;
    const pid = / pid=(\d+)/.exec(line)?.[1] ?? '-';
    let group = groups.get(pid);
    if (!group) groups.set(pid, (group = []));
    group.push(line);
  }
  return [...groups.entries()].sort(([a], [b]) => (a === '-' ? -1 : b === '-' ? 1 : Number(a) - Number(b)))
    .map(([pid, lines]) => `pid ${pid}:\n${lines.join('\n')}`).join('\n');
}
