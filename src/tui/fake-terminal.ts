// A blessed screen on in-memory streams: for tests, the benchmark and captures.
// Keys are fed through the input stream as a terminal would send them.
import blessed from 'blessed';
import { PassThrough, Writable, type Readable } from 'node:stream';

export interface FakeTerminal {
  screen: blessed.Widgets.Screen;
  /** Sends raw bytes as if typed on the terminal. */
  type(text: string): void;
  /** Changes the terminal size and tells blessed (as SIGWINCH would). */
  resize(cols: number, rows: number): void;
  /** Bytes blessed wrote so far (escape sequences included). */
  written(): number;
  /** What blessed wrote, as UTF-8 text, when created with `record` (tests of the output itself). */
  output(): string;
}

export interface FakeTerminalOptions {
  /** The terminfo name blessed uses (default xterm). */
  terminal?: string;
  /** Keep the written bytes for `output()`. */
  record?: boolean;
  /** Override blessed's locale check (LANG etc.): does the terminal take UTF-8? */
  unicode?: boolean;
}

export function createFakeTerminal(cols = 80, rows = 24, opts: FakeTerminalOptions = {}): FakeTerminal {
  const input = new PassThrough() as PassThrough & { isTTY: boolean; setRawMode: (raw: boolean) => void };
  input.isTTY = true;
  input.setRawMode = () => {};
  let bytes = 0;
  const kept: Buffer[] = [];
  const output = new Writable({
    write(chunk: Buffer, _enc, cb) {
      bytes += chunk.length;
      if (opts.record) kept.push(Buffer.from(chunk));
      cb();
    },
  }) as Writable & { isTTY: boolean; columns: number; rows: number };
  output.isTTY = true;
  output.columns = cols;
  output.rows = rows;
  // @types/blessed declares `output` as a Readable; blessed only writes to it.
  const screen = blessed.screen({ input, output: output as unknown as Readable, terminal: opts.terminal ?? 'xterm', warnings: false, fullUnicode: false, forceUnicode: opts.unicode });
  return {
    screen,
    type: (text) => input.write(text),
    resize: (c, r) => {
      output.columns = c;
      output.rows = r;
      output.emit('resize');
    },
    written: () => bytes,
    output: () => Buffer.concat(kept).toString('utf8'),
  };
}
