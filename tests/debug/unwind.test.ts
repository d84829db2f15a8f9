import { describe, it, expect, beforeAll } from 'vitest';
import { bootGuestProgram, type GuestProgram } from './guest-program.ts';
import { backtrace, describeFrame, targetFromCpu, type CodeFrame } from '../../src/debug/unwind.ts';
import { evaluateToString, evaluate, formatValue, ExprError, type ExprScope } from '../../src/debug/c-expr.ts';

const FILE = 'tests/debug/programs/frames.c';

describe('backtraces and C expressions on a stopped guest', { timeout: 60_000 }, () => {
  let g: GuestProgram;
  beforeAll(() => {
    g = bootGuestProgram(FILE, 'frames');
  }, 120_000);

  const scopeAt = (frame: CodeFrame): ExprScope => ({ target: targetFromCpu(g.machine.cpu), frame, images: [frame.info!, g.user, g.kernel] });
  const frames = () => backtrace(targetFromCpu(g.machine.cpu), g.source);

  it('in depth3 (three calls below main): every user frame with its file and line', () => {
    g.runTo(g.lineAddress(23)); // printf("total %d\n", *slot);
    const bt = frames();
    expect(bt.map((f) => (f.kind === 'code' ? `${f.name}:${f.line}` : 'trap'))).toEqual(['depth3:23', 'depth2:31', 'depth1:44', 'main:49', expect.stringMatching(/^_start\+0x[0-9a-f]+:null$/)]);
    expect(bt.map((f) => (f as CodeFrame).level)).toEqual([0, 1, 2, 3, 4]);
    expect(describeFrame(bt[0]!)).toMatch(/^#0 0x4000[0-9a-f]{4} in depth3 at tests\/debug\/programs\/frames\.c:23$/);
    expect(describeFrame(bt[2]!)).toMatch(/^#2 0x4000[0-9a-f]{4} in depth1 at tests\/debug\/programs\/frames\.c:44$/);
  });

  it('evaluates locals, parameters, pointers, struct members and arrays in any frame', () => {
    const bt = frames() as CodeFrame[];
    const [d3, d2, d1] = bt;
    const at = (f: CodeFrame, e: string) => evaluateToString(e, scopeAt(f));
    expect(at(d3!, 'before')).toBe('21');
    expect(at(d3!, 'mark')).toBe("99 'c'");
    expect(at(d3!, '*slot')).toBe('23');
    expect(at(d3!, 'slot')).toMatch(/^0x4000[0-9a-f]{4}$/);
    expect(at(d3!, 'slot')).toBe(at(d3!, '&total'));
    expect(at(d2!, 'scale')).toBe('3');
    expect(at(d2!, '*p')).toBe("{x = 3, y = 4, tag = 99 'c'}");
    expect(at(d2!, 'p->y')).toBe('4');
    expect(at(d2!, 'p->tag')).toBe("99 'c'");
    expect(at(d1!, 'pt')).toBe("{x = 3, y = 4, tag = 99 'c'}");
    expect(at(d1!, 'pt.x + pt.y * 2')).toBe('11');
    expect(at(d1!, 'arr')).toBe('{10, 20, 30}');
    expect(at(d1!, 'arr[2]')).toBe('30');
    expect(at(d1!, '*(arr + 1)')).toBe('20');
    expect(at(d1!, '&arr[1] - &arr[0]')).toBe('1');
    // Globals from any frame: unsigned, arrays, char pointers.
    expect(at(d3!, 'total')).toBe('23');
    expect(at(d1!, 'hits')).toBe('4000000000');
    expect(at(d1!, 'squares')).toBe('{0, 1, 4, 9, 16, 25}');
    expect(at(d1!, 'squares[5] - squares[4]')).toBe('9');
    expect(at(d1!, 'label')).toMatch(/^0x4000[0-9a-f]{4} "pt"$/);
    expect(at(d1!, '*label')).toBe("112 'p'");
    // Casts: to integer and pointer types, and to struct pointers by their tag.
    expect(at(d1!, '(unsigned char)hits')).toBe("0 '\\0'"); // 4000000000 is 0xee6b2800
    expect(at(d1!, '(unsigned char)(hits + 65)')).toBe("65 'A'");
    expect(at(d1!, '(int)hits')).toBe('-294967296');
    expect(at(d1!, '(unsigned short)hits')).toBe('10240');
    expect(at(d1!, '*(int *)&squares[3]')).toBe('9');
    expect(at(d1!, '*(char *)label')).toBe("112 'p'");
    expect(at(d2!, '((struct point *)p)->y')).toBe('4');
    expect(at(d2!, '*(struct point *)&pt')).toMatch(/^<no variable named pt/);
    expect(at(d1!, '*(struct point *)&pt')).toBe("{x = 3, y = 4, tag = 99 'c'}");
    expect(at(d1!, '(long long)-1')).toBe('-1');
    expect(at(d1!, '(_Bool)arr[1]')).toBe('true');
    expect(at(d1!, '(struct nosuch *)0')).toBe('<no struct nosuch in the program\'s types>');
    expect(at(d1!, '(unsigned signed)1')).toBe('<"unsigned signed" is not a type>');
    expect(at(d1!, '(char int)1')).toBe('<"char int" is not a type>');
    expect(at(d1!, '(void)1')).toBe('<cannot cast to void: only to integer and pointer types>');
    expect(at(d1!, '(int)pt')).toBe('<a struct point is not a number>');
  });

  it('reports bad expressions as errors with a message, never a crash', () => {
    const d2 = frames()[1] as CodeFrame;
    const s = scopeAt(d2);
    expect(evaluateToString('nosuch', s)).toBe('<no variable named nosuch here>');
    expect(evaluateToString('p.x', s)).toBe('<".x" needs a struct or union, not a struct point *>');
    expect(evaluateToString('p->z', s)).toBe('<struct point has no member named z>');
    expect(evaluateToString('*scale', s)).toBe('<cannot dereference a unsigned int>');
    expect(evaluateToString('*(int *)0', s)).toBe('<cannot read memory at 0x0>');
    expect(evaluateToString('p[', s)).toBe('<the expression ends too soon>');
    expect(evaluateToString('1 / 0', s)).toBe('<division by zero>');
    expect(evaluateToString('*p->x', s)).toBe('<cannot dereference a int>');
    expect(() => evaluate('a $ b', s)).toThrow(ExprError);
    // Memory that is not mapped: shown in place.
    const wild = evaluate('*(p - 0x10000000)', s);
    const wildAddr = (Number(evaluateToString('p', s)) - 0x10000000 * 12) >>> 0; // p - N steps N structs of 12 bytes
    expect(formatValue(wild, s)).toBe(`{x = <cannot read memory at 0x${wildAddr.toString(16)}>, y = <cannot read memory at 0x${(wildAddr + 4).toString(16)}>, tag = <cannot read memory at 0x${(wildAddr + 8).toString(16)}>}`);
    expect(evaluateToString('(p - 0x10000000)->y', s)).toBe(`<cannot read memory at 0x${(wildAddr + 4).toString(16)}>`);
  });

  it('from inside a system call: kernel frames, the trap frame, then the user frames', () => {
    g.runTo(g.bodyOf(g.kernel, 'sys_printf'));
    const bt = frames();
    const lines = bt.map(describeFrame);
    const names = bt.map((f) => (f.kind === 'code' ? f.name : 'TRAP'));
    expect(names.slice(0, 4)).toEqual(['sys_printf', 'syscall_dispatch', 'trap', 'TRAP']);
    // The syscall wrapper after its int 0x80 (printf flushes stdio, then jumps to __sys_printf).
    expect(names[4]).toMatch(/^__sys_printf\+0x[0-9a-f]+$/);
    expect(names.slice(5)).toEqual(['depth3', 'depth2', 'depth1', 'main', expect.stringMatching(/^_start/)]);
    expect(lines[0]).toMatch(/^#0 0x001[0-9a-f]{5} in sys_printf at kernel\/sys_console\.c:\d+$/);
    expect(lines[3]).toMatch(/^--- int 0x80 \(syscall\) from ring 3 at 0x4000[0-9a-f]{4} ---$/);
    expect(lines[5]).toMatch(/^#4 0x4000[0-9a-f]{4} in depth3 at tests\/debug\/programs\/frames\.c:23$/);
    // The kernel's frame sees the trap frame; the user frame below it still has its locals.
    const trapFrame = bt[2] as CodeFrame;
    expect(evaluateToString('frame->eax', scopeAt(trapFrame))).toBe('7'); // SYS_printf
    expect(evaluateToString('frame->cs & 3', scopeAt(trapFrame))).toMatch(/^</); // no & operator: an error, not a crash
    const d3 = bt[5] as CodeFrame;
    expect(evaluateToString('before', scopeAt(d3))).toBe('21');
    expect(evaluateToString('*slot', scopeAt(d3))).toBe('23');
  });
});

describe('the unwinder in the kernel entry stubs (a synthetic stack)', () => {
  it('follows the CPU-pushed frame from ring 3, and stops when the stub interrupted the kernel', async () => {
    const { readElf } = await import('../../src/isa/elf-read.ts');
    const { buildBundledKernel } = await import('../../src/build/bundle.ts');
    const { DebugInfo } = await import('../../src/debug/debug-info.ts');
    const kernel = new DebugInfo(readElf(buildBundledKernel()));
    const stub = kernel.symbol('trap_stub_32')!.address;
    const esp0 = 0x00122000;
    const mem = new Map<number, number>();
    const put32 = (a: number, v: number) => { for (let i = 0; i < 4; i++) mem.set(a + i, (v >>> (i * 8)) & 0xff); };
    // What the CPU pushed on an IRQ from ring 3: EIP, CS, EFLAGS, ESP, SS.
    [0x40000123, 0x1b, 0x202, 0x403fff00, 0x23].forEach((v, i) => put32(esp0 - 20 + i * 4, v));
    const read = (addr: number, len: number) => {
      const out = new Uint8Array(len);
      for (let i = 0; i < len; i++) {
        const b = mem.get(addr + i);
        if (b === undefined) return null;
        out[i] = b;
      }
      return out;
    };
    const src = { infoFor: (pc: number) => (pc < 0x40000000 ? kernel : null) };
    const fromUser = backtrace({ read, eip: stub, esp: esp0 - 20, ebp: 0x403fff10, cpl: 0, esp0 }, src);
    expect(fromUser.map(describeFrame)).toEqual([
      `#0 0x${stub.toString(16).padStart(8, '0')} in trap_stub_32`,
      '--- trap entry from ring 3 at 0x40000123 ---',
      '#1 0x40000123 in ??',
    ]);
    // The same stub entered from ring 0, deep in a kernel stack: only the stub's frame.
    const fromKernel = backtrace({ read, eip: stub, esp: esp0 - 0x800, ebp: esp0 - 0x7f0, cpl: 0, esp0 }, src);
    expect(fromKernel.map(describeFrame)).toEqual([`#0 0x${stub.toString(16).padStart(8, '0')} in trap_stub_32`]);
  });
});
