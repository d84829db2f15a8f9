// Index from every mnemonic the assembler accepts to the table forms it may encode.
import { FORMS, type Form } from './table.ts';

export interface FormChoice {
  form: Form;
  /** Operand size forced by the name used (pushw, movsd, cwde...), or null. */
  osize: 16 | 32 | null;
}

export const MNEMONICS: ReadonlyMap<string, readonly FormChoice[]> = (() => {
  const m = new Map<string, FormChoice[]>();
  const add = (name: string, c: FormChoice) => {
    let list = m.get(name);
    if (!list) m.set(name, (list = []));
    list.push(c);
  };
  for (const form of FORMS) {
    if (form.decodeOnly) continue;
    add(form.mnemonic, { form, osize: null });
    if (form.name16) add(form.name16, { form, osize: 16 });
    if (form.name32) add(form.name32, { form, osize: 32 });
    for (const a of form.aliases) add(a.name, { form, osize: a.osize });
  }
  return m;
})();

export function isMnemonic(name: string): boolean {
  return MNEMONICS.has(name.toLowerCase());
}
