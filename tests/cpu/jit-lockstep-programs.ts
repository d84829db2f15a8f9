// Random and hand-written guest programs for the lockstep differential of
// compiled regions against the interpreter: used by tests/cpu/jit-lockstep.test.ts
// (a sample) and by scripts/jit-lockstep (millions of instructions).
import { assembleFlatBinary } from '../../src/isa/assembler.ts';
import { type Harness, makeCpu, poke, setGate, setupProtected, enterRing3 } from './helpers.ts';

export const CODE = 0x100000;
export const DATA = 0x200000;
export const UNMAPPED = 0x300000;
export const HANDLERS = 0x8000;
export const COUNTERS = 0x7000;
export const USER_STACK = 0x280000;

export function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const REGS = ['eax', 'edx', 'esi', 'edi', 'ebp'];
const BYTE_REGS = ['al', 'ah', 'dl', 'dh'];
const ALU = ['add', 'sub', 'and', 'or', 'xor', 'cmp', 'adc', 'sbb', 'test'];
const CCS = ['o', 'no', 'b', 'ae', 'e', 'ne', 'be', 'a', 's', 'ns', 'p', 'np', 'l', 'ge', 'le', 'g'];

/** A random loop body over EAX EDX ESI EDI EBP with EBX pointing at data and ECX the loop counter. */
export function randomProgram(rand: () => number, bodyLength: number): string {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  const imm = () => (rand() < 0.3 ? Math.floor(rand() * 256) - 128 : Math.floor(rand() * 0x100000000) | 0);
  const disp = () => Math.floor(rand() * 4000); // unaligned too: the checked path
  const lines: string[] = [];
  let label = 0;
  for (let i = 0; i < bodyLength; i++) {
    const r = pick(REGS), r2 = pick(REGS);
    switch (Math.floor(rand() * 24)) {
      case 0: lines.push(`${pick(ALU)} ${r}, ${r2}`); break;
      case 1: lines.push(`${pick(ALU)} ${r}, ${imm()}`); break;
      case 2: lines.push(`${pick(ALU)} ${r}, [ebx+${disp()}]`); break;
      case 3: lines.push(`${pick(ALU)} dword [ebx+${disp()}], ${r}`); break;
      case 4: lines.push(`${pick(ALU)} ${pick(BYTE_REGS)}, byte [ebx+${disp()}]`); break;
      case 5: lines.push(`${pick(ALU)} byte [ebx+${disp()}], ${pick(BYTE_REGS)}`); break;
      case 6: lines.push(`mov ${r}, [ebx+${disp()}]`, `mov [ebx+${disp()}], ${r2}`); break;
      case 7: lines.push(`mov ${pick(BYTE_REGS)}, ${pick(BYTE_REGS)}`, `mov byte [ebx+${disp()}], ${Math.floor(rand() * 256)}`); break;
      case 8: lines.push(`${pick(['movzx', 'movsx'])} ${r}, ${pick(['byte', 'word'])} [ebx+${disp()}]`); break;
      case 9: lines.push(`lea ${r}, [${r2}+${pick(REGS)}*${pick([1, 2, 4, 8])}+${disp()}]`); break;
      case 10: lines.push(`${pick(['inc', 'dec'])} ${r}`); break;
      case 11: lines.push(`${pick(['inc', 'dec'])} dword [ebx+${disp()}]`); break;
      case 12: lines.push(`push ${r}`, `push ${imm()}`, `pop ${r2}`, `pop ${r}`); break;
      case 13: lines.push(`set${pick(CCS)} ${pick(BYTE_REGS)}`); break;
      case 14: lines.push(`${pick(['neg', 'not'])} ${r}`); break;
      case 15: lines.push(`${pick(['shl', 'shr', 'sar', 'rol', 'rcr'])} ${r}, ${Math.floor(rand() * 32)}`, `imul ${r}, ${r2}`, `imul ${r2}, [ebx+${disp()}], ${imm()}`,
        `${pick(['shl', 'shr', 'sar'])} dword [ebx+${disp()}], ${pick([1, Math.floor(rand() * 32)])}`); break;
      case 16: lines.push(`j${pick(CCS)} .s${label}`, `inc ${r}`, `.s${label}:`); label++; break;
      case 17: lines.push('out 0xe9, al'); break;
      case 18: lines.push(pick(['cdq', 'cwde', `xchg ${r}, ${r2}`, 'pushf', 'popf', 'clc', 'stc', 'cmc'])); break;
      case 19: lines.push('push ecx', 'push edi', `lea edi, [ebx+${disp()}]`, 'mov ecx, 7', 'rep stosb', 'pop edi', 'pop ecx'); break;
      // Self-modifying code: change the immediate of an instruction further on in this block.
      case 20: lines.push(`mov [.m${label}+1], ${r}`, `.m${label}:`, `mov ${r2}, 0x12345678`); label++; break;
      case 21: lines.push('call sub1'); break;
      case 22: lines.push(`mov eax, [ebx+${disp()}]`, `${pick(ALU)} eax, edx`, `j${pick(CCS)} .s${label}`, 'mov edx, eax', `.s${label}:`); label++; break;
      default: lines.push(`${pick(['add', 'sub'])} ${r}, ${r2}`, `cmp ${r}, ${imm()}`, `set${pick(CCS)} dl`); break;
    }
  }
  return [
    'jmp _start', 'sub1:', 'add eax, edx', 'ret',
    '_start:', `mov ebx, ${DATA}`, 'mov ecx, 40',
    'outer:', ...lines, 'dec ecx', 'jnz outer',
    'mov dword [ebx+4], 100', 'inner:', 'mov eax, [ebx]', 'add eax, 3', 'mov [ebx], eax', 'dec dword [ebx+4]', 'jnz inner',
    `mov eax, [${UNMAPPED}]`, 'resume:', 'jmp _start',
  ].join('\n');
}

export function machine(program: string, jit: boolean): { h: Harness; resume: number } {
  const h = makeCpu(4 << 20);
  setupProtected(h, { paging: true, iopl: 3, pageFlags: (p) => ((p << 12) === UNMAPPED ? 0 : 7) });
  h.cpu.blocks.enabled = jit;
  const code = assembleFlatBinary(program, CODE);
  poke(h.mem, CODE, code);
  const resume = CODE + findResume(program);
  // #PF (vector 14): count it, drop the error code, continue at `resume`.
  // Timer (vector 0x20): count it.
  const handlers = assembleFlatBinary([
    `inc dword [${COUNTERS}]`, 'add esp, 4', `mov dword [esp], ${resume}`, 'iretd',
    'timer:', `inc dword [${COUNTERS + 4}]`, 'iretd',
  ].join('\n'), HANDLERS);
  poke(h.mem, HANDLERS, handlers);
  setGate(h, 14, HANDLERS);
  setGate(h, 0x20, HANDLERS + handlers.length - 7);
  for (let i = 0; i < 4096; i++) h.mem.ram[DATA + i] = (i * 37) & 0xff;
  enterRing3(h, CODE, USER_STACK, 0x3202);
  return { h, resume };
}

/** `resume:`'s offset, found by assembling the program up to it. */
function findResume(program: string): number {
  const upTo = program.slice(0, program.indexOf('resume:'));
  return assembleFlatBinary(upTo, CODE).length;
}

export function state(h: Harness): string {
  const c = h.cpu;
  return [...c.regs].map((r) => (r >>> 0).toString(16)).join(' ') +
    ` eip=${c.eip.toString(16)} efl=${c.getEflags().toString(16)} n=${c.instructionCount} cpl=${c.cpl} halted=${c.halted}`;
}

/** A loop nest over several basic blocks with nested calls, an indirect jump,
 *  a page fault in the middle of the loop body now and then, and a store that
 *  rewrites an immediate further on in the same page: what one region holds. */
export const REGION_PROGRAM = [
  'jmp _start',
  'table:', 'dd even, odd',
  'leaf:', 'add eax, edx', 'xor edx, eax', 'ret',
  'nested:', 'push ebp', 'mov ebp, esp', 'call leaf', 'inc esi', 'pop ebp', 'ret',
  '_start:', `mov ebx, ${DATA}`, 'xor ecx, ecx',
  'outer:', 'xor edi, edi',
  'inner:', 'mov eax, [ebx+edi*4]', 'add eax, ecx', 'mov [ebx+edi*4], eax', 'call nested',
  'test edi, 3', 'jnz skip', 'mov eax, [ebx+8]', 'skip:',
  'mov eax, edi', 'and eax, 1', 'mov eax, [table+eax*4]', 'jmp eax',
  'even:', 'inc edx', 'jmp join',
  'odd:', 'dec edx',
  'join:', 'cmp edi, 5', 'jne nofault', 'test ecx, 15', 'jnz nofault', `mov eax, [${UNMAPPED}]`,
  'nofault:', 'inc edi', 'cmp edi, 8', 'jl inner',
  'cmp ecx, 1024', 'jae nosmc', 'test ecx, 255', 'jnz nosmc', 'mov [smc+1], ecx', 'nosmc:',
  'smc:', 'mov esi, 0x11111111',
  'inc ecx', 'cmp ecx, 100000', 'jb outer',
  'resume:', 'jmp nofault',
].join('\n');
