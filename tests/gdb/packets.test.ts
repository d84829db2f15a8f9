import { describe, it, expect } from 'vitest';
import { PacketReader, encodePacket, fromHex, toHex, parseHex32, MAX_PACKET, type WireEvent } from '../../src/debug/gdb/packets.ts';

function read(...chunks: string[]): WireEvent[] {
  const out: WireEvent[] = [];
  const r = new PacketReader((e) => out.push(e));
  for (const c of chunks) r.push(c);
  return out;
}

describe('gdb packet framing', () => {
  it('checksums a payload modulo 256 (the protocol manual\'s examples)', () => {
    expect(encodePacket('OK')).toBe('$OK#9a');
    expect(encodePacket('')).toBe('$#00');
    expect(encodePacket('qSupported')).toBe('$qSupported#37');
  });

  it('escapes $ # } and * and checksums the escaped bytes', () => {
    const p = encodePacket('a$b#c}d*');
    expect(p.slice(0, p.indexOf('#', p.length - 3))).toBe('$a}\x04b}\x03c}]d}\x0a');
    // Reading it back gives the payload again.
    expect(read(p)).toEqual([{ kind: 'packet', payload: 'a$b#c}d*' }]);
  });

  it('reads packets split across chunks, acks, naks and Ctrl-C between them', () => {
    expect(read('+$g#', '67', '\x03', '-', '$m100,4#', '5e')).toEqual([
      { kind: 'ack' }, { kind: 'packet', payload: 'g' }, { kind: 'interrupt' }, { kind: 'nak' },
      { kind: 'packet', payload: 'm100,4' },
    ]);
  });

  it('reports a wrong or malformed checksum instead of a packet', () => {
    expect(read('$g#00')).toEqual([{ kind: 'bad-checksum' }]);
    expect(read('$g#zz')).toEqual([{ kind: 'bad-checksum' }]);
    // A new $ inside a packet: the cut-off one is bad, the new one is read.
    expect(read('$m1$g#67')).toEqual([{ kind: 'bad-checksum' }, { kind: 'packet', payload: 'g' }]);
  });

  it('rejects a packet longer than PacketSize without keeping it', () => {
    const big = 'x'.repeat(MAX_PACKET + 10);
    expect(read(encodePacket(big))).toEqual([{ kind: 'bad-checksum' }]);
    expect(read(encodePacket('x'.repeat(MAX_PACKET)))[0]!.kind).toBe('packet');
  });

  it('hex helpers refuse odd or non-hex text', () => {
    expect(toHex([0, 0xab, 0x10])).toBe('00ab10');
    expect(Array.from(fromHex('00ab10')!)).toEqual([0, 0xab, 0x10]);
    expect(fromHex('abc')).toBeNull();
    expect(fromHex('zz')).toBeNull();
    expect(parseHex32('ffffffff')).toBe(0xffffffff);
    expect(parseHex32('100000000')).toBeNull();
    expect(parseHex32('')).toBeNull();
  });
});
