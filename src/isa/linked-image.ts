// The assembler's output and the ELF writer's input: sections laid out at final
// addresses, every symbol resolved, and the address → source line table.

import type { CfiProc } from './cfi.ts';

export interface LinkedSection {
  name: string;
  addr: number;
  /** Contents (empty for nobits sections). */
  bytes: Uint8Array;
  /** Size in memory (equals bytes.length unless nobits). */
  size: number;
  nobits: boolean;
  flags: { read: true; write: boolean; exec: boolean };
}

export interface LinkedSymbol {
  name: string;
  value: number;
  /** Section the symbol lives in, or null for an absolute value (equ). */
  section: string | null;
  global: boolean;
  kind: 'func' | 'object' | 'notype';
  size: number;
}

export interface LineEntry { addr: number; file: string; line: number }

export interface LinkedImage {
  sections: LinkedSection[];
  symbols: LinkedSymbol[];
  entry: number;
  lines: LineEntry[];
  /** Unwinding rules from `.cfi_*` directives (cfi.ts), when the sources had any. */
  cfi?: CfiProc[];
}
