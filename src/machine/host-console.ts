// Connects a machine's COM1 to the host's streams, as `qemu -nographic` does:
// input bytes go to the UART as they arrive, guest output is written in
// chunks, and on an interactive terminal stdin is in raw mode with Ctrl-A x
// to quit (Ctrl-A Ctrl-A sends one Ctrl-A to the guest). Piped input can end
// with the tty's end of file (tty-eof.ts).
import { ttyEofBytes } from './tty-eof.ts';

const CTRL_A = 0x01;
const CTRL_C = 0x03;
const QUIT_KEY = 0x78; // 'x'
/** Guest output is flushed at least this often (ms) while interactive. */
const FLUSH_INTERVAL_MS = 20;
const FLUSH_BYTES = 65536;
/** Reading stdin pauses while this much input waits for the guest, and resumes below the low mark. */
const BACKLOG_HIGH = 1 << 20;
const BACKLOG_LOW = 1 << 16;
const BACKLOG_POLL_MS = 10;

/** What the console needs from a Machine. */
export interface SerialPort {
  onSerialOutput(cb: (byte: number) => void): () => void;
  sendSerialInput(bytes: Iterable<number>): void;
  /** Input bytes the guest has not read yet (lets a fast pipe wait for a slow guest). */
  serialInputBacklog?(): number;
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
  /** When a stdin that is not a terminal ends (or there is none), send the tty's
   *  end of file: Ctrl-D, twice if the input did not end with a newline. */
  eofAtEnd?: boolean;
  /** Called for each Ctrl-C typed on a raw terminal (the byte still goes to the guest). */
  onInterruptKey?: () => void;
}

export interface HostConsole {
  /** Writes the guest output collected so far. */
  flush(): void;
  /** Flushes, stops reading stdin and restores the terminal. */
  detach(): void;
  /** True while stdin may still deliver input: a terminal, or a pipe before its end. */
  readonly inputOpen: boolean;
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
  // A terminal left in raw mode is unusable: restore it even on an exit that skips detach().
  const restore = () => stdin?.setRawMode?.(false);
  if (raw) {
    stdin!.setRawMode!(true);
    process.once('exit', restore);
  }

  let inputOpen = true;
  let lastByte: number | undefined;
  const send = (bytes: Uint8Array | number[]) => {
    if (bytes.length === 0) return;
    lastByte = bytes[bytes.length - 1];
    port.sendSerialInput(bytes);
  };
  const endOfInput = () => {
    if (!inputOpen) return;
    inputOpen = false;
    if (opts.eofAtEnd && !tty) port.sendSerialInput(ttyEofBytes(lastByte));
  };

  let escape = false;
  const onData = (chunk: Buffer | string) => {
    const data = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    if (escapes) sendWithEscapes(data);
    else send(data);
    throttle();
  };
  const sendWithEscapes = (data: Uint8Array) => {
    const bytes: number[] = [];
    for (const b of data) {
      if (escape) {
        escape = false;
        if (b === QUIT_KEY) {
          send(bytes);
          opts.onQuit?.();
          return;
        }
        if (b === CTRL_A) bytes.push(b);
        continue; // an unknown escape is dropped, as qemu does
      }
      if (b === CTRL_A) escape = true;
      else {
        bytes.push(b);
        if (b === CTRL_C && raw) opts.onInterruptKey?.();
      }
    }
    send(bytes);
  };

  // Stop reading a fast pipe while the guest is far behind; the UART's host
  // queue has no limit, this only bounds ringside's memory.
  let backlogTimer: ReturnType<typeof setInterval> | null = null;
  const throttle = () => {
    if (backlogTimer || !port.serialInputBacklog || port.serialInputBacklog() < BACKLOG_HIGH) return;
    stdin?.pause();
    backlogTimer = setInterval(() => {
      if (port.serialInputBacklog!() > BACKLOG_LOW) return;
      clearInterval(backlogTimer!);
      backlogTimer = null;
      stdin?.resume();
    }, BACKLOG_POLL_MS);
  };

  const onError = () => endOfInput();
  stdin?.on('data', onData);
  stdin?.on('end', endOfInput);
  stdin?.on('error', onError);
  stdin?.resume();
  if (stdin === null) endOfInput();

  return {
    flush,
    get inputOpen() {
      return inputOpen;
    },
    detach: () => {
      if (timer) clearInterval(timer);
      if (backlogTimer) clearInterval(backlogTimer);
      flush();
      unsubscribe();
      if (stdin) {
        stdin.off('data', onData);
        stdin.off('end', endOfInput);
        stdin.off('error', onError);
        if (raw) {
          restore();
          process.off('exit', restore);
        }
        stdin.pause();
      }
    },
  };
}
