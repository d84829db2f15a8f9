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
});
