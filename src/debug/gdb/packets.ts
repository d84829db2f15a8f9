// gdb remote serial protocol framing: `$payload#cs` packets with a modulo-256
// checksum, `}` escapes (byte ^ 0x20), `+`/`-` acknowledgements and the bare
// 0x03 byte gdb sends for Ctrl-C. Everything here is pure (no sockets), so the
// stub can be tested by replaying byte streams.

export type WireEvent =
  | { kind: 'packet'; payload: string }
  | { kind: 'interrupt' }
  | { kind: 'ack' }
  | { kind: 'nak' }
  /** A packet whose checksum did not match: answer with `-` so gdb resends. */
  | { kind: 'bad-checksum' };

/** Longest payload accepted; gdb is told this in qSupported (PacketSize, in hex there). */
export const MAX_PACKET = 0x4000;

const enum St { Idle, Body, Escape, Sum1, Sum2 }

/** Splits the incoming byte stream into events. Bytes are latin1 characters. */
export class PacketReader {
  private st = St.Idle;
  private body: number[] = [];
  private sum = 0;
  private sumText = '';

  constructor(private readonly emit: (e: WireEvent) => void) {}

  push(data: Uint8Array | string): void {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'latin1') : data;
    for (const b of bytes) this.byte(b);
  }

  private byte(b: number): void {
    switch (this.st) {
      case St.Idle:
        if (b === 0x24) this.start();
        else if (b === 0x03) this.emit({ kind: 'interrupt' });
        else if (b === 0x2b) this.emit({ kind: 'ack' });
        else if (b === 0x2d) this.emit({ kind: 'nak' });
        return; // anything else between packets is noise
      case St.Body:
        if (b === 0x23) {
          this.st = St.Sum1;
          return;
        }
        if (b === 0x24) { // a new start inside a packet: the old one was cut off
          this.emit({ kind: 'bad-checksum' });
          this.start();
          return;
        }
        this.sum = (this.sum + b) & 0xff;
        if (b === 0x7d) this.st = St.Escape;
        else this.add(b);
        return;
      case St.Escape:
        this.sum = (this.sum + b) & 0xff;
        this.add(b ^ 0x20);
        this.st = St.Body;
        return;
      case St.Sum1:
        this.sumText = String.fromCharCode(b);
        this.st = St.Sum2;
        return;
      case St.Sum2: {
        this.st = St.Idle;
        const text = this.sumText + String.fromCharCode(b);
        const ok = /^[0-9a-fA-F]{2}$/.test(text) && parseInt(text, 16) === this.sum && this.body.length <= MAX_PACKET;
        if (ok) this.emit({ kind: 'packet', payload: Buffer.from(this.body).toString('latin1') });
        else this.emit({ kind: 'bad-checksum' });
        this.body = [];
        return;
      }
    }
  }

  private start(): void {
    this.st = St.Body;
    this.body = [];
    this.sum = 0;
  }

  private add(b: number): void {
    // An oversized packet is read to its end and then rejected; keep memory bounded.
    if (this.body.length <= MAX_PACKET) this.body.push(b);
  }
}

/** `$payload#cs`, escaping `$ # } *` (a `*` would read as run-length encoding). */
export function encodePacket(payload: string): string {
  let body = '';
  let sum = 0;
  for (let i = 0; i < payload.length; i++) {
    const c = payload.charCodeAt(i);
    if (c === 0x24 || c === 0x23 || c === 0x7d || c === 0x2a) {
      body += '}' + String.fromCharCode(c ^ 0x20);
      sum += 0x7d + (c ^ 0x20);
    } else {
      body += payload[i];
      sum += c;
    }
  }
  return `$${body}#${(sum & 0xff).toString(16).padStart(2, '0')}`;
}

export function toHex(bytes: Uint8Array | number[]): string {
  let s = '';
  for (const b of bytes) s += (b & 0xff).toString(16).padStart(2, '0');
  return s;
}

/** Hex text to bytes, or null when it is not an even number of hex digits. */
export function fromHex(text: string): Uint8Array | null {
  if (text.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(text)) return null;
  const out = new Uint8Array(text.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(text.slice(2 * i, 2 * i + 2), 16);
  return out;
}

/** A 32-bit value as 8 hex digits in target (little-endian) byte order. */
export function le32Hex(v: number): string {
  return toHex([v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff]);
}

/** Parses a hex number of at most 8 digits (an address or length), or null. */
export function parseHex32(text: string): number | null {
  if (!/^[0-9a-fA-F]{1,8}$/.test(text)) return null;
  return parseInt(text, 16) >>> 0;
}
