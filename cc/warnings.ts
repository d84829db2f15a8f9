// The warnings cc knows, gcc's -W names for them, and the -W/-Werror options.
// Every warning is on by default (as with gcc -Wall) except -Wpointer-arith,
// which gcc also leaves to be asked for; -Wno-NAME turns one off, -Werror
// makes all warnings errors and -Werror=NAME only one.

export const WARNINGS: Record<string, { byDefault: boolean; about: string }> = {
  'return-type': { byDefault: true, about: 'control reaches the end of a non-void function' },
  'unused-variable': { byDefault: true, about: 'a local variable is never used' },
  uninitialized: { byDefault: true, about: 'a local variable is read but never given a value' },
  overflow: { byDefault: true, about: 'an integer constant changes value when converted implicitly' },
  format: { byDefault: true, about: 'printf/scanf format and argument mismatch' },
  'format-extra-args': { byDefault: true, about: 'more arguments than the format uses' },
  'div-by-zero': { byDefault: true, about: 'integer division by a constant zero' },
  'discarded-qualifiers': { byDefault: true, about: "a pointer conversion drops 'const'" },
  'pointer-sign': { byDefault: true, about: 'pointer targets differ only in signedness' },
  'pointer-arith': { byDefault: false, about: "arithmetic on 'void *' or sizeof(void) (a GNU extension)" },
};

export interface WarningOptions {
  /** Warnings turned on or off by name (over the defaults). */
  set?: Record<string, boolean>;
  /** -Werror: every warning is an error. */
  allErrors?: boolean;
  /** -Werror=NAME / -Wno-error=NAME. */
  errors?: Record<string, boolean>;
  /** Where warnings go (default: the process's stderr). */
  sink?: (diagnostic: string) => void;
  /** -w: no warnings at all. */
  none?: boolean;
}

export function warningEnabled(o: WarningOptions | undefined, name: string): boolean {
  if (o?.none) return false;
  return o?.set?.[name] ?? WARNINGS[name]?.byDefault ?? false;
}

export function warningIsError(o: WarningOptions | undefined, name: string): boolean {
  return o?.errors?.[name] ?? o?.allErrors ?? false;
}

/**
 * Apply one `-W...` option (given without the `-W`: `error`, `no-format`,
 * `error=overflow`, `all`, `extra`); returns an error message for an unknown one.
 */
export function applyWarningOption(o: WarningOptions, opt: string): string | undefined {
  const known = (n: string) => n in WARNINGS || n === 'format=';
  if (opt === 'all' || opt === 'extra') return undefined; // everything useful is already on
  if (opt === 'error') { o.allErrors = true; return undefined; }
  if (opt === 'no-error') { o.allErrors = false; return undefined; }
  const err = /^(no-)?error=(.+)$/.exec(opt);
  if (err) {
    if (!known(err[2]!)) return `unknown warning option '-W${opt}'`;
    (o.errors ??= {})[err[2]!.replace(/=$/, '')] = !err[1];
    if (!err[1]) (o.set ??= {})[err[2]!.replace(/=$/, '')] = true;
    return undefined;
  }
  const no = opt.startsWith('no-');
  const name = (no ? opt.slice(3) : opt).replace(/=$/, '');
  if (!known(name)) return `unknown warning option '-W${opt}'`;
  (o.set ??= {})[name] = !no;
  return undefined;
}
