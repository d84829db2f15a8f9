// x87 (387) forms for the instruction table: the assembler emits them, the disassembler
// names them, and the CPU's x87 (src/cpu/x87/dispatch.ts) runs one semantic handler per form.
//
// Extra operand kinds: Mw Md Mq Mt (memory of 16/32/64/80 bits), Mx (memory, no size:
// environment and state images), ST (st(0), printed "st"), STi (st(i) from ModRM r/m).
// Flag "rm=N": register form whose ModRM r/m field is fixed (fld1 is D9 /5 with r/m 0).
// The environment and state images (fldenv, fnsave...) have 16- and 32-bit layouts.

export type X87Row = [string, string, string, string?];

const ARITH = ['fadd', 'fmul', 'fcom', 'fcomp', 'fsub', 'fsubr', 'fdiv', 'fdivr'];

export function x87Rows(): X87Row[] {
  const r: X87Row[] = [];
  ARITH.forEach((m, i) => {
    r.push([m, `d8 /${i}`, 'Md', 'mem'], [m, `dc /${i}`, 'Mq', 'mem'], [`fi${m.slice(1)}`, `da /${i}`, 'Md', 'mem'], [`fi${m.slice(1)}`, `de /${i}`, 'Mw', 'mem']);
    r.push([m, `d8 /${i}`, i === 2 || i === 3 ? 'STi' : 'ST,STi', 'reg']);
  });
  // DC and DE register forms: destination st(i). Intel's (and objdump's) names swap sub/subr here.
  const dcNames = ['fadd', 'fmul', null, null, 'fsubr', 'fsub', 'fdivr', 'fdiv'];
  dcNames.forEach((m, i) => {
    if (!m) return;
    r.push([m, `dc /${i}`, 'STi,ST', 'reg'], [`${m}p`, `de /${i}`, 'STi,ST', 'reg']);
  });
  r.push(
    ['fcompp', 'de /3', '', 'reg rm=1'], ['fucompp', 'da /5', '', 'reg rm=1'],
    ['fld', 'd9 /0', 'Md', 'mem'], ['fst', 'd9 /2', 'Md', 'mem'], ['fstp', 'd9 /3', 'Md', 'mem'],
    ['fldenv', 'd9 /4', 'Mx', 'mem sz w=fldenvw d=fldenvd'], ['fldcw', 'd9 /5', 'Mw', 'mem'], ['fnstenv', 'd9 /6', 'Mx', 'mem sz w=fnstenvw d=fnstenvd'], ['fnstcw', 'd9 /7', 'Mw', 'mem'],
    ['fld', 'd9 /0', 'STi', 'reg'], ['fxch', 'd9 /1', 'STi', 'reg'], ['fnop', 'd9 /2', '', 'reg rm=0'],
    ['fild', 'db /0', 'Md', 'mem'], ['fist', 'db /2', 'Md', 'mem'], ['fistp', 'db /3', 'Md', 'mem'],
    ['fld', 'db /5', 'Mt', 'mem'], ['fstp', 'db /7', 'Mt', 'mem'],
    ['fnclex', 'db /4', '', 'reg rm=2'], ['fninit', 'db /4', '', 'reg rm=3'],
    ['fld', 'dd /0', 'Mq', 'mem'], ['fst', 'dd /2', 'Mq', 'mem'], ['fstp', 'dd /3', 'Mq', 'mem'],
    ['frstor', 'dd /4', 'Mx', 'mem sz w=frstorw d=frstord'], ['fnsave', 'dd /6', 'Mx', 'mem sz w=fnsavew d=fnsaved'], ['fnstsw', 'dd /7', 'Mw', 'mem'],
    ['ffree', 'dd /0', 'STi', 'reg'], ['fst', 'dd /2', 'STi', 'reg'], ['fstp', 'dd /3', 'STi', 'reg'],
    ['fucom', 'dd /4', 'STi', 'reg'], ['fucomp', 'dd /5', 'STi', 'reg'],
    ['fild', 'df /0', 'Mw', 'mem'], ['fist', 'df /2', 'Mw', 'mem'], ['fistp', 'df /3', 'Mw', 'mem'],
    ['fbld', 'df /4', 'Mt', 'mem'], ['fild', 'df /5', 'Mq', 'mem'], ['fbstp', 'df /6', 'Mt', 'mem'], ['fistp', 'df /7', 'Mq', 'mem'],
    ['fnstsw', 'df /4', 'AX', 'reg rm=0'],
  );
  const d9: [number, string[]][] = [
    [4, ['fchs', 'fabs', '', '', 'ftst', 'fxam']],
    [5, ['fld1', 'fldl2t', 'fldl2e', 'fldpi', 'fldlg2', 'fldln2', 'fldz']],
    [6, ['f2xm1', 'fyl2x', 'fptan', 'fpatan', 'fxtract', 'fprem1', 'fdecstp', 'fincstp']],
    [7, ['fprem', 'fyl2xp1', 'fsqrt', 'fsincos', 'frndint', 'fscale', 'fsin', 'fcos']],
  ];
  for (const [ext, names] of d9) names.forEach((m, rm) => { if (m) r.push([m, `d9 /${ext}`, '', `reg rm=${rm}`]); });
  return r;
}
