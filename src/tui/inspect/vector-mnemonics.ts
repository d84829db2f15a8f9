// The short names the Intel manuals give the exception vectors (#PF, #GP, ...).
const MNEMONICS = ['#DE', '#DB', 'NMI', '#BP', '#OF', '#BR', '#UD', '#NM', '#DF', 'CSO', '#TS', '#NP', '#SS', '#GP', '#PF', '', '#MF', '#AC', '#MC', '#XM'];

/** "#PF" for 14, "" for vectors without a mnemonic. */
export function vectorMnemonic(vector: number): string {
  return MNEMONICS[vector] ?? '';
}
