/* options.c: parses "[ring0] [flat] [nocheck] [limit=SECONDS] [-- cmd; cmd]". */
#include "options.h"
#include "kstring.h"
#include "console.h"

struct boot_options boot_options;

static int is_space(int c)
{
    return c == ' ' || c == '\t';
}

/* Loaders put the kernel's own path first (QEMU: "build/kernel.elf"). */
static int looks_like_kernel_path(const char *word)
{
    u32 n = kstrlen(word);
    const char *p = word;
    while (*p) {
        if (*p == '/')
            return 1;
        p++;
    }
    return n > 4 && kstrcmp(word + n - 4, ".elf") == 0;
}

static void apply_option(const char *word)
{
    u32 value;
    if (kstrcmp(word, "ring0") == 0)
        boot_options.ring0 = 1;
    else if (kstrcmp(word, "flat") == 0)
        boot_options.flat = 1;
    else if (kstrcmp(word, "nocheck") == 0)
        boot_options.nocheck = 1;
    else if (kstrncmp(word, "limit=", 6) == 0 && kparse_uint(word + 6, &value))
        boot_options.limit_seconds = value;
    else
        kprintf("boot: unknown option '%s' ignored\n", word);
}

void options_parse(const char *cmdline)
{
    char word[64];
    u32 n;
    u32 text_len = 0;
    const char *p = cmdline;
    kmemset(&boot_options, 0, sizeof(boot_options));
        for (;;) {
        while (is_space(*p))
            p++;
        if (*p == 0)
            break;
        if (p[0] == '-' && p[1] == '-' && (p[2] == 0 || is_space(p[2]))) {
            boot_options.batch = 1;
            kstrlcpy(boot_options.commands, p[2] ? p + 3 : p + 2, COMMANDS_MAX);
            break;
        }
        n = 0;
        while (*p && !is_space(*p)) {
            if (n + 1 < sizeof(word))
                word[n++] = *p;
            p++;
        }
        word[n] = 0;
        if (looks_like_kernel_path(word))
            continue;
        apply_option(word);
        if (text_len + n + 2 < OPTIONS_TEXT_MAX) {
            if (text_len > 0)
                boot_options.text[text_len++] = ' ';
            kmemcpy(boot_options.text + text_len, word, n);
            text_len += n;
            boot_options.text[text_len] = 0;
        }
    }
}
