/* options.c: parses "[ring0] [flat] [nocheck] [shared] [noecho] [limit=SECONDS] [-- cmd; cmd]".
 * SECONDS may have a fraction (limit=0.5); the limit counts timer ticks;
 * limit=0 turns it off. Without the option a program gets 5 seconds. */
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

/* "3", "0.5", "2.25" -> timer ticks (1/100 s); at most two decimals count,
 * but a nonzero time shorter than a tick ("0.001") is one tick, not "no limit". */
int parse_seconds_as_ticks(const char *s, u32 *ticks)
{
    u32 whole = 0;
    u32 hundredths = 0;
    u32 scale = 10;
    int digits = 0;
    int nonzero = 0;
    while (*s >= '0' && *s <= '9') {
        if (whole > 10000000)
            return 0;
        whole = whole * 10 + (u32)(*s - '0');
        nonzero = nonzero || *s != '0';
        s++;
        digits++;
    }
    if (*s == '.') {
        s++;
        while (*s >= '0' && *s <= '9') {
            hundredths = hundredths + (u32)(*s - '0') * scale;
            scale = scale / 10;
            nonzero = nonzero || *s != '0';
            s++;
            digits++;
        }
    }
    if (*s != 0 || digits == 0)
        return 0;
    *ticks = whole * 100 + hundredths;
    if (*ticks == 0 && nonzero)
        *ticks = 1;
    return 1;
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
    else if (kstrcmp(word, "shared") == 0)
        boot_options.shared = 1;
    else if (kstrcmp(word, "noecho") == 0)
        boot_options.noecho = 1;
    else if (kstrncmp(word, "limit=", 6) == 0 && parse_seconds_as_ticks(word + 6, &value))
        boot_options.limit_ticks = value;
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
    boot_options.limit_ticks = DEFAULT_LIMIT_TICKS;
    for (;;) {
        while (is_space(*p))
            p++;
        if (*p == 0)
            break;
        if (p[0] == '-' && p[1] == '-' && (p[2] == 0 || is_space(p[2]))) {
            boot_options.batch = 1;
            p = p[2] ? p + 3 : p + 2;
            if (kstrlen(p) >= COMMANDS_MAX)
                kprintf("boot: commands longer than %d characters are cut short\n", COMMANDS_MAX - 1);
            kstrlcpy(boot_options.commands, p, COMMANDS_MAX);
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
