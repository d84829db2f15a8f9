import { describe, it, expect } from 'vitest';
import { PassThrough } from 'node:stream';
import { attachHostConsole, type SerialPort } from '../../src/machine/host-console.ts';

function fakePort() {
  let listener: ((b: number) => void) | null = null;
  const received: number[] = [];
  const port: SerialPort = {
    onSerialOutput(cb) { listener = cb; return () => { listener = null; }; },
    sendSerialInput(bytes) { received.push(...bytes); },
  };
  return { port, received, emit: (s: string) => { for (const c of s) listener?.(c.charCodeAt(0)); }, get listening() { return listener !== null; } };
}

function fakeTty() {
  const stdin = new PassThrough() as PassThrough & { isTTY?: boolean; setRawMode?(raw: boolean): void; rawModes: boolean[] };
  stdin.isTTY = true;
  stdin.rawModes = [];
  stdin.setRawMode = (raw: boolean) => { stdin.rawModes.push(raw); };
  return stdin;
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('host console', () => {
  it('collects guest output and writes it in one chunk on flush', () => {
    const p = fakePort();
    const chunks: string[] = [];
    const c = attachHostConsole(p.port, { stdin: null, stdout: { write: (b) => chunks.push(Buffer.from(b).toString()) } });
    p.emit('hello');
    expect(chunks).toEqual([]);
    c.flush();
    expect(chunks).toEqual(['hello']);
    c.detach();
    expect(p.listening).toBe(false);
  });

  it('passes piped input through unchanged, Ctrl-A included', async () => {
    const p = fakePort();
    const stdin = new PassThrough();
    const c = attachHostConsole(p.port, { stdin, stdout: { write: () => {} } });
    stdin.write(Buffer.from([0x61, 0x01, 0x78, 0x0a]));
    await tick();
    expect(p.received).toEqual([0x61, 0x01, 0x78, 0x0a]);
    c.detach();
  });

  it('on a terminal: raw mode, Ctrl-A x quits, Ctrl-A Ctrl-A sends one Ctrl-A, and the mode is restored', async () => {
    const p = fakePort();
    const stdin = fakeTty();
    let quits = 0;
    const c = attachHostConsole(p.port, { stdin, stdout: { write: () => {} } }, { onQuit: () => quits++ });
    expect(stdin.rawModes).toEqual([true]);
    stdin.write(Buffer.from([0x68, 0x01, 0x01, 0x69, 0x01, 0x7a, 0x6a]));
    await tick();
    expect(p.received).toEqual([0x68, 0x01, 0x69, 0x6a]); // Ctrl-A z is an unknown escape: dropped
    stdin.write(Buffer.from([0x6b, 0x01]));
    stdin.write(Buffer.from([0x78]));
    await tick();
    expect(quits).toBe(1);
    expect(p.received.at(-1)).toBe(0x6b);
    c.detach();
    expect(stdin.rawModes).toEqual([true, false]);
  });

  it('streams piped input as it arrives and ends it with Ctrl-D after a final newline', async () => {
    const p = fakePort();
    const stdin = new PassThrough();
    const c = attachHostConsole(p.port, { stdin, stdout: { write: () => {} } }, { eofAtEnd: true });
    stdin.write('a b');
    await tick();
    expect(p.received).toEqual([0x61, 0x20, 0x62]); // delivered before the end of stdin
    expect(c.inputOpen).toBe(true);
    stdin.end('\n');
    await tick();
    expect(Buffer.from(p.received).toString('latin1')).toBe('a b\n\x04');
    expect(c.inputOpen).toBe(false);
    c.detach();
  });

  it('sends Ctrl-D twice when the input ends inside a line, once for empty input or none', async () => {
    const run = async (chunks: string[] | null) => {
      const p = fakePort();
      const stdin = chunks === null ? null : new PassThrough();
      const c = attachHostConsole(p.port, { stdin, stdout: { write: () => {} } }, { eofAtEnd: true });
      for (const ch of chunks ?? []) stdin!.write(ch);
      stdin?.end();
      await tick();
      c.detach();
      return Buffer.from(p.received).toString('latin1');
    };
    expect(await run(['x\ny'])).toBe('x\ny\x04\x04');
    expect(await run(['abc\n', 'de'])).toBe('abc\nde\x04\x04');
    expect(await run(['line\r'])).toBe('line\r\x04\x04'); // only a newline ends a line for this rule
    expect(await run([])).toBe('\x04');
    expect(await run(null)).toBe('\x04');
  });

  it('sends no end of file unless asked, and none from a terminal', async () => {
    const p = fakePort();
    const stdin = new PassThrough();
    const piped = attachHostConsole(p.port, { stdin, stdout: { write: () => {} } });
    stdin.end('q');
    await tick();
    expect(p.received).toEqual([0x71]);
    piped.detach();
    const t = fakePort();
    const tty = fakeTty();
    const c = attachHostConsole(t.port, { stdin: tty, stdout: { write: () => {} } }, { eofAtEnd: true });
    tty.end(Buffer.from([0x04]));
    await tick();
    expect(t.received).toEqual([0x04]); // a typed Ctrl-D is just the byte, in raw mode
    c.detach();
  });

  it('reports each Ctrl-C typed on a raw terminal and still sends it to the guest', async () => {
    const p = fakePort();
    const stdin = fakeTty();
    let interrupts = 0;
    const c = attachHostConsole(p.port, { stdin, stdout: { write: () => {} } }, { onInterruptKey: () => interrupts++ });
    stdin.write(Buffer.from([0x61, 0x03, 0x03]));
    await tick();
    expect(interrupts).toBe(2);
    expect(p.received).toEqual([0x61, 0x03, 0x03]);
    c.detach();
  });

  it('restores the terminal on process exit if detach never ran', () => {
    const p = fakePort();
    const stdin = fakeTty();
    const before = process.listenerCount('exit');
    const c = attachHostConsole(p.port, { stdin, stdout: { write: () => {} } });
    expect(process.listenerCount('exit')).toBe(before + 1);
    process.listeners('exit').at(-1)!.call(process, 0);
    expect(stdin.rawModes).toEqual([true, false]);
    c.detach();
    expect(process.listenerCount('exit')).toBe(before);
  });

  it('stops reading a fast pipe while the guest is far behind, and resumes when it catches up', async () => {
    const p = fakePort();
    let backlog = 0;
    const port: SerialPort = { ...p.port, sendSerialInput: (b) => { backlog += [...b].length; }, serialInputBacklog: () => backlog };
    const stdin = new PassThrough();
    const c = attachHostConsole(port, { stdin, stdout: { write: () => {} } });
    stdin.write(Buffer.alloc(2 << 20));
    await tick();
    expect(stdin.isPaused()).toBe(true);
    backlog = 0;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(stdin.isPaused()).toBe(false);
    c.detach();
  });
});
