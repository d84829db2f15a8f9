// MOV to and from [ebp+disp8] has its own short path; it must honour the
// default SS segment, overrides, the sign of the displacement and 16-bit forms.
import { describe, it, expect } from 'vitest';
import { makeCpu, setupProtected, setGate, runCode, hex, peek32, poke32 } from './helpers.ts';

const FS = 4;

function harness() {
  const h = makeCpu();
  // FS: a data segment based at 0x100000, so an override is visible in the address.
  const ds = h.cpu.getSegment(3);
  h.cpu.setSegmentCache(FS, 0x10, 0x100000, 0xfffff, ds.attr);
  h.cpu.regs[5] = 0x9000;
  poke32(h.mem, 0x9000 - 4, 0x11111111);
  poke32(h.mem, 0x9000 + 8, 0x22222222);
  poke32(h.mem, 0x109000 - 4, 0x33333333);
  return h;
}

describe('[ebp+disp8]', () => {
  it('reads below and above EBP through SS', () => {
    const h = harness();
    runCode(h, 0x1000, hex('8b 45 fc  8b 5d 08  f4')); // mov eax,[ebp-4]; mov ebx,[ebp+8]
    expect(h.cpu.regs[0] >>> 0).toBe(0x11111111);
    expect(h.cpu.regs[3] >>> 0).toBe(0x22222222);
  });

  it('honours a segment override', () => {
    const h = harness();
    runCode(h, 0x1000, hex('64 8b 45 fc  64 89 4d f8  f4')); // mov eax,fs:[ebp-4]; mov fs:[ebp-8],ecx
    expect(h.cpu.regs[0] >>> 0).toBe(0x33333333);
    h.cpu.regs[1] = 0x44444444;
    h.cpu.halted = false;
    runCode(h, 0x1000, hex('64 89 4d f8  f4'));
    expect(peek32(h.mem, 0x109000 - 8)).toBe(0x44444444);
    expect(peek32(h.mem, 0x9000 - 8)).toBe(0);
  });

  it('writes a local and leaves 16-bit forms to the general decoder', () => {
    const h = harness();
    h.cpu.regs[2] = 0x55667788;
    runCode(h, 0x1000, hex('89 55 f0  66 8b 45 fc  f4')); // mov [ebp-16],edx; mov ax,[ebp-4]
    expect(peek32(h.mem, 0x9000 - 16)).toBe(0x55667788);
    expect(h.cpu.regs[0] & 0xffff).toBe(0x1111);
  });

  it('faults past the stack segment limit with #SS', () => {
    const h = makeCpu();
    setupProtected(h);
    setGate(h, 12, 0x7000);
    h.mem.ram[0x7000] = 0xf4;
    const ss = h.cpu.getSegment(2);
    h.cpu.setSegmentCache(2, ss.selector, 0, 0x8fff, ss.attr); // limit 0x8fff
    h.cpu.regs[0] = 0;
    h.cpu.regs[4] = 0x8000;
    h.cpu.regs[5] = 0x9000;
    poke32(h.mem, 0x1000, 0xf4fe458b); // mov eax,[ebp-2] (reads 0x8ffe..0x9001); hlt
    h.cpu.eip = 0x1000;
    expect(h.cpu.run(1)).toBe(0); // the fault was delivered, nothing retired
    expect(h.cpu.eip).toBe(0x7000);
    expect(peek32(h.mem, 0x8000 - 12)).toBe(0x1000); // error code 0, then the faulting EIP
    expect(h.cpu.regs[0]).toBe(0);
  });
});
