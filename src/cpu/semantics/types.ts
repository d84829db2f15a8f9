// The shape of the semantic table: one entry per semantic id (facts.ts), which
// gives the function that runs a table form of that id. Forms of one id differ
// only in where their operands are (E, G, immediate, accumulator...), so an
// entry picks a function by the form's operand kinds once, at load.

import type { Form } from '../../isa/table.ts';
import type { Semantic } from '../interp/decode-cache.ts';

export type { Semantic };

/** The semantic function for one form of an id; throws when the id has no such form. */
export type SemanticFor = (form: Form) => Semantic;

/** A family's entries by semantic id. */
export type SemanticFamily = Record<string, SemanticFor>;

/** The form's operand kinds as one string ("Ev,Gv"), for picking a shape. */
export function shape(form: Form): string {
  return form.operands.join(',');
}

/** For a picker that meets a form it does not know: a table/semantics mismatch, found at load. */
export function unknownShape(form: Form): never {
  throw new Error(`semantics: no function for the form "${form.mnemonic} ${shape(form)}" (id ${form.sem})`);
}

/** For the one-operand forms Eb / Ev: whether the form is the byte one (any other form is a mismatch). */
export function isByteE(form: Form): boolean {
  const s = shape(form);
  if (s !== 'Eb' && s !== 'Ev') return unknownShape(form);
  return s === 'Eb';
}
