/* fpu.c: the lazy x87 switch. The FPU holds one process's registers at a
 * time (its owner). Every switch to another process sets CR0.TS, so that
 * process's first x87 instruction raises #NM; the handler clears TS, saves
 * the owner's state into the owner's 108-byte area (FNSAVE), and loads the
 * current process's (FRSTOR) or, on its first use, a clean state. A clean
 * state is loaded with FRSTOR of a zeroed image, not FNINIT: FNINIT only
 * marks the registers empty, and FNSAVE would still show the last owner's
 * values in them. An x87 error in ring 3 (#MF) kills the program (fault.c). */
#include "fpu.h"
#include "proc.h"
#include "kstring.h"
#include "x86.h"

#define CR0_MP 0x00000002
#define CR0_EM 0x00000004
#define CR0_TS 0x00000008
#define CR0_NE 0x00000020

static struct proc *owner;                  /* whose registers the FPU holds, or 0 */
static u8 clean_state[FPU_STATE_BYTES];     /* FNINIT's state with every register zero */

static void set_ts(int on)
{
    u32 cr0 = read_cr0();
    u32 want = on ? (cr0 | CR0_TS) : (cr0 & ~CR0_TS);
    if (want != cr0)
        write_cr0(want);
}

void fpu_init(void)
{
    kmemset(clean_state, 0, FPU_STATE_BYTES);
    clean_state[0] = 0x7F;      /* control word 037F: every exception masked, 64-bit precision */
    clean_state[1] = 0x03;
    clean_state[8] = 0xFF;      /* tag word FFFF: every register empty */
    clean_state[9] = 0xFF;
    /* NE: x87 errors are #MF (vector 16), not the PC's IRQ 13. MP: WAIT obeys TS too. */
    write_cr0((read_cr0() & ~CR0_EM) | CR0_MP | CR0_NE | CR0_TS);
    owner = 0;
}

void fpu_activate(struct proc *p)
{
    set_ts(p != owner);
}

void fpu_device_not_available(void)
{
    struct proc *p = proc_current();
    clts();
    if (owner == p)
        return;
    if (owner != 0)
        fpu_fnsave(owner->fpu_state);
    if (p->fpu_used)
        fpu_frstor(p->fpu_state);
    else
        fpu_frstor(clean_state);
    p->fpu_used = 1;
    owner = p;
}

void fpu_fork(struct proc *parent, struct proc *child)
{
    if (owner == parent) {
        fpu_fnsave(parent->fpu_state);      /* FNSAVE reinitialises: load it back */
        fpu_frstor(parent->fpu_state);
    }
    kmemcpy(child->fpu_state, parent->fpu_state, FPU_STATE_BYTES);
    child->fpu_used = parent->fpu_used;
}

void fpu_forget(struct proc *p)
{
    if (owner == p) {
        owner = 0;
        set_ts(1);
    }
    p->fpu_used = 0;
}
