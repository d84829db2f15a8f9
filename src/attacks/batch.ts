// The shell batch one attack runs in, and how its console and trace are read
// back. Shared by the in-process runner (run-attack.ts) and the QEMU script
// (scripts/qemu-attacks), so both machines get the very same command line.
import type { TraceEvent } from '../debug/trace.ts';

/** `echo` markers that cut the console into sections. */
export const MARK = { memBefore: '@@mem-before', attack: '@@attack', after: '@@after', memAfter: '@@mem-after' } as const;

/** What the follow-up `run hello` prints when the shell is alive. */
export const HELLO = 'Hello from ring 3!';

/** What read() gets: printable, so that it is not mistaken for leaked kernel bytes. */
export const INPUT = 'ringside\r';

/** The default per-program time limit (kills runaway loops quickly). */
export const DEFAULT_LIMIT_SECONDS = 0.2;

export type AttackEnd =
  | { kind: 'killed'; reason: string; status: number }
  | { kind: 'exited'; status: number }
  | { kind: 'panic'; reason: string }
  | { kind: 'none'; why: string };

export class BatchError extends Error {
  override name = 'BatchError';
}

/** The kernel command line: `OPTS limit=L -- mem; run ATTACK; run hello; mem` with markers. */
export function attackCmdline(attack: string, kernelOpts: string, limitSeconds: number): string {
  const opts = kernelOpts.trim();
  if (opts.includes('--') || opts.includes(';')) throw new BatchError(`kernel options may not contain "--" or ";": "${opts}"`);
  if (!/^[A-Za-z0-9_-]+$/.test(attack)) throw new BatchError(`"${attack}" is not a program name`);
  if (!(limitSeconds > 0)) throw new BatchError(`the time limit must be a positive number of seconds, got ${limitSeconds}`);
  const cmds = [
    `echo ${MARK.memBefore}`, 'mem', `echo ${MARK.attack}`, `run ${attack}`,
    `echo ${MARK.after}`, 'run hello', `echo ${MARK.memAfter}`, 'mem',
  ];
  return `${opts} limit=${limitSeconds} -- ${cmds.join('; ')}`.trim();
}

/** The console between two markers (to the end when `to` is null); '' if `from` never appeared. */
export function consoleSection(text: string, from: string, to: string | null): string {
  const start = text.indexOf(`${from}\n`);
  if (start < 0) return '';
  const body = start + from.length + 1;
  const stop = to === null ? -1 : text.indexOf(`${to}\n`, body);
  return text.slice(body, stop < 0 ? undefined : stop);
}

/** The free page count from the shell's `mem` ("..., 8192 pages, 7719 free"). */
export function freePages(memOutput: string): number | null {
  const m = /pages, (\d+) free/.exec(memOutput);
  return m ? Number(m[1]) : null;
}

export interface ConsoleFindings {
  attackOutput: string;
  shellAlive: boolean;
  freePagesBefore: number | null;
  freePagesAfter: number | null;
}

export function readConsole(text: string): ConsoleFindings {
  return {
    attackOutput: consoleSection(text, MARK.attack, MARK.after),
    shellAlive: consoleSection(text, MARK.after, MARK.memAfter).includes(HELLO),
    freePagesBefore: freePages(consoleSection(text, MARK.memBefore, MARK.attack)),
    freePagesAfter: freePages(consoleSection(text, MARK.memAfter, null)),
  };
}

/** Follows the trace: which pid the attack got and how it ended. */
export class AttackEndTracker {
  pid: number | null = null;
  end: AttackEnd | null = null;
  constructor(private readonly attack: string) {}

  /** Returns 'started' or 'ended' when this event is one of those moments. */
  push(e: TraceEvent): 'started' | 'ended' | null {
    if (this.pid === null) {
      if (e.kind === 'run' && e.name === this.attack) {
        this.pid = e.pid;
        return 'started';
      }
      return null;
    }
    if (this.end !== null) return null;
    if (e.kind === 'kill' && e.pid === this.pid) this.end = { kind: 'killed', reason: e.reason, status: e.status };
    else if (e.kind === 'exit' && e.pid === this.pid) this.end = { kind: 'exited', status: e.status };
    else if (e.kind === 'panic') this.end = { kind: 'panic', reason: e.reason };
    return this.end ? 'ended' : null;
  }

  /** The end, or why there was none, given how the machine stopped. */
  result(machineStop: string): AttackEnd {
    if (this.end) return this.end;
    return { kind: 'none', why: `${this.pid !== null ? 'no exit or kill' : 'never started'}: ${machineStop}` };
  }
}
