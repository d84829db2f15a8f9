// Exception vectors, their names, and the object the core throws to signal a fault.

export const VEC_DE = 0;   // divide error
export const VEC_DB = 1;   // debug
export const VEC_NMI = 2;
export const VEC_BP = 3;   // breakpoint (INT3)
export const VEC_OF = 4;   // overflow (INTO)
export const VEC_BR = 5;   // BOUND range exceeded
export const VEC_UD = 6;   // invalid opcode
export const VEC_NM = 7;   // device not available
export const VEC_DF = 8;   // double fault
export const VEC_TS = 10;  // invalid TSS
export const VEC_NP = 11;  // segment not present
export const VEC_SS = 12;  // stack-segment fault
export const VEC_GP = 13;  // general protection
export const VEC_PF = 14;  // page fault
export const VEC_MF = 16;  // x87 floating-point error
export const VEC_AC = 17;  // alignment check

export const EXCEPTION_NAMES: readonly string[] = (() => {
  const names: string[] = [];
  for (let i = 0; i < 32; i++) names.push(`reserved exception ${i}`);
  const known: Record<number, string> = {
    0: 'divide error', 1: 'debug', 2: 'non-maskable interrupt', 3: 'breakpoint',
    4: 'overflow', 5: 'bound range exceeded', 6: 'invalid opcode', 7: 'device not available',
    8: 'double fault', 9: 'coprocessor segment overrun', 10: 'invalid TSS',
    11: 'segment not present', 12: 'stack-segment fault', 13: 'general protection fault',
    14: 'page fault', 16: 'x87 floating-point error', 17: 'alignment check',
    18: 'machine check', 19: 'SIMD floating-point exception',
  };
  for (const k of Object.keys(known)) names[Number(k)] = known[Number(k)];
  return names;
})();

/** A readable name for any vector: exceptions by name, others as "interrupt 0xNN". */
export function vectorName(vector: number): string {
  if (vector >= 0 && vector < 32) return EXCEPTION_NAMES[vector];
  return `interrupt 0x${(vector & 0xff).toString(16).padStart(2, '0')}`;
}

/** True for the vectors that push an error code when raised as exceptions. */
export function pushesErrorCode(vector: number): boolean {
  return vector === 8 || (vector >= 10 && vector <= 14) || vector === 17;
}

/** Decodes a #PF error code, e.g. 7 → "write, user mode, protection violation". */
export function describePageFaultError(code: number): string {
  const access = code & 2 ? 'write' : 'read';
  const mode = code & 4 ? 'user mode' : 'supervisor mode';
  const cause = code & 1 ? 'protection violation' : 'page not present';
  let text = `${access}, ${mode}, ${cause}`;
  if (code & 8) text += ', reserved bit set';
  return text;
}

/** Decodes a selector error code (#GP/#NP/#SS/#TS): "GDT selector 0x18", "IDT vector 0x80". */
export function describeSelectorError(code: number): string {
  if (code === 0) return 'no selector';
  const ext = code & 1 ? ' (external event)' : '';
  const index = code >>> 3;
  if (code & 2) return `IDT vector 0x${index.toString(16)}${ext}`;
  const table = code & 4 ? 'LDT' : 'GDT';
  return `${table} selector 0x${(code & 0xfff8).toString(16)}${ext}`;
}

/** The one object thrown by the core to abandon an instruction. The vector and
 *  error code live on the Cpu (faultVector/faultCode); the run loop catches
 *  this object and delivers the exception. Nothing is allocated per fault. */
export class CpuFault {
  readonly isCpuFault = true;
}
export const CPU_FAULT = new CpuFault();

/** Misuse of the CPU API by the host (bad arguments), as opposed to guest faults. */
export class CpuUsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CpuUsageError';
  }
}
