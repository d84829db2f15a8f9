// The assembler's view of a parsed program: every statement that takes part in
// layout, in source order, with its section and source line.
import type { Problem } from './problems.ts';
import type { Statement } from './statements.ts';

export interface Item {
  st: Statement;
  section: string;
  /** The C source line (from `%line`), or null. */
  src: { file: string; line: number } | null;
}

export interface SectionInfo {
  name: string;
  write: boolean;
  exec: boolean;
  nobits: boolean;
}

export interface Program {
  items: Item[];
  sections: Map<string, SectionInfo>;
  globals: Set<string>;
  /** Local labels (".x", "..@x"): kept out of the symbol table. */
  locals: Set<string>;
  problems: Problem[];
  /** Some equate depends on itself (so layout cannot converge; already reported). */
  circular: boolean;
  /** Parsing stopped at the error limit (MAX_PROBLEMS): there is nothing to lay out. */
  stopped: boolean;
}
