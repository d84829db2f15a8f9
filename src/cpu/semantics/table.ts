// The semantic table: every decodable form of src/isa/table.ts gets its one
// semantic function here, once, at load, from the entry for its id in the
// family its facts name (src/isa/facts.ts); a form without one is an error at
// load, so the table and the semantics cannot drift apart.

import { FORMS, type Form } from '../../isa/table.ts';
import type { Insn } from '../../isa/decoder.ts';
import { ARITH, LOGIC } from './arith.ts';
import { BCD } from './bcd.ts';
import { BIT } from './bit.ts';
import { CONTROL } from './control.ts';
import { FLAGS } from './flags.ts';
import { IO } from './io.ts';
import { MISC, MOVE } from './move.ts';
import { MULDIV } from './muldiv.ts';
import { SEGMENT } from './segment.ts';
import { SHIFT } from './shift.ts';
import { STACK } from './stack.ts';
import { STRING } from './string.ts';
import { SYSTEM } from './system.ts';
import { X87 } from './x87.ts';
import type { Family } from '../../isa/facts.ts';
import type { Semantic, SemanticFamily } from './types.ts';

/** The semantic functions by family (the facts' families) and id. */
export const FAMILIES: Readonly<Record<Family, SemanticFamily>> = {
  arith: ARITH, logic: LOGIC, shift: SHIFT, muldiv: MULDIV, bcd: BCD, bit: BIT, move: MOVE, stack: STACK,
  control: CONTROL, flags: FLAGS, string: STRING, io: IO, segment: SEGMENT, system: SYSTEM, x87: X87, misc: MISC,
};

/** The name of a form's entry in the table: its id and operand kinds ("add Ev,Gv"). */
export function semanticKey(form: Form): string {
  return `${form.sem} ${form.operands.join(',')}`;
}

/** Every decodable form's semantic function, by form. */
const BY_FORM: Map<Form, Semantic> = (() => {
  const seen = new Set<string>();
  for (const family of Object.values(FAMILIES)) {
    for (const sem of Object.keys(family)) {
      if (seen.has(sem)) throw new Error(`semantics: id "${sem}" is defined twice`);
      seen.add(sem);
    }
  }
  const map = new Map<Form, Semantic>();
  // One function per (id, shape): forms that differ only in opcode (80/82) share it.
  const byShape = new Map<string, Semantic>();
  for (const form of FORMS) {
    if (form.assembleOnly) continue;
    const family = FAMILIES[form.family];
    if (!Object.hasOwn(family, form.sem)) {
      throw new Error(`semantics: the ${form.family} family has no function for the id "${form.sem}" (${form.mnemonic})`);
    }
    const key = semanticKey(form);
    let fn = byShape.get(key);
    if (!fn) byShape.set(key, (fn = family[form.sem](form)));
    map.set(form, fn);
  }
  // And no entry without a form: a function nothing can reach would be dead code.
  for (const [name, family] of Object.entries(FAMILIES)) {
    for (const sem of Object.keys(family)) {
      if (!FORMS.some((f) => !f.assembleOnly && f.family === name && f.sem === sem)) {
        throw new Error(`semantics: the ${name} family defines "${sem}", which no decodable form has`);
      }
    }
  }
  return map;
})();

/** The semantic function of a decoded instruction. */
export function semanticOf(insn: Insn): Semantic {
  return BY_FORM.get(insn.form)!;
}

/** Every entry of the table (id and operand kinds: one semantic function each), sorted. */
export function semanticKeys(): string[] {
  return [...new Set([...BY_FORM.keys()].map(semanticKey))].sort();
}
