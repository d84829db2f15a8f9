import { describe, expect, it } from 'vitest';
import { AsmError, assemble, assembleFlatBinary } from '../../src/isa/assembler.ts';
import { toHex } from './fixture.ts';

const flat = (text: string, origin = 0) => toHex(assembleFlatBinary(text, origin));

function diagnostics(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(AsmError);
    return (e as AsmError).diagnostics;
  }
  throw new Error('expected an AsmError');
}

describe('numbers and expressions', () => {
  it('reads every number syntax', () => {
    expect(flat('dd 10, 0x10, 10h, 0b101, 101b, 0ffh, 1_000')).toBe(
      '0a000000' + '10000000' + '10000000' + '05000000' + '05000000' + 'ff000000' + 'e8030000');
  });
  it('evaluates operators with C precedence', () => {
    expect(flat('dd 1+2*3, (1+2)*3, 7/2, 7%4, 1<<4, 0x80>>3, 6&3, 6|3, 6^3, ~0, -5, 2+3<<1')).toBe(
      ['07', '09', '03', '03', '10', '10', '02', '07', '05'].map((b) => b + '000000').join('') +
      'ffffffff' + 'fbffffff' + '0a000000');
  });
  it('packs character constants little-endian', () => {
    expect(flat("dd 'a', 'ab', \"abcd\"\nmov eax, 'RSL1'")).toBe('61000000' + '61620000' + '61626364' + 'b852534c31');
  });
  it('knows $ (start of the statement) and $$', () => {
    expect(flat('nop\nnop\ndd $, $$, $-$$', 0x100)).toBe('9090' + '02010000' + '00010000' + '02000000');
  });
});

describe('data directives', () => {
  it('emits 64-bit dq items and reserves quadwords', () => {
    expect(flat('dq 0x00cf9a000000ffff, -1, 5\nresq 1\ndb 1')).toBe(
      'ffff0000009acf00' + 'ffffffffffffffff' + '0500000000000000' + '0000000000000000' + '01');
    expect(diagnostics(() => assembleFlatBinary('dd 0x100000000\nmov eax, 0x123456789', 0))).toEqual([
      "<flat>:1:4: error: number '0x100000000' does not fit in 32 bits",
      "<flat>:2:10: error: number '0x123456789' does not fit in 32 bits",
    ]);
  });
  it('emits strings and pads dw/dd strings to their width', () => {
    expect(flat('db "hi", 0, 10\ndw "abc"\ndd "x"')).toBe('6869000a' + '61626300' + '78000000');
  });
  it('repeats with times, including $-dependent counts', () => {
    expect(flat('db 1\ntimes 3 db 2\ntimes 8-($-$$) db 0xff')).toBe('01020202ffffffff');
    expect(flat('times 2 nop\ntimes 2 push eax')).toBe('90905050');
    expect(flat('times 3 db 1, 2, 3\ntimes 0 db 9\ntimes 2 mov eax, 1')).toBe('010203'.repeat(3) + 'b801000000'.repeat(2));
    // $ is the address of each repetition, as in NASM.
    expect(flat('times 3 dw $', 0x10)).toBe('1000' + '1200' + '1400');
    expect(flat('times 2 jmp $', 0)).toBe('ebfe' + 'ebfe');
  });
  it('reserves with resb/resw/resd (zero bytes outside .bss)', () => {
    expect(flat('resb 2\nresw 1\nresd 1\ndb 7')).toBe('0000000000000000' + '07');
  });
  it('aligns with zeros in data and NOP in code', () => {
    const img = assemble([{ name: 'a.s', text: '_start: nop\nalign 4\nret\nsection .data\ndb 1\nalign 4\ndb 2' }], { base: 0x1000 });
    expect(toHex(img.sections[0].bytes)).toBe('90909090c3');
    expect(toHex(img.sections[1].bytes)).toBe('0100000002');
  });
  it('rejects equates defined in terms of themselves', () => {
    expect(diagnostics(() => assembleFlatBinary('x equ y + 1\ny equ x\ndd x', 0))).toEqual([
      "<flat>:2:1: error: 'y' is defined in terms of itself",
    ]);
  });
  it('defines constants with equ (also forward references)', () => {
    expect(flat('mov eax, N\nN equ 4*K\nK equ 3')).toBe('b80c000000');
  });
});

describe('labels', () => {
  it('scopes local labels to the last non-local label', () => {
    const code = 'a:\n.l: jmp .l\nb:\n.l: jmp .l\njmp a.l';
    expect(flat(code)).toBe('ebfe' + 'ebfe' + 'ebfa');
  });
  it('accepts labels without a colon before data', () => {
    expect(flat('msg db "A"\ndd msg', 0x10)).toBe('41' + '10000000');
  });
  it("treats $-escaped names as symbols, never registers or keywords", () => {
    expect(flat('$eax: dd $eax\n$mov dd $mov + 1\nmov eax, [$ebx]\n$ebx: db 0', 0x10)).toBe('10000000' + '15000000' + 'a11d000000' + '00');
  });
  it('reads st as a register only in x87 instructions', () => {
    expect(flat('st: db 1\nmov eax, [st]\nfld st1', 0x10)).toBe('01' + 'a110000000' + 'd9c1');
  });
  it('reports duplicate labels', () => {
    expect(diagnostics(() => assembleFlatBinary('x: nop\nx: nop', 0))).toEqual([
      "<flat>:2:1: error: symbol 'x' is already defined at <flat>:1",
    ]);
  });
});

describe('instruction selection', () => {
  it('uses short jumps when the target is close, near otherwise', () => {
    expect(flat('jmp l\nl: ret')).toBe('eb00c3');
    expect(flat(`jmp l\ntimes 200 nop\nl: ret`).slice(0, 10)).toBe('e9c8000000');
    expect(flat(`je l\ntimes 127 nop\nl: ret`).slice(0, 4)).toBe('747f');
    expect(flat(`je l\ntimes 128 nop\nl: ret`).slice(0, 12)).toBe('0f8480000000');
  });
  it("encodes jumps to constant addresses relative to where they are", () => {
    expect(flat("jmp 0x1000\njmp 0x1000", 0x1000)).toBe("ebfe" + "ebfc");
  });
  it("reaches a fixed point when jump sizes depend on each other", () => {
    // Each jump's distance depends on the size of the other.
    const code = 'a: jmp b\ntimes 124 nop\njmp a\nb: ret';
    const out = assembleFlatBinary(code, 0);
    expect(out[0]).toBe(0xeb);
    expect(out.length).toBe(2 + 124 + 2 + 1);
  });
  it('keeps forward jumps short when earlier code grows between passes', () => {
    // Each "push later" is 2 bytes while "later" is unknown, then 5: the code before the
    // jump moves by 150 bytes, and the jump's target with it.
    const code = [...Array(50).fill('push later'), 'jmp .next', '.next: ret', 'times 0x100 nop', 'later: ret'].join('\n');
    const out = assembleFlatBinary(code, 0x40000000);
    expect(toHex(out.subarray(250, 253))).toBe('eb00c3');
  });
  it('honours short/near hints and rejects a short jump that cannot reach', () => {
    expect(flat('jmp near l\nl:')).toBe('e900000000');
    expect(diagnostics(() => assembleFlatBinary('jmp short l\ntimes 200 nop\nl:', 0))[0]).toMatch(/short jump target out of range/);
  });
  it('uses sign-extended imm8 when it fits', () => {
    expect(flat('add eax, 1\nadd eax, -128\nadd eax, 128\nadd al, 1\npush 1\npush 200')).toBe(
      '83c001' + '83c080' + '0580000000' + '0401' + '6a01' + '68c8000000');
  });
  it('handles prefixes, segment overrides and sizes', () => {
    expect(flat('rep movsd\nlock inc dword [eax]\nmov ax, [fs:ebx]\nmov eax, gs:[esi]\no16 ret\na16 mov eax, [bx+si+2]'))
      .toBe('f3a5' + 'f0ff00' + '64668b03' + '658b06' + '66c3' + '678b4002');
  });
  it('accepts GAS-Intel PTR syntax and objdump output', () => {
    expect(flat('mov DWORD PTR [ebp-0x8],0x0\nmovzx eax,BYTE PTR [eax]\nmovs DWORD PTR es:[edi],DWORD PTR ds:[esi]\nmov eax,ds:0x1234'))
      .toBe('c745f800000000' + '0fb600' + 'a5' + 'a134120000');
  });
  it('encodes far forms', () => {
    expect(flat('jmp 0x08:0x1000\ncall 0x10:l\nl: jmp far [eax]\ncall far [ebx]\nretf\nretf 8')).toBe(
      'ea001000000800' + '9a0e0000001000' + 'ff28' + 'ff1b' + 'cb' + 'ca0800');
  });
  it('encodes the system and 486 instructions', () => {
    expect(flat('lgdt [eax]\nltr ax\nmov cr3, eax\nmov eax, cr0\ninvlpg [ebx]\nbswap ecx\nxadd [eax], edx\ncmpxchg [eax], ecx\ninvd\nwbinvd\nud2'))
      .toBe('0f0110' + '0f00d8' + '0f22d8' + '0f20c0' + '0f013b' + '0fc9' + '0fc110' + '0fb108' + '0f08' + '0f09' + '0f0b');
  });
});

describe('x87', () => {
  it('assembles st(i) operands, sized memory and fixed-r/m forms', () => {
    expect(flat('fninit\nfld1\nfld st(1)\nfadd st, st(2)\nfaddp st(1), st\nfld qword [eax]\nfstp TBYTE PTR [ebx]\nfnstsw ax\nfldcw [eax]'))
      .toBe('dbe3' + 'd9e8' + 'd9c1' + 'd8c2' + 'dec1' + 'dd00' + 'db3b' + 'dfe0' + 'd928');
  });
  it('needs a size where several memory sizes exist', () => {
    expect(diagnostics(() => assembleFlatBinary('fld [eax]', 0))).toEqual(['<flat>:1:1: error: operation size not specified']);
    expect(diagnostics(() => assembleFlatBinary('fld st(8)', 0))).toEqual(['<flat>:1:8: error: expected st(0) to st(7)']);
  });
});

describe('diagnostics', () => {
  it('collects every error of a run as file:line:col', () => {
    const d = diagnostics(() => assemble([
      { name: 'one.s', text: '_start:\n  mov eax\n  frob ebx\n' },
      { name: 'two.s', text: 'mov [eax], 1\njmp nowhere\ndb 300\nmov al, 1 +\n' },
    ], { base: 0 }));
    expect(d).toEqual([
      "one.s:2:3: error: invalid combination of operands for 'mov'",
      "one.s:3:3: error: unknown instruction 'frob'",
      'two.s:1:1: error: operation size not specified',
      "two.s:2:5: error: undefined symbol 'nowhere'",
      'two.s:3:1: error: value 300 does not fit in a byte',
      'two.s:4:12: error: expected an expression',
    ]);
  });
  it('reports a missing entry symbol and bad memory operands', () => {
    expect(diagnostics(() => assemble([{ name: 'e.s', text: 'main: ret' }], { base: 0 }))).toEqual(["e.s: error: entry symbol '_start' is not defined"]);
    expect(diagnostics(() => assembleFlatBinary('mov eax, [eax*3+ebx]\nmov eax, [esp*2]\nmov eax, [eax-ebx]', 0))).toEqual([
      '<flat>:1:1: error: invalid scale 3',
      "<flat>:2:1: error: 'esp' cannot be an index register",
      "<flat>:3:14: error: registers cannot be combined with '-' in an address",
    ]);
  });
  it('caps section sizes instead of running out of memory', () => {
    expect(diagnostics(() => assembleFlatBinary('times 0x7fffffff db 0', 0))[0]).toMatch(/section '.text' would grow to 2147483647 bytes/);
    expect(diagnostics(() => assembleFlatBinary('resb -1', 0))[0]).toMatch(/negative reserve count/);
    expect(diagnostics(() => assemble([{ name: 'big.s', text: '_start: ret\nsection .bss\nresb 0x10000000' }], { base: 0xf8000000 }))[0])
      .toMatch(/extend past 4 GiB/);
  });
  it('explains impossible operand combinations', () => {
    expect(diagnostics(() => assembleFlatBinary('mov [eax], [ebx]\njmp far eax\nint 256', 0))).toEqual([
      '<flat>:1:1: error: an instruction cannot have two memory operands',
      "<flat>:2:9: error: 'far' cannot apply to register 'eax'",
      '<flat>:3:1: error: immediate value 256 does not fit in a byte',
    ]);
  });
  it('rejects unterminated strings and stray characters', () => {
    expect(diagnostics(() => assembleFlatBinary('db "abc\nmov eax, #1', 0))).toEqual([
      '<flat>:1:4: error: unterminated string',
      "<flat>:2:10: error: unexpected character '#'",
    ]);
  });
});

describe('linked image', () => {
  const text = [
    'section .multiboot', 'dd 0x1BADB002', 'section .text', 'global _start', '_start:', '%line 10+0 main.c',
    '  call f', '.loop: jmp .loop', '%line 20+1 lib.c', 'f: mov eax, msg', '  ret',
    'section .rodata', 'msg: db "hi", 0', 'section .data', 'counter: dd 1', 'section .bss', 'buf: resb 64',
    'section .extra', 'x: db 9',
  ].join('\n');
  const img = assemble([{ name: 'p.s', text }], { base: 0x40000000 });

  it('lays sections out in order on 4 KiB boundaries', () => {
    expect(img.sections.map((s) => [s.name, s.addr.toString(16), s.size, s.nobits, s.flags.write, s.flags.exec])).toEqual([
      ['.multiboot', '40000000', 4, false, false, false],
      ['.text', '40001000', 13, false, false, true],
      ['.rodata', '40002000', 3, false, false, false],
      ['.extra', '40003000', 1, false, false, false],
      ['.data', '40004000', 4, false, true, false],
      ['.bss', '40005000', 64, true, true, false],
    ]);
    expect(img.sections.find((s) => s.name === '.bss')!.bytes.length).toBe(0);
    expect(img.entry).toBe(0x40001000);
  });

  it('lists symbols with kinds and sizes, without local labels', () => {
    const sym = Object.fromEntries(img.symbols.map((s) => [s.name, s]));
    expect(Object.keys(sym).sort()).toEqual(['_start', 'buf', 'counter', 'f', 'msg', 'x']);
    expect(sym._start).toMatchObject({ value: 0x40001000, kind: 'func', size: 7, global: true, section: '.text' });
    expect(sym.f).toMatchObject({ value: 0x40001007, kind: 'func', size: 6, global: false });
    expect(sym.msg).toMatchObject({ kind: 'object', size: 3, section: '.rodata' });
    expect(sym.buf).toMatchObject({ kind: 'object', size: 64, section: '.bss' });
  });

  it('keeps the %line table for code', () => {
    expect(img.lines).toEqual([
      { addr: 0x40001000, file: 'main.c', line: 10 },
      { addr: 0x40001007, file: 'lib.c', line: 20 },
      { addr: 0x4000100c, file: 'lib.c', line: 21 },
    ]);
  });

  it('rejects data in .bss and section directives in flat binaries', () => {
    expect(diagnostics(() => assemble([{ name: 'b.s', text: '_start: ret\nsection .bss\ndb 1\ntimes 2 dd 5\ntimes 2 db 0\nnop' }], { base: 0 }))).toEqual([
      "b.s:3:1: error: section '.bss' holds no data: use resb/resw/resd",
      "b.s:4:1: error: section '.bss' holds no data: use resb/resw/resd",
      "b.s:6:1: error: section '.bss' holds no data: use resb/resw/resd",
    ]);
    expect(diagnostics(() => assembleFlatBinary('section .text\nnop', 0))[0]).toMatch(/not allowed in a flat binary/);
  });
});
