// Connects a machine's COM1 to the host's streams, as `qemu -nographic` does:
// input bytes go to the UART, guest output is written in chunks, and on an
// interactive terminal stdin is in raw mode with Ctrl-A x to quit
// (Ctrl-A Ctrl-A sends one Ctrl-A to the guest).

const CTRL_A = 0x01;
const QUIT_KEY = 0x78; // 'x'
/** Guest output is flushed at least this often (ms) while interactive. */
const FLUSH_INTERVAL_MS = 20;
const FLUSH_BYTES = 65536;

/** What the console needs from a Machine. */
export interface SerialPort {
  onSerialOutput(cb: (byte: number) => void): () => void;
  sendSerialInput(bytes: Iterable<number>): void;
}

export interface HostStreams {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?(raw: boolean): unknown } | null;
  stdout: { write(chunk: Uint8Array): unknown };
}

export interface HostConsoleOptions {
  /** Handle Ctrl-A escapes (default: when stdin is a TTY). */
  escapes?: boolean;
  /** Put a TTY stdin in raw mode (default: true for interactive use). */
  raw?: boolean;
  /** Flush output on a timer (for interactive use; batch runs call flush()). */
  periodicFlush?: boolean;
  /** Called on Ctrl-A x. */
  onQuit?: () => void;
}

export interface HostConsole {
  /** Writes the guest output collected so far. */
  flush(): void;
  /** Flushes, stops reading stdin and restores the terminal. */
  detach(): void;
}

export function attachHostConsole(port: SerialPort, streams: HostStreams, opts: HostConsoleOptions = {}): HostConsole {
  let pending: number[] = [];
  const flush = () => {
    if (pending.length === 0) return;
    streams.stdout.write(Uint8Array.from(pending));
    pending = [];
  };
  const unsubscribe = port.onSerialOutput((b) => {
    pending.push(b);
    if (pending.length >= FLUSH_BYTES) flush();
  });
  const timer = opts.periodicFlush ? setInterval(flush, FLUSH_INTERVAL_MS) : null;

  const stdin = streams.stdin;
  const tty = stdin?.isTTY === true;
  const raw = tty && (opts.raw ?? true) && typeof stdin?.setRawMode === 'function';
  const escapes = opts.escapes ?? tty;
  if (raw) stdin!.setRawMode!(true);
  let escape = false;
  const onData = (chunk: Buffer | string) => {
    const data = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    if (!escapes) return port.sendSerialInput(data);
    const bytes: number[] = [];
    for (const b of data) {
      if (escape) {
        escape = false;
        if (b === QUIT_KEY) {
          port.sendSerialInput(bytes);
          opts.onQuit?.();
          return;
        }
        if (b === CTRL_A) bytes.push(b);
        continue; // an unknown escape is dropped, as qemu does
      }
      if (b === CTRL_A) escape = true;
      else bytes.push(b);
    }
    port.sendSerialInput(bytes);
  };
  stdin?.on('data', onData);
  stdin?.resume();

  return {
    flush,
    detach: () => {
      if (timer) clearInterval(timer);
      flush();
      unsubscribe();
      if (stdin) {
        stdin.off('data', onData);
        if (raw) stdin.setRawMode!(false);
        stdin.pause();
      }
    },
  };
}
