// The gdb remote target over TCP: one debugger at a time on 127.0.0.1, and
// the loop that drives the Machine while gdb has it running, after it
// detached, or before it attached (then the machine waits at its first
// instruction). A dropped connection is a detach: the machine carries on.
import { createServer, type Server, type Socket } from 'node:net';
import type { Machine, MachineState } from '../../machine/machine.ts';
import { isFinalState } from '../../machine/machine.ts';
import { LineSplitter, parseTraceLine } from '../trace.ts';
import { ProcessTable } from '../process-table.ts';
import { GdbStub } from './stub.ts';
import { PacketReader, encodePacket, type WireEvent } from './packets.ts';

export const DEFAULT_GDB_PORT = 1234;
/** Instructions between looks at the socket while gdb lets the machine run. */
const SLICE = 200_000;

export interface GdbServerOptions {
  port: number;
  /** Messages for the user ("waiting for gdb on ..."). */
  log?: (line: string) => void;
  /** Someone else (the TUI) runs the machine while no debugger is attached:
   *  drive() then only runs it for gdb, and returns only when gdb kills it. */
  passive?: boolean;
  /** Told when a debugger attaches or goes away (the TUI pauses its own running). */
  onAttach?: (attached: boolean) => void;
  /** The program whose breakpoints count in user space (`ringside run`'s program). */
  focus?: string | null;
}

export interface DriveOptions {
  signal?: AbortSignal;
  afterSlice?: () => void;
  /** As Machine.runInteractive: true while input may still come, so idle time follows the wall clock. */
  paceIdle?: () => boolean;
}

type Mode = 'held' | 'running' | 'free';

export class GdbServer {
  readonly processes = new ProcessTable();
  private server: Server | null = null;
  private client: Socket | null = null;
  private stub: GdbStub | null = null;
  private reader: PacketReader | null = null;
  private acks = true;
  private lastSent = '';
  private mode: Mode;
  private killed = false;
  private wake: (() => void) | null = null;

  constructor(readonly machine: Machine, private readonly opts: GdbServerOptions) {
    this.mode = opts.passive ? 'free' : 'held';
    followProcesses(machine, this.processes);
  }

  /** Starts listening; resolves to the port (useful with port 0). */
  listen(): Promise<number> {
    return new Promise((resolve, reject) => {
      const server = createServer((s) => this.accept(s));
      server.once('error', reject);
      server.listen(this.opts.port, '127.0.0.1', () => {
        server.off('error', reject);
        server.on('error', (e) => this.opts.log?.(`gdb server: ${e.message}`));
        this.server = server;
        const addr = server.address();
        resolve(typeof addr === 'object' && addr ? addr.port : this.opts.port);
      });
    });
  }

  close(): void {
    this.client?.destroy();
    this.server?.close();
    this.server = null;
  }

  get attached(): boolean {
    return this.client !== null;
  }

  /** Runs the machine under the debugger's control until it ends (or gdb kills it or the signal aborts). */
  async drive(opts: DriveOptions = {}): Promise<MachineState | 'killed'> {
    const m = this.machine;
    const startReal = performance.now();
    const startVirtual = m.now;
    while (!opts.signal?.aborted) {
      if (this.killed) return 'killed';
      if (this.mode === 'held' || (this.mode === 'free' && this.opts.passive)) {
        if (isFinalState(m.state) && !this.client && !this.opts.passive) return m.state;
        await this.waitForWork(opts.signal);
        continue;
      }
      let state: MachineState;
      if (this.mode === 'running' && this.stub) {
        const reply = this.stub.run(SLICE);
        state = m.state;
        opts.afterSlice?.();
        if (reply !== null) {
          this.mode = 'held';
          this.send(reply);
          // gdb has been told (W or X). The UI (passive) lives on: it may restart the machine.
          if (isFinalState(m.state) && !this.opts.passive) return m.state;
          continue;
        }
      } else {
        state = m.runSlice(SLICE);
        opts.afterSlice?.();
        if (isFinalState(state)) return state;
      }
      if (state === 'halted-idle' && (opts.paceIdle?.() ?? true)) {
        const aheadMs = (m.now - startVirtual) / 50_000 - (performance.now() - startReal);
        await sleep(Math.max(0, Math.min(aheadMs, 20)));
      } else {
        await new Promise<void>((r) => setImmediate(r));
      }
    }
    return m.state;
  }

  private waitForWork(signal?: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        signal?.removeEventListener('abort', done);
        this.wake = null;
        resolve();
      };
      this.wake = done;
      signal?.addEventListener('abort', done);
    });
  }

  private poke(): void {
    this.wake?.();
  }

  private accept(socket: Socket): void {
    if (this.client) {
      socket.end(); // one debugger at a time
      return;
    }
    socket.setNoDelay(true);
    this.client = socket;
    this.acks = true;
    this.lastSent = '';
    this.stub = new GdbStub(this.machine, { processes: this.processes, focus: this.opts.focus ?? null });
    this.reader = new PacketReader((e) => this.onWire(e));
    // Attaching stops the machine where it is.
    this.mode = 'held';
    this.opts.log?.(`gdb attached from ${socket.remoteAddress}:${socket.remotePort}`);
    this.opts.onAttach?.(true);
    socket.on('data', (d) => this.reader?.push(d));
    socket.on('error', () => socket.destroy());
    socket.on('close', () => this.detach('connection closed'));
    this.poke();
  }

  private detach(why: string): void {
    if (!this.client) return;
    this.client.destroy();
    this.client = null;
    this.stub?.dispose();
    this.stub = null;
    this.reader = null;
    if (!this.killed) {
      this.mode = 'free';
      this.opts.log?.(`gdb detached (${why}); the machine runs on`);
    }
    this.opts.onAttach?.(false);
    this.poke();
  }

  private onWire(e: WireEvent): void {
    const stub = this.stub;
    if (!stub) return;
    switch (e.kind) {
      case 'bad-checksum':
        if (this.acks) this.write('-');
        return;
      case 'nak':
        if (this.lastSent) this.write(this.lastSent);
        return;
      case 'ack':
        return;
      case 'interrupt':
        if (this.mode === 'running') {
          this.mode = 'held';
          this.send(stub.interrupt());
        }
        return;
      case 'packet': {
        if (this.acks) this.write('+');
        const action = stub.handle(e.payload);
        switch (action.kind) {
          case 'reply':
            this.send(action.text);
            if (e.payload === 'QStartNoAckMode' && action.text === 'OK') this.acks = false;
            return;
          case 'resume':
            this.mode = 'running';
            this.poke();
            return;
          case 'detach':
            this.send(action.text);
            this.detach('gdb detached');
            return;
          case 'kill':
            if (action.text !== null) this.send(action.text);
            this.killed = true;
            this.opts.log?.('gdb killed the machine');
            this.client?.end();
            this.poke();
            return;
        }
      }
    }
  }

  private send(payload: string): void {
    this.lastSent = encodePacket(payload);
    this.write(this.lastSent);
  }

  private write(text: string): void {
    const c = this.client;
    if (c && !c.destroyed) c.write(Buffer.from(text, 'latin1'));
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** Keeps `table` up to date from the kernel's trace lines on port 0xE9. */
export function followProcesses(machine: Machine, table: ProcessTable): void {
  const lines = new LineSplitter((line) => {
    try {
      const e = parseTraceLine(line);
      if (e) table.apply(e);
    } catch {
      // a malformed trace line is the kernel's problem, not the debugger's
    }
  });
  machine.onDebugOutput((b) => lines.push(b));
}
