/* elf.c: checks an ELF32 executable completely before trusting any of it,
 * then copies each PT_LOAD segment into fresh pages: read-only unless the
 * segment is writable, always user-accessible, bss zeroed. */
#include "elf.h"
#include "vm.h"
#include "mm.h"
#include "kstring.h"

#define PT_LOAD 1
#define PF_W 2
#define ET_EXEC 2
#define EM_386 3
#define MAX_PHDRS 32

struct elf_header {
    u8 ident[16];
    u16 type;
    u16 machine;
    u32 version;
    u32 entry;
    u32 phoff;
    u32 shoff;
    u32 flags;
    u16 ehsize;
    u16 phentsize;
    u16 phnum;
    u16 shentsize;
    u16 shnum;
    u16 shstrndx;
};

struct elf_phdr {
    u32 type;
    u32 offset;
    u32 vaddr;
    u32 paddr;
    u32 filesz;
    u32 memsz;
    u32 flags;
    u32 align;
};

/* Error text: a fixed message with at most one number. */
static int refuse(struct elf_result *r, const char *message, u32 number, int with_number)
{
    u32 n = 0;
    char digits[12];
    int d = 0;
    kstrlcpy(r->error, message, sizeof(r->error));
    if (with_number) {
        n = kstrlen(r->error);
        do {
            digits[d++] = (char)('0' + number % 10);
            number = number / 10;
        } while (number != 0);
        while (d > 0 && n + 1 < sizeof(r->error))
            r->error[n++] = digits[--d];
        r->error[n] = 0;
    }
    return 0;
}

static int check_header(const struct elf_header *h, u32 size, struct elf_result *r)
{
    if (size < sizeof(struct elf_header))
        return refuse(r, "file too small for an ELF header", 0, 0);
    if (h->ident[0] != 0x7F || h->ident[1] != 'E' || h->ident[2] != 'L' || h->ident[3] != 'F')
        return refuse(r, "not an ELF file (bad magic)", 0, 0);
    if (h->ident[4] != 1)
        return refuse(r, "not a 32-bit ELF file (class ", h->ident[4], 1);
    if (h->ident[5] != 1)
        return refuse(r, "not a little-endian ELF file", 0, 0);
    if (h->type != ET_EXEC)
        return refuse(r, "not an executable (e_type ", h->type, 1);
    if (h->machine != EM_386)
        return refuse(r, "not an i386 program (e_machine ", h->machine, 1);
    if (h->phentsize != sizeof(struct elf_phdr))
        return refuse(r, "unexpected program header size ", h->phentsize, 1);
    if (h->phnum == 0 || h->phnum > MAX_PHDRS)
        return refuse(r, "bad number of program headers: ", h->phnum, 1);
    if (h->phoff > size || (u32)h->phnum * sizeof(struct elf_phdr) > size - h->phoff)
        return refuse(r, "program headers outside the file", 0, 0);
    if (h->phoff % 4 != 0)
        return refuse(r, "misaligned program headers", 0, 0);
    return 1;
}

static int check_segment(const struct elf_phdr *ph, int index, u32 size, struct elf_result *r)
{
    if (ph->memsz < ph->filesz)
        return refuse(r, "memsz smaller than filesz in segment ", (u32)index, 1);
    if (ph->offset > size || ph->filesz > size - ph->offset)
        return refuse(r, "file bytes outside the image in segment ", (u32)index, 1);
    if (ph->vaddr < USER_BASE || ph->vaddr >= USER_HEAP_LIMIT
        || ph->memsz > USER_HEAP_LIMIT - ph->vaddr)
        return refuse(r, "segment outside the user window 0x40000000-0x403fb000: segment ", (u32)index, 1);
    return 1;
}

static int load_segment(u32 directory, const u8 *image, const struct elf_phdr *ph, struct elf_result *r)
{
    u32 va;
    u32 end = ph->vaddr + ph->memsz;
    u32 flags = PTE_USER | ((ph->flags & PF_W) ? PTE_WRITE : 0);
    u32 *pte;
    u32 page;
    u32 i;
    u32 chunk;
    for (va = ph->vaddr & PAGE_MASK; va < end; va += PAGE_SIZE) {
        pte = vm_pte(directory, va);
        if (pte != 0 && (*pte & PTE_PRESENT)) {
            *pte = *pte | flags;    /* two segments share this page: allow the union */
            continue;
        }
        page = page_alloc(OWNER_USER);
        if (page == 0 || !vm_map(directory, va, page, flags)) {
            if (page != 0)
                page_free(page);
            return refuse(r, "out of memory while loading", 0, 0);
        }
    }
    /* Copy the file bytes through the identity map of each physical page,
     * a page's worth at a time. */
    for (i = 0; i < ph->filesz; i += chunk) {
        va = ph->vaddr + i;
        chunk = PAGE_SIZE - (va & 0xFFF);
        if (chunk > ph->filesz - i)
            chunk = ph->filesz - i;
        pte = vm_pte(directory, va);
        kmemcpy((void *)((*pte & PAGE_MASK) + (va & 0xFFF)), image + ph->offset + i, chunk);
    }
    return 1;
}

int elf_load(u32 directory, const u8 *image, u32 size, struct elf_result *result)
{
    const struct elf_header *h = (const struct elf_header *)image;
    const struct elf_phdr *phdrs;
    int i;
    int loads = 0;
    int entry_ok = 0;
    result->error[0] = 0;
    result->entry = 0;
    result->image_end = USER_BASE;
    if (!check_header(h, size, result))
        return 0;
    phdrs = (const struct elf_phdr *)(image + h->phoff);
    for (i = 0; i < h->phnum; i++) {
        if (phdrs[i].type != PT_LOAD || phdrs[i].memsz == 0)
            continue;           /* an empty segment occupies nothing */
        if (!check_segment(&phdrs[i], i, size, result))
            return 0;
        loads++;
        if (h->entry >= phdrs[i].vaddr && h->entry < phdrs[i].vaddr + phdrs[i].memsz)
            entry_ok = 1;
        if (phdrs[i].vaddr + phdrs[i].memsz > result->image_end)
            result->image_end = phdrs[i].vaddr + phdrs[i].memsz;
    }
    if (loads == 0)
        return refuse(result, "no loadable segment", 0, 0);
    if (!entry_ok)
        return refuse(result, "entry point outside every loadable segment", 0, 0);
    for (i = 0; i < h->phnum; i++) {
        if (phdrs[i].type == PT_LOAD && phdrs[i].memsz != 0 && !load_segment(directory, image, &phdrs[i], result))
            return 0;
    }
    result->entry = h->entry;
    return 1;
}
