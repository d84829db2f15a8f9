/* programs.c: copies the module list out of the multiboot information (which
 * lives in memory the kernel does not keep) into the kernel's own table. */
#include "programs.h"
#include "kstring.h"
#include "console.h"

static struct program programs[MAX_PROGRAMS];
static int count;
static u32 end_address;

static int is_space(int c)
{
    return c == ' ' || c == '\t';
}

/* "path/to/hello.elf a b" -> name "hello", default_args "a b". */
static void parse_module_string(struct program *p, const char *s)
{
    const char *word = s;
    const char *base;
    const char *end;
    u32 len;
    while (is_space(*word))
        word++;
    end = word;
    base = word;
    while (*end && !is_space(*end)) {
        if (*end == '/')
            base = end + 1;
        end++;
    }
    len = (u32)(end - base);
    if (len > 4 && kstrncmp(end - 4, ".elf", 4) == 0)
        len -= 4;
    if (len >= PROGRAM_NAME_MAX)
        len = PROGRAM_NAME_MAX - 1;
    kmemcpy(p->name, base, len);
    p->name[len] = 0;
    while (is_space(*end))
        end++;
    kstrlcpy(p->default_args, end, PROGRAM_ARGS_MAX);
}

void programs_init(struct multiboot_info *info)
{
    struct multiboot_module *mods;
    u32 i;
    count = 0;
    end_address = 0;
    if ((info->flags & MB_INFO_MODS) == 0)
        return;
    mods = (struct multiboot_module *)info->mods_addr;
    for (i = 0; i < info->mods_count; i++) {
        if (mods[i].mod_end > end_address)
            end_address = mods[i].mod_end;
        if (count == MAX_PROGRAMS) {
            kprintf("boot: more than %d modules, ignoring the rest\n", MAX_PROGRAMS);
            continue;
        }
        if (mods[i].mod_end < mods[i].mod_start) {
            kprintf("boot: module %u has a negative size, ignored\n", i);
            continue;
        }
        if (mods[i].string != 0)
            parse_module_string(&programs[count], (const char *)mods[i].string);
        else
            programs[count].name[0] = 0;
        if (programs[count].name[0] == 0) {
            kprintf("boot: module %u has no name, ignored\n", i);
            continue;
        }
        programs[count].start = mods[i].mod_start;
        programs[count].size = mods[i].mod_end - mods[i].mod_start;
        count++;
    }
}

int program_count(void)
{
    return count;
}

struct program *program_at(int index)
{
    return &programs[index];
}

struct program *program_find(const char *name)
{
    int i;
    for (i = 0; i < count; i++) {
        if (kstrcmp(programs[i].name, name) == 0)
            return &programs[i];
    }
    return 0;
}

u32 programs_end(void)
{
    return end_address;
}
