import { describe, it, expect } from 'vitest';
import { connect, type Socket } from 'node:net';
import { Machine } from '../../src/machine/machine.ts';
import { assembleFlatBinary } from '../../src/isa/assembler.ts';
import { GdbServer } from '../../src/debug/gdb/server.ts';
import { encodePacket, PacketReader } from '../../src/debug/gdb/packets.ts';
import { buildElf } from '../machine/elf-fixture.ts';

const BASE = 0x100000;

// Counts in ECX for a while (9M instructions), then exits with 7; long enough to interrupt.
const COUNTER = `
bits 32
header: dd 0x1BADB002, 3, -(0x1BADB002 + 3)
start:
  xor ecx, ecx
again:
  inc ecx
  cmp ecx, 3000000
  jne again
  mov eax, 7
  mov dx, 0xf4
  out dx, eax
  hlt
`;

function machine(): Machine {
  const m = new Machine({ memoryMiB: 4 });
  m.boot(buildElf(BASE + 12, [{ paddr: BASE, data: assembleFlatBinary(COUNTER, BASE) }]), [], '');
  return m;
}

/** A gdb-like client: sends packets, collects acks and replies. */
class Client {
  readonly replies: string[] = [];
  acks = '';
  private waiters: (() => void)[] = [];
  constructor(readonly socket: Socket) {
    const reader = new PacketReader((e) => {
      if (e.kind === 'packet') this.replies.push(e.payload);
      else if (e.kind === 'ack') this.acks += '+';
      else if (e.kind === 'nak') this.acks += '-';
      for (const w of this.waiters.splice(0)) w();
    });
    socket.on('data', (d) => reader.push(d));
  }
  static open(port: number): Promise<Client> {
    return new Promise((resolve, reject) => {
      const s = connect(port, '127.0.0.1', () => resolve(new Client(s)));
      s.on('error', reject);
    });
  }
  raw(text: string): void {
    this.socket.write(Buffer.from(text, 'latin1'));
  }
  async next(): Promise<string> {
    while (this.replies.length === 0) await new Promise<void>((r) => this.waiters.push(r));
    return this.replies.shift()!;
  }
  async ask(p: string): Promise<string> {
    this.raw(encodePacket(p));
    return this.next();
  }
}

async function serve(): Promise<{ m: Machine; server: GdbServer; port: number; done: Promise<string>; log: string[] }> {
  const m = machine();
  const log: string[] = [];
  const server = new GdbServer(m, { port: 0, log: (l) => log.push(l) });
  const port = await server.listen();
  const done = server.drive().then(String);
  return { m, server, port, done, log };
}

describe('gdb server over TCP', () => {
  it('holds the machine at its first instruction until gdb attaches and continues', async () => {
    const { m, server, port, done } = await serve();
    await new Promise((r) => setTimeout(r, 50));
    expect(m.cpu.eip).toBe(BASE + 12); // nothing ran without gdb
    const c = await Client.open(port);
    expect(await c.ask('?')).toMatch(/^T05/);
    expect(c.acks).toBe('+');
    expect(await c.ask('c')).toBe('W07');
    expect(await done).toBe('exited');
    c.socket.destroy();
    server.close();
  });

  it('naks a corrupted packet, resends on a nak, and stops acking after QStartNoAckMode', async () => {
    const { server, port, done } = await serve();
    const c = await Client.open(port);
    c.raw('$g#00');
    await new Promise((r) => setTimeout(r, 50));
    expect(c.acks).toBe('-');
    const first = await c.ask('p8');
    c.raw('-'); // "that reply was garbled": the server sends it again
    expect(await c.next()).toBe(first);
    expect(await c.ask('QStartNoAckMode')).toBe('OK');
    const acksBefore = c.acks;
    expect(await c.ask('qAttached')).toBe('1');
    expect(c.acks).toBe(acksBefore);
    c.socket.destroy();
    expect(await done).toBe('exited'); // a dropped connection: the machine runs on to its end
    server.close();
  });

  it('Ctrl-C stops a running machine with SIGINT; detach lets it finish', async () => {
    const { m, server, port, done, log } = await serve();
    const c = await Client.open(port);
    c.raw(encodePacket('c'));
    await new Promise((r) => setTimeout(r, 5));
    c.raw('\x03');
    const stop = await c.next();
    expect(stop).toMatch(/^T02/);
    const ecx = m.cpu.getReg32(1);
    expect(ecx).toBeGreaterThan(0);
    expect(ecx).toBeLessThan(3000000);
    expect(await c.ask(`p1`)).toBe(Buffer.from(new Uint32Array([ecx]).buffer).toString('hex'));
    // A second debugger is turned away while one is attached.
    const other = await Client.open(port);
    const closed = await new Promise<boolean>((r) => { other.socket.on('close', () => r(true)); setTimeout(() => r(false), 1000); });
    expect(closed).toBe(true);
    expect(await c.ask('D')).toBe('OK');
    expect(await done).toBe('exited');
    expect(m.exitValue).toBe(7);
    expect(log.join('\n')).toContain('gdb detached');
    server.close();
  });

  it('k kills the machine', async () => {
    const { server, port, done } = await serve();
    const c = await Client.open(port);
    c.raw(encodePacket('k'));
    expect(await done).toBe('killed');
    server.close();
  });

  it('garbage between packets and bad packets leave the session working', async () => {
    const { server, port, done } = await serve();
    const c = await Client.open(port);
    c.raw('hello\x00\xff');
    expect(await c.ask('m0,zzz')).toMatch(/^E/);
    expect(await c.ask('Z0,notanaddress,1')).toMatch(/^E/);
    expect(await c.ask(`m${(BASE + 12).toString(16)},2`)).toBe('31c9'); // xor ecx, ecx
    c.socket.destroy();
    expect(await done).toBe('exited');
    server.close();
  });

  it('passive (the TUI): runs the machine only while gdb has it running, and says when gdb comes and goes', async () => {
    const m = machine();
    const seen: boolean[] = [];
    const server = new GdbServer(m, { port: 0, passive: true, onAttach: (a) => seen.push(a) });
    const port = await server.listen();
    const quit = new AbortController();
    const done = server.drive({ signal: quit.signal }).then(String);
    await new Promise((r) => setTimeout(r, 30));
    expect(m.cpu.instructionCount).toBe(0);
    const c = await Client.open(port);
    expect(await c.ask('s')).toMatch(/^T05/);
    expect(m.cpu.instructionCount).toBe(1);
    expect(await c.ask('D')).toBe('OK');
    await new Promise((r) => setTimeout(r, 30));
    expect(seen).toEqual([true, false]);
    expect(m.cpu.instructionCount).toBe(1); // after the detach the owner (the UI) runs it, not the server
    quit.abort();
    expect(await done).toBe('running');
    server.close();
  });

  it('passive: the end of the machine does not end the server (the UI may restart it)', async () => {
    const m = machine();
    const server = new GdbServer(m, { port: 0, passive: true });
    const port = await server.listen();
    const quit = new AbortController();
    let ended = false;
    const done = server.drive({ signal: quit.signal }).then((s) => { ended = true; return s; });
    const c = await Client.open(port);
    expect(await c.ask('c')).toBe('W07');
    await new Promise((r) => setTimeout(r, 30));
    expect(ended).toBe(false);
    expect(await c.ask('?')).toBe('W07');
    quit.abort();
    expect(await done).toBe('exited');
    c.socket.destroy();
    server.close();
  });
});

