// Symbol spelling in the emitted assembly. A C name that is also an assembler
// word (a register, a mnemonic, or a NASM keyword such as `abs`) is written
// with NASM's `$` identifier escape, which the project's assembler also accepts.

const REGISTERS = 'eax ebx ecx edx esi edi ebp esp ax bx cx dx si di bp sp al ah bl bh cl ch dl dh cs ds es fs gs ss cr0 cr2 cr3 cr4 dr0 dr1 dr2 dr3 dr6 dr7 st0 tr6 tr7';
const KEYWORDS = 'abs rel byte word dword qword tword oword ptr near far short seg wrt strict times equ section segment global extern common align alignb db dw dd dq dt resb resw resd resq rest incbin bits use16 use32 org cpu default absolute struc endstruc istruc iend at nosplit to';
const MNEMONICS = `aaa aad aam aas adc add and arpl bound bsf bsr bswap bt btc btr bts call cbw cdq clc cld cli clts cmc cmp
cmpsb cmpsw cmpsd cmpxchg cwd cwde daa das dec div enter hlt idiv imul in inc insb insw insd int into invd invlpg iret iretd
ja jae jb jbe jc je jg jge jl jle jna jnae jnb jnbe jnc jne jng jnge jnl jnle jno jnp jns jnz jo jp jpe jpo js jz jcxz jecxz jmp
lahf lar lds lea leave les lfs lgdt lgs lidt lldt lmsw lock lodsb lodsw lodsd loop loope loopne loopnz loopz lsl lss ltr mov movsb
movsw movsd movsx movzx mul neg nop not or out outsb outsw outsd pop popa popad popf popfd push pusha pushad pushf pushfd rcl rcr
ret retf retn rep repe repne repnz repz rol ror sahf sal sar sbb scasb scasw scasd seta setae setb setbe setc sete setg setge setl
setle setna setnae setnb setnbe setnc setne setng setnge setnl setnle setno setnp setns setnz seto setp setpe setpo sets setz sgdt
shl shld shr shrd sidt sldt smsw stc std sti stosb stosw stosd str sub test verr verw wait wbinvd xadd xchg xlat xlatb xor ud2 int3
cpuid rdtsc rdmsr wrmsr fwait cmovz`;

const RESERVED = new Set([...REGISTERS.split(' '), ...KEYWORDS.split(' '), ...MNEMONICS.split(/\s+/)]);

export function asmSymbol(name: string): string {
  return RESERVED.has(name.toLowerCase()) ? `$${name}` : name;
}
