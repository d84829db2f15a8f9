/* shell.c: the prompt `ringside$ ` and its commands. Runs in the kernel. */
#include "shell.h"
#include "console.h"
#include "kstring.h"
#include "programs.h"
#include "proc.h"
#include "pit.h"
#include "mm.h"
#include "gdt.h"
#include "idt.h"
#include "trace.h"
#include "options.h"
#include "serial.h"
#include "x86.h"
#include "vm.h"
#include "line_edit.h"
#include "user_map.h"

#define LINE_MAX 256
#define MAX_WORDS (MAX_ARGS + 1)
#define EXIT_PORT 0xF4
#define STATUS_USAGE 2

static const char *help_lines[] = {
    "help              this list",
    "ls                the programs (boot modules) and their default arguments",
    "run NAME [ARGS]   run a program in ring 3 and wait for it",
    "echo [WORDS]      print the words",
    "ticks             timer ticks since boot (100 per second)",
    "limit [SECONDS]   show or set the time limit per program (0: none)",
    "mem               physical memory map (one symbol per page owner)",
    "mem NAME          a program's virtual memory map (loaded, not run)",
    "gdt, idt, tss     dump the descriptor tables and the task state segment",
    "clear             clear the screen",
    "halt              power off (exit port 0)",
    "(up/down arrows recall the last 16 lines; backspace erases)",
    0
};

/* Splits line in place into words; returns the count (at most max). */
static int split_words(char *line, char **words, int max)
{
    int n = 0;
    char *p = line;
    while (*p) {
        while (*p == ' ' || *p == '\t')
            *p++ = 0;
        if (*p == 0)
            break;
        if (n == max)
            return -1;
        words[n++] = p;
        while (*p && *p != ' ' && *p != '\t')
            p++;
    }
    return n;
}

static void power_off(int status)
{
    trace_begin("halt");
    trace_dec("status", status);
    trace_end();
    outl(EXIT_PORT, (u32)status);
    cpu_halt_forever();         /* no exit device (real hardware): just stop */
}

static int cmd_help(void)
{
    int i;
    for (i = 0; help_lines[i] != 0; i++)
        kprintf("  %s\n", help_lines[i]);
    return 0;
}

static int cmd_ls(void)
{
    int i;
    struct program *p;
    for (i = 0; i < program_count(); i++) {
        p = program_at(i);
        kprintf("%-12s %6u bytes  at 0x%08x", p->name, p->size, p->start);
        if (p->default_args[0])
            kprintf("  args: %s", p->default_args);
        kprintf("\n");
    }
    if (program_count() == 0)
        kprintf("no programs (boot modules) were loaded\n");
    return 0;
}

static int cmd_run(char **words, int count)
{
    struct program *program;
    char defaults[PROGRAM_ARGS_MAX];
    char *argv[MAX_WORDS];
    int argc;
    int extra;
    int i;
    if (count < 2) {
        kprintf("usage: run NAME [ARGS...]\n");
        return STATUS_USAGE;
    }
    program = program_find(words[1]);
    if (program == 0) {
        kprintf("run: %s: no such program (try ls)\n", words[1]);
        return STATUS_NOT_FOUND;
    }
    argv[0] = program->name;
    argc = 1;
    if (count > 2) {
        for (i = 2; i < count; i++)
            argv[argc++] = words[i];
    } else {
        kstrlcpy(defaults, program->default_args, PROGRAM_ARGS_MAX);
        extra = split_words(defaults, argv + 1, MAX_ARGS - 1);
        if (extra < 0) {
            kprintf("run: %s: too many default arguments\n", program->name);
            return STATUS_USAGE;
        }
        argc += extra;
    }
    argv[argc] = 0;
    return proc_run(program, argc, argv);
}

/* Ticks as seconds with two decimals ("0.50"). */
static void print_limit(u32 ticks)
{
    if (ticks == 0)
        kprintf("limit: none\n");
    else
        kprintf("limit: %u.%02u s\n", ticks / 100, ticks % 100);
}

static int cmd_limit(char **words, int count)
{
    u32 ticks;
    if (count > 2) {
        kprintf("usage: limit [SECONDS]\n");
        return STATUS_USAGE;
    }
    if (count == 2) {
        if (!parse_seconds_as_ticks(words[1], &ticks)) {
            kprintf("limit: '%s' is not a number of seconds (like 5 or 0.5)\n", words[1]);
            return STATUS_USAGE;
        }
        boot_options.limit_ticks = ticks;
    }
    print_limit(boot_options.limit_ticks);
    return 0;
}

/* mem NAME: builds the program's address space as `run` would, prints it,
 * and frees it again; the program never runs. */
static int cmd_mem(char **words, int count)
{
    struct program *program;
    struct elf_result loaded;
    u32 directory;
    if (count == 1) {
        mm_dump();
        return 0;
    }
    if (count > 2) {
        kprintf("usage: mem [NAME]\n");
        return STATUS_USAGE;
    }
    program = program_find(words[1]);
    if (program == 0) {
        kprintf("mem: %s: no such program (try ls)\n", words[1]);
        return STATUS_NOT_FOUND;
    }
    directory = proc_load_image(program, "mem", &loaded);
    if (directory == 0)
        return STATUS_BAD_IMAGE;
    kprintf("%s: virtual memory as loaded (not run), entry 0x%08x\n", program->name, loaded.entry);
    user_map_print(directory, (loaded.image_end + PAGE_SIZE - 1) & PAGE_MASK);
    vm_destroy(directory);
    return 0;
}

static int cmd_echo(char **words, int count)
{
    int i;
    for (i = 1; i < count; i++)
        kprintf(i > 1 ? " %s" : "%s", words[i]);
    kprintf("\n");
    return 0;
}

int shell_execute(const char *line)
{
    char buffer[LINE_MAX];
    char *words[MAX_WORDS];
    int count;
    kstrlcpy(buffer, line, LINE_MAX);
    count = split_words(buffer, words, MAX_WORDS);
    if (count < 0) {
        kprintf("too many words (at most %d)\n", MAX_WORDS);
        return STATUS_USAGE;
    }
    if (count == 0)
        return 0;
    if (kstrcmp(words[0], "help") == 0)
        return cmd_help();
    if (kstrcmp(words[0], "ls") == 0)
        return cmd_ls();
    if (kstrcmp(words[0], "run") == 0)
        return cmd_run(words, count);
    if (kstrcmp(words[0], "echo") == 0)
        return cmd_echo(words, count);
    if (kstrcmp(words[0], "ticks") == 0) {
        kprintf("%u\n", pit_ticks());
        return 0;
    }
    if (kstrcmp(words[0], "limit") == 0)
        return cmd_limit(words, count);
    if (kstrcmp(words[0], "mem") == 0)
        return cmd_mem(words, count);
    if (kstrcmp(words[0], "gdt") == 0) {
        gdt_dump();
        return 0;
    }
    if (kstrcmp(words[0], "idt") == 0) {
        idt_dump();
        return 0;
    }
    if (kstrcmp(words[0], "tss") == 0) {
        tss_dump();
        return 0;
    }
    if (kstrcmp(words[0], "clear") == 0) {
        kprintf("\033[2J\033[H");
        return 0;
    }
    if (kstrcmp(words[0], "halt") == 0)
        power_off(0);
    kprintf("%s: command not found (try help)\n", words[0]);
    return STATUS_NOT_FOUND;
}

void shell_batch(const char *commands)
{
    char command[LINE_MAX];
    const char *p = commands;
    u32 n;
    int status = 0;
    while (*p) {
        n = 0;
        while (*p && *p != ';') {
            if (n + 1 < LINE_MAX)
                command[n++] = *p;
            p++;
        }
        command[n] = 0;
        if (*p == ';')
            p++;
        status = shell_execute(command);
    }
    power_off(status);
}

void shell_interactive(void)
{
    char line[LINE_MAX];
    int status;
    kprintf("ringside kernel: %d programs, %u KiB free. Type help.\n",
            program_count(), mm_free_count() * 4);
    for (;;) {
        kprintf("ringside$ ");
        line_read(line, LINE_MAX);
        serial_take_interrupt();        /* a Ctrl-C typed at the prompt means nothing */
        status = shell_execute(line);
        if (status != 0)
            kprintf("[status %d]\n", status);
    }
}
