// Watches the kernel's trace (port 0xE9) byte by byte and snapshots the guest
// instruction count and the host clocks when the `RS run` line ends and when
// the `RS exit` line ends: the program's run, kernel work on its behalf
// (syscalls, timer interrupts) included. Only the first bytes of each line are
// kept, so that the watcher adds little host time to syscall-heavy runs.

export interface Snapshot {
  instructions: number;
  /** performance.now(), milliseconds. */
  wallMs: number;
  /** process.cpuUsage() user + system, microseconds. */
  cpuMicros: number;
}

const NEWLINE = 0x0a;
const KEPT = 160; // enough for the run and exit lines' fields we read

function encode(s: string): Uint8Array {
  return new TextEncoder().encode(s);
}

const RUN = encode('RS run ');
const EXIT = encode('RS exit ');
const KILL = encode('RS kill ');
const SYSCALL = encode('RS syscall ');

export class MeasureWindow {
  start: Snapshot | null = null;
  end: Snapshot | null = null;
  /** `RS syscall` lines seen between the run and exit lines. */
  syscalls = 0;
  /** The pid from the `RS run` line. */
  pid: number | null = null;
  /** The `RS exit` or `RS kill` line that ended the program. */
  endLine: string | null = null;

  private readonly line = new Uint8Array(KEPT);
  private length = 0;

  constructor(private readonly instructionCount: () => number) {}

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
      if (startsWith(this.line, n, RUN)) {
        this.start = this.snapshot();
        this.pid = Number(/pid=(\d+)/.exec(decode(this.line, n))?.[1] ?? NaN);
      }
    } else if (this.end === null) {
      if (startsWith(this.line, n, SYSCALL)) this.syscalls++;
      else if (startsWith(this.line, n, EXIT) || startsWith(this.line, n, KILL)) {
        this.end = this.snapshot();
        this.endLine = decode(this.line, n);
      }
    }
  }

  private snapshot(): Snapshot {
    const cpu = process.cpuUsage();
    return { instructions: this.instructionCount(), wallMs: performance.now(), cpuMicros: cpu.user + cpu.system };
  }
}

function startsWith(line: Uint8Array, n: number, prefix: Uint8Array): boolean {
  if (n < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (line[i] !== prefix[i]) return false;
  return true;
}

function decode(line: Uint8Array, n: number): string {
  return new TextDecoder().decode(line.subarray(0, n));
}
