import { describe, it, expect } from 'vitest';
import { KernelLeakScanner } from '../../src/attacks/leak-scan.ts';

const bytes = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

describe('KernelLeakScanner', () => {
  const kernel = [Uint8Array.of(0x02, 0xb0, 0xad, 0x1b, 0x03, 0x00, 0x00, 0x00), bytes('[program killed: page fault]\n')];
  const scanner = new KernelLeakScanner(kernel);

  it('finds binary kernel bytes in the output', () => {
    expect(scanner.find(bytes('leak: \x02\xb0\xad\x1b\x03\n'))).toBe(6);
  });

  it('does not count the kernel\'s own printable messages', () => {
    expect(scanner.find(bytes('[program killed: page fault]\n'))).toBe(-1);
  });

  it('does not count runs of NUL bytes (any zeroed page has them)', () => {
    expect(scanner.find(Uint8Array.of(0x00, 0x00, 0x00, 0x00, 0x00))).toBe(-1);
    expect(scanner.find(Uint8Array.of(0x03, 0x00, 0x00, 0x00))).toBe(0);
  });

  it('ignores binary bytes that are not the kernel\'s', () => {
    expect(scanner.find(Uint8Array.of(0x02, 0xb0, 0xad, 0x1c))).toBe(-1);
    expect(scanner.find(Uint8Array.of(0x02, 0xb0, 0xad))).toBe(-1);
  });
});
