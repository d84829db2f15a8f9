// Watches the kernel's trace (port 0xE9) byte by byte and measures one
// program's run: from the end of the `RS run` line that names it to the end
// of the `RS exit` (or `RS kill`) line with its pid, kernel work on its behalf
// (syscalls, timer interrupts) included. The program is not pid 1: init and
// sh run first, and sh runs again between the program's exec and its first
// instructions (sh puts it in the foreground, then waits). So the time
// between an `RS switch` away from the program and the one back to it is left
// out, and only the program's own `RS syscall` lines are counted. Only the
// first bytes of each line are kept, so that the watcher adds little host
// time to syscall-heavy runs.

export interface Snapshot {
  instructions: number;
  /** performance.now(), milliseconds. */
  wallMs: number;
  /** process.cpuUsage() user + system, microseconds. */
  cpuMicros: number;
}

const NEWLINE = 0x0a;
const KEPT = 160; // enough for the run, exit and switch lines' fields we read

function encode(s: string): Uint8Array {
  return new TextEncoder().encode(s);
}

const RUN = encode('RS run ');
const SWITCH = encode('RS switch ');

export class MeasureWindow {
  /** When the program's `RS run` line ended, and when its exit or kill line ended. */
  start: Snapshot | null = null;
  end: Snapshot | null = null;
  /** The window less the time other processes (and the idle loop) had the CPU. */
  measured: Snapshot | null = null;
  /** The program's `RS syscall` lines in the window. */
  syscalls = 0;
  /** The program's pid, from its `RS run` line. */
  pid: number | null = null;
  /** The `RS exit` or `RS kill` line that ended the program. */
  endLine: string | null = null;
  /** Whether the program is on the CPU inside the window. */
  running = false;

  private readonly line = new Uint8Array(KEPT);
  private length = 0;
  private readonly runName: Uint8Array;
  private syscallPrefix: Uint8Array = new Uint8Array(0);
  private exitPrefix: Uint8Array = new Uint8Array(0);
  private killPrefix: Uint8Array = new Uint8Array(0);
  private resumed: Snapshot | null = null;
  private readonly total: Snapshot = { instructions: 0, wallMs: 0, cpuMicros: 0 };

  /**
   * @param name the program's name, as its `RS run` line gives it
   * @param onRunning told when the program goes on (true) and off (false) the CPU inside the window
   */
  constructor(
    private readonly instructionCount: () => number,
    name: string,
    private readonly onRunning?: (running: boolean) => void,
  ) {
    this.runName = encode(` name=${name} `);
  }

  /** Feed one byte of the debug console. */
  push(byte: number): void {
    if (byte !== NEWLINE) {
      if (this.length < KEPT) this.line[this.length] = byte;
      this.length++;
      return;
    }
    const n = Math.min(this.length, KEPT);
    this.length = 0;
    if (this.start === null) {
      if (startsWith(this.line, n, RUN) && contains(this.line, n, this.runName)) this.open(n);
    } else if (this.end === null) {
      if (this.running && startsWith(this.line, n, this.syscallPrefix)) this.syscalls++;
      else if (startsWith(this.line, n, this.exitPrefix) || startsWith(this.line, n, this.killPrefix)) this.close(n);
      else if (startsWith(this.line, n, SWITCH)) this.switched(n);
    }
  }

  private open(n: number): void {
    const pid = Number(/ pid=(\d+)/.exec(decode(this.line, n))?.[1] ?? NaN);
    this.pid = pid;
    this.syscallPrefix = encode(`RS syscall pid=${pid} `);
    this.exitPrefix = encode(`RS exit pid=${pid} `);
    this.killPrefix = encode(`RS kill pid=${pid} `);
    this.start = this.snapshot();
    this.resume(this.start);
  }

  private close(n: number): void {
    this.end = this.snapshot();
    this.endLine = decode(this.line, n);
    if (this.running) this.pause(this.end);
    this.measured = { ...this.total };
  }

  private switched(n: number): void {
    const m = / from=(\d+) to=(\d+)/.exec(decode(this.line, n));
    if (!m) return;
    const from = Number(m[1]);
    const to = Number(m[2]);
    if (this.running && from === this.pid && to !== this.pid) this.pause(this.snapshot());
    else if (!this.running && to === this.pid) this.resume(this.snapshot());
  }

  private resume(at: Snapshot): void {
    this.resumed = at;
    this.running = true;
    this.onRunning?.(true);
  }

  private pause(at: Snapshot): void {
    const from = this.resumed!;
    this.total.instructions += at.instructions - from.instructions;
    this.total.wallMs += at.wallMs - from.wallMs;
    this.total.cpuMicros += at.cpuMicros - from.cpuMicros;
    this.running = false;
    this.onRunning?.(false);
  }

  private snapshot(): Snapshot {
    const cpu = process.cpuUsage();
    return { instructions: this.instructionCount(), wallMs: performance.now(), cpuMicros: cpu.user + cpu.system };
  }
}

function startsWith(line: Uint8Array, n: number, prefix: Uint8Array): boolean {
  if (prefix.length === 0 || n < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (line[i] !== prefix[i]) return false;
  return true;
}

function contains(line: Uint8Array, n: number, part: Uint8Array): boolean {
  // The line has no trailing space: look for " name=X " in the line plus one space.
  outer: for (let at = 0; at + part.length <= n + 1; at++) {
    for (let i = 0; i < part.length; i++) {
      const b = at + i < n ? line[at + i] : 0x20;
      if (b !== part[i]) continue outer;
    }
    return true;
  }
  return false;
}

function decode(line: Uint8Array, n: number): string {
  return new TextDecoder().decode(line.subarray(0, n));
}
