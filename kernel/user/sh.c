/* sh.c: the ring-3 shell, prompt `ringside$ `.
 *
 * A line is split into words (spaces, tabs) and the operators `|`, `;` and
 * `&`. `;` ends a pipeline, `&` ends one that runs in the background, `|`
 * joins commands into a pipeline. Each pipeline gets its own process group;
 * a foreground one is given the console (tcsetpgrp) and the shell takes it
 * back when the last process is reaped. The shell ignores SIGINT, so Ctrl-C
 * reaches only the foreground job; children get SIG_DFL back before execv,
 * since ignored signals would otherwise survive the exec.
 *
 * `sh` reads lines from fd 0 and prints `[status N]` for a nonzero status;
 * `sh -c CMDS` runs CMDS, prints no status lines and exits with the last
 * pipeline's status. A status is the exit code, or 128 + the signal.
 *
 * Expected: `sh -c "echo hi | wc"` shows "      1       1       3" and
 * exits with status 0; at end of input (Ctrl-D) the interactive shell exits
 * with the last status. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <signal.h>
#include <sys/wait.h>
#include <ringside.h>

#define LINE_MAX 2048           /* as long as the kernel's batch commands */
#define TOKENS_MAX 512
#define ARGS_MAX 16             /* arguments after argv[0], as execv allows */
#define PIPE_MAX 8              /* commands in one pipeline */
#define PIPELINES_MAX 32        /* pipelines on one line */
#define JOBS_MAX 16
#define JOB_NAME_MAX 64

#define STATUS_USAGE 2
#define STATUS_NOT_FOUND 127

/* ---- small output helpers (error messages go to fd 2) ---- */

static void eputs(const char *s)
{
    write(2, s, (int)strlen(s));
}

static void eputs3(const char *a, const char *b, const char *c)
{
    eputs(a);
    eputs(b);
    eputs(c);
}

/* The shell's view of a wait status: exit code, or 128 + signal. */
static int status_of(int wstatus)
{
    if (WIFEXITED(wstatus))
        return WEXITSTATUS(wstatus);
    return 128 + WTERMSIG(wstatus);
}

/* ---- signal names, for kill and the job reports ---- */

struct signame {
    const char *name;
    int number;
};

static const struct signame signames[] = {
    { "INT", SIGINT }, { "ILL", SIGILL }, { "TRAP", SIGTRAP }, { "BUS", SIGBUS },
    { "FPE", SIGFPE }, { "KILL", SIGKILL }, { "SEGV", SIGSEGV }, { "PIPE", SIGPIPE },
    { "TERM", SIGTERM }, { "SYS", SIGSYS }, { 0, 0 }
};

static const char *signal_name(int sig)
{
    int i;
    for (i = 0; signames[i].name; i++)
        if (signames[i].number == sig)
            return signames[i].name;
    return 0;
}

/* A decimal number made only of digits; -1 if s is anything else. */
static int parse_uint(const char *s)
{
    int n = 0;
    if (*s == 0)
        return -1;
    for (; *s; s++) {
        if (*s < '0' || *s > '9' || n > 100000000)
            return -1;
        n = n * 10 + (*s - '0');
    }
    return n;
}

/* "9", "KILL" or "SIGKILL"; -1 if unknown. */
static int parse_signal(const char *s)
{
    int i;
    int n = parse_uint(s);
    if (n >= 1 && n <= 31)
        return n;
    if (strncmp(s, "SIG", 3) == 0)
        s += 3;
    for (i = 0; signames[i].name; i++)
        if (strcmp(signames[i].name, s) == 0)
            return signames[i].number;
    return -1;
}

/* ---- state ---- */

static int interactive;         /* reading lines from fd 0, not `sh -c` */
static int last_status;
static int shell_pgid;

struct job {
    int used;
    int pgid;
    int pids[PIPE_MAX];         /* 0 once reaped */
    int count;
    int left;                   /* processes not reaped yet */
    int status;                 /* the last process's wait status */
    char name[JOB_NAME_MAX];
};

static struct job jobs[JOBS_MAX];

/* ---- the parser: tokens, then pipelines ---- */

enum { TOK_WORD, TOK_PIPE, TOK_SEMI, TOK_AMP, TOK_END };

struct token {
    int kind;
    char *word;
};

struct command {
    char *argv[ARGS_MAX + 2];   /* argv[0], the arguments, the null pointer */
    int argc;
    int program;                /* `run NAME`: a program even if NAME is a builtin */
};

struct pipeline {
    struct command commands[PIPE_MAX];
    int count;
    int background;
};

static char line_copy[LINE_MAX];
static struct token tokens[TOKENS_MAX];
static struct pipeline pipelines[PIPELINES_MAX];

static int is_blank(int c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

static int operator_kind(int c)
{
    if (c == '|')
        return TOK_PIPE;
    if (c == ';')
        return TOK_SEMI;
    if (c == '&')
        return TOK_AMP;
    return -1;
}

static const char *token_text(int kind)
{
    if (kind == TOK_PIPE)
        return "|";
    if (kind == TOK_SEMI)
        return ";";
    if (kind == TOK_AMP)
        return "&";
    return "end of line";
}

/* Splits line_copy in place. Words end at blanks and operators; the
 * operator's kind is recorded before its byte becomes a terminator. */
static int tokenize(void)
{
    char *p = line_copy;
    int n = 0;
    int kind;
    for (;;) {
        while (is_blank(*p))
            *p++ = 0;
        if (*p == 0)
            break;
        if (n == TOKENS_MAX - 1) {
            eputs("sh: line has too many words\n");
            return -1;
        }
        kind = operator_kind(*p);
        if (kind >= 0) {
            tokens[n].kind = kind;
            tokens[n].word = 0;
            n++;
            *p++ = 0;
            continue;
        }
        tokens[n].kind = TOK_WORD;
        tokens[n].word = p;
        n++;
        while (*p && !is_blank(*p) && operator_kind(*p) < 0)
            p++;
    }
    tokens[n].kind = TOK_END;
    tokens[n].word = 0;
    return n;
}

static int syntax_error(int kind)
{
    eputs3("sh: syntax error near '", token_text(kind), "'\n");
    return -1;
}

/* Tokens into pipelines; the whole line is checked before anything runs.
 * Returns the number of pipelines, or -1 (message printed). */
static int parse(void)
{
    int t = 0;
    int count = 0;
    struct pipeline *pl;
    struct command *cmd;
    while (tokens[t].kind != TOK_END) {
        if (tokens[t].kind == TOK_SEMI) {       /* an empty command: nothing to run */
            t++;
            continue;
        }
        if (tokens[t].kind != TOK_WORD)
            return syntax_error(tokens[t].kind);
        if (count == PIPELINES_MAX) {
            eputs("sh: too many commands on one line\n");
            return -1;
        }
        pl = &pipelines[count++];
        pl->count = 0;
        pl->background = 0;
        for (;;) {
            if (pl->count == PIPE_MAX) {
                eputs("sh: too many commands in one pipeline\n");
                return -1;
            }
            cmd = &pl->commands[pl->count++];
            cmd->argc = 0;
            while (tokens[t].kind == TOK_WORD) {
                if (cmd->argc == ARGS_MAX + 1) {
                    eputs("sh: too many arguments (at most 16)\n");
                    return -1;
                }
                cmd->argv[cmd->argc++] = tokens[t++].word;
            }
            cmd->argv[cmd->argc] = 0;
            if (tokens[t].kind != TOK_PIPE)
                break;
            t++;
            if (tokens[t].kind != TOK_WORD)
                return syntax_error(tokens[t].kind);
        }
        if (tokens[t].kind == TOK_AMP) {
            pl->background = 1;
            t++;
        } else if (tokens[t].kind == TOK_SEMI) {
            t++;
        }
    }
    return count;
}

/* `run NAME ARGS` is `NAME ARGS` (the old shell's spelling, and what
 * `ringside run` sends), except that NAME is always a program: a user's
 * echo.c must not turn into the echo builtin. */
static void drop_run_prefix(struct command *cmd)
{
    int i;
    cmd->program = 0;
    if (cmd->argc >= 2 && strcmp(cmd->argv[0], "run") == 0) {
        cmd->program = 1;
        for (i = 0; i < cmd->argc; i++)
            cmd->argv[i] = cmd->argv[i + 1];
        cmd->argc--;
    }
}

/* ---- jobs ---- */

static void append_name(char *name, const char *s)
{
    int room = JOB_NAME_MAX - 1 - (int)strlen(name);
    if (room > 0)
        strncat(name, s, room);
}

static void pipeline_name(struct pipeline *pl, char *name)
{
    int c;
    int i;
    name[0] = 0;
    for (c = 0; c < pl->count; c++) {
        if (c > 0)
            append_name(name, " | ");
        for (i = 0; i < pl->commands[c].argc; i++) {
            if (i > 0)
                append_name(name, " ");
            append_name(name, pl->commands[c].argv[i]);
        }
    }
}

static void report_job(int n, struct job *job)
{
    int st = job->status;
    const char *sig;
    if (WIFEXITED(st)) {
        if (WEXITSTATUS(st) == 0)
            printf("[%d] done %s\n", n + 1, job->name);
        else
            printf("[%d] exit %d %s\n", n + 1, WEXITSTATUS(st), job->name);
        return;
    }
    sig = signal_name(WTERMSIG(st));
    if (sig)
        printf("[%d] killed SIG%s %s\n", n + 1, sig, job->name);
    else
        printf("[%d] killed signal %d %s\n", n + 1, WTERMSIG(st), job->name);
}

/* A job is over when the shell has reaped every process it started for it;
 * whatever those left behind in the job's process group (children that
 * outlived their parent and went to init, asleep on a pipe, say) ends with
 * it, as a terminal's hangup ends a session. Without this they would hold
 * process-table slots forever: the time limit counts only CPU time. */
static void end_job_group(int pgid)
{
    if (pgid > 0 && pgid != shell_pgid)
        kill(-pgid, SIGKILL);
}

/* Records a reaped background process; a job whose last process is gone is
 * reported (when asked) and freed. Returns 1 if pid belonged to a job. */
static int job_reaped(int pid, int wstatus, int report)
{
    int j;
    int i;
    struct job *job;
    for (j = 0; j < JOBS_MAX; j++) {
        job = &jobs[j];
        if (!job->used)
            continue;
        for (i = 0; i < job->count; i++) {
            if (job->pids[i] != pid)
                continue;
            job->pids[i] = 0;
            if (i == job->count - 1)
                job->status = wstatus;
            job->left--;
            if (job->left == 0) {
                end_job_group(job->pgid);
                if (report)
                    report_job(j, job);
                job->used = 0;
            }
            return 1;
        }
    }
    return 0;
}

/* Reaps every finished background process without blocking. */
static void reap_background(int report)
{
    int pid;
    int wstatus;
    for (;;) {
        pid = waitpid(-1, &wstatus, WNOHANG);
        if (pid <= 0)
            return;
        job_reaped(pid, wstatus, report);
    }
}

static int new_job(int pgid, int *pids, int count, struct pipeline *pl)
{
    int j;
    int i;
    for (j = 0; j < JOBS_MAX; j++) {
        if (jobs[j].used)
            continue;
        jobs[j].used = 1;
        jobs[j].pgid = pgid;
        jobs[j].count = count;
        jobs[j].left = count;
        jobs[j].status = 0;
        for (i = 0; i < count; i++)
            jobs[j].pids[i] = pids[i];
        pipeline_name(pl, jobs[j].name);
        return j;
    }
    return -1;
}

/* "%N" names job N's process group (as -pgid); else a pid. 0 if neither. */
static int parse_target(const char *s)
{
    int n;
    int negative = 0;
    if (s[0] == '%') {
        n = parse_uint(s + 1);
        if (n < 1 || n > JOBS_MAX || !jobs[n - 1].used)
            return 0;
        return -jobs[n - 1].pgid;
    }
    if (s[0] == '-') {
        negative = 1;
        s++;
    }
    n = parse_uint(s);
    if (n <= 0)
        return 0;
    return negative ? -n : n;
}

/* ---- builtins ---- */

struct builtin {
    const char *name;
    int (*run)(int argc, char **argv);
    const char *usage;
};

static const struct builtin builtins[];

static int bi_help(int argc, char **argv)
{
    int i;
    printf("builtins:\n");
    for (i = 0; builtins[i].name; i++)
        if (builtins[i].usage)
            printf("  %s\n", builtins[i].usage);
    printf("programs (ls lists them all):\n");
    printf("  NAME [ARGS]       run a program; `run NAME [ARGS]` also works\n");
    printf("  ps                the processes: pid, parent, state, CPU ticks, name\n");
    printf("  cat, wc, head N   copy, count and cut standard input\n");
    printf("syntax: A | B | C pipes, A; B one after the other, A & in the background\n");
    printf("keys: Ctrl-C stops the foreground job, Ctrl-D at line start ends input,\n");
    printf("      up/down arrows recall the last 16 lines\n");
    return 0;
}

/* kdump's result as a status: 0, or for `mem NAME` the kernel's 127 (no such
 * program) or 126 (refused image), whose message the kernel has printed. */
static int kdump_status(const char *what, const char *arg)
{
    int r = kdump(what, arg);
    return r < 0 ? 1 : r;
}

static int bi_ls(int argc, char **argv)
{
    return kdump_status("ls", 0);
}

static int bi_mem(int argc, char **argv)
{
    if (argc > 2) {
        eputs("usage: mem [NAME]\n");
        return STATUS_USAGE;
    }
    return kdump_status("mem", argc == 2 ? argv[1] : 0);
}

static int bi_gdt(int argc, char **argv)
{
    return kdump_status("gdt", 0);
}

static int bi_idt(int argc, char **argv)
{
    return kdump_status("idt", 0);
}

static int bi_tss(int argc, char **argv)
{
    return kdump_status("tss", 0);
}

static int bi_echo(int argc, char **argv)
{
    int i;
    for (i = 1; i < argc; i++)
        printf(i > 1 ? " %s" : "%s", argv[i]);
    printf("\n");
    return 0;
}

static int bi_ticks(int argc, char **argv)
{
    printf("%u\n", (unsigned)ticks());
    return 0;
}

static int bi_clear(int argc, char **argv)
{
    printf("\033[2J\033[H");
    return 0;
}

#define LIMIT_MAX_TICKS 2147483647      /* limit() takes an int; -1 means "read" */

/* "5", "0.5", "2.25": seconds as ticks (two decimals count; a nonzero time
 * shorter than a tick is one tick, not "none"); -1 if malformed, -2 if the
 * ticks do not fit. */
static int parse_seconds(const char *s)
{
    unsigned whole = 0;
    unsigned hundredths = 0;
    int digits = 0;
    int decimals = 0;
    int nonzero = 0;
    for (; *s >= '0' && *s <= '9'; s++, digits++) {
        if (whole > LIMIT_MAX_TICKS / 100)
            return -2;
        whole = whole * 10 + (unsigned)(*s - '0');
        nonzero = nonzero || *s != '0';
    }
    if (*s == '.') {
        for (s++; *s >= '0' && *s <= '9'; s++, decimals++, digits++) {
            nonzero = nonzero || *s != '0';
            if (decimals < 2)
                hundredths = hundredths * 10 + (unsigned)(*s - '0');
        }
        if (decimals == 1)
            hundredths *= 10;
    }
    if (*s != 0 || digits == 0)
        return -1;
    if (whole > LIMIT_MAX_TICKS / 100 || whole * 100 > LIMIT_MAX_TICKS - hundredths)
        return -2;
    if (whole == 0 && hundredths == 0 && nonzero)
        return 1;
    return (int)(whole * 100 + hundredths);
}

static void print_limit(int t)
{
    if (t == 0)
        printf("limit: none\n");
    else
        printf("limit: %u.%02u s\n", (unsigned)t / 100, (unsigned)t % 100);
}

static int bi_limit(int argc, char **argv)
{
    int t;
    if (argc > 2) {
        eputs("usage: limit [SECONDS]\n");
        return STATUS_USAGE;
    }
    if (argc == 2) {
        t = parse_seconds(argv[1]);
        if (t == -2) {
            eputs3("limit: '", argv[1], "' is too large (at most 21474836.47 s)\n");
            return STATUS_USAGE;
        }
        if (t < 0) {
            eputs3("limit: '", argv[1], "' is not a number of seconds (like 5 or 0.5)\n");
            return STATUS_USAGE;
        }
        if (limit(t) < 0) {
            eputs("limit: refused by the kernel\n");
            return 1;
        }
    }
    print_limit(limit(-1));
    return 0;
}

static int bi_jobs(int argc, char **argv)
{
    int j;
    reap_background(1);
    for (j = 0; j < JOBS_MAX; j++)
        if (jobs[j].used)
            printf("[%d] %d running %s\n", j + 1, jobs[j].pgid, jobs[j].name);
    return 0;
}

static int bi_kill(int argc, char **argv)
{
    int sig = SIGTERM;
    int target;
    int a = 1;
    if (argc == 3 && argv[1][0] == '-') {
        sig = parse_signal(argv[1] + 1);
        if (sig < 0) {
            eputs3("kill: ", argv[1], ": unknown signal (try -KILL, -INT, -TERM or a number)\n");
            return STATUS_USAGE;
        }
        a = 2;
    }
    if (argc != a + 1) {
        eputs("usage: kill [-SIG] PID|-PGID|%JOB\n");
        return STATUS_USAGE;
    }
    target = parse_target(argv[a]);
    if (target == 0) {
        eputs3("kill: ", argv[a], ": not a pid or a job\n");
        return STATUS_USAGE;
    }
    if (kill(target, sig) < 0) {
        eputs3("kill: ", argv[a], ": no such process\n");
        return 1;
    }
    return 0;
}

/* wait: every background job; wait PID: that one, with its status. */
static int bi_wait(int argc, char **argv)
{
    int pid;
    int wstatus;
    int got;
    if (argc > 2) {
        eputs("usage: wait [PID]\n");
        return STATUS_USAGE;
    }
    if (argc == 1) {
        while ((got = waitpid(-1, &wstatus, 0)) > 0)
            job_reaped(got, wstatus, 1);
        return 0;
    }
    pid = parse_uint(argv[1]);
    if (pid <= 0) {
        eputs3("wait: ", argv[1], ": not a pid\n");
        return STATUS_USAGE;
    }
    if (waitpid(pid, &wstatus, 0) != pid) {
        eputs3("wait: ", argv[1], ": not a child of this shell\n");
        return STATUS_NOT_FOUND;
    }
    job_reaped(pid, wstatus, 1);
    return status_of(wstatus);
}

static int number_or_usage(int argc, char **argv, const char *usage, int otherwise)
{
    int n;
    if (argc > 2) {
        eputs(usage);
        return -1;
    }
    if (argc == 1)
        return otherwise;
    n = parse_uint(argv[1]);
    if (n < 0 || n > 255) {
        eputs3(argv[0], ": ", "the status is a number from 0 to 255\n");
        return -1;
    }
    return n;
}

static int bi_exit(int argc, char **argv)
{
    int n = number_or_usage(argc, argv, "usage: exit [N]\n", last_status);
    if (n < 0)
        return STATUS_USAGE;
    exit(n);
    return n;
}

static int bi_halt(int argc, char **argv)
{
    int n = number_or_usage(argc, argv, "usage: halt [N]\n", 0);
    if (n < 0)
        return STATUS_USAGE;
    halt(n);
    eputs("halt: only init and its children may power off\n");
    return 1;
}

static const struct builtin builtins[] = {
    { "help", bi_help, "help              this list" },
    { "ls", bi_ls, "ls                the programs (boot modules) and their default arguments" },
    { "echo", bi_echo, "echo [WORDS]      print the words" },
    { "ticks", bi_ticks, "ticks             timer ticks since boot (100 per second)" },
    { "limit", bi_limit, "limit [SECONDS]   show or set the CPU-time limit per program (0: none)" },
    { "mem", bi_mem, "mem [NAME]        physical memory map, or a program's virtual map" },
    { "gdt", bi_gdt, "gdt, idt, tss     dump the descriptor tables and the task state segment" },
    { "idt", bi_idt, 0 },
    { "tss", bi_tss, 0 },
    { "clear", bi_clear, "clear             clear the screen" },
    { "jobs", bi_jobs, "jobs              the background jobs" },
    { "kill", bi_kill, "kill [-SIG] PID   send a signal (default TERM; -KILL, -INT, -9...; %N: job N)" },
    { "wait", bi_wait, "wait [PID]        wait for a background process, or for all of them" },
    { "exit", bi_exit, "exit [N]          leave the shell" },
    { "halt", bi_halt, "halt [N]          power off with status N" },
    { 0, 0, 0 }
};

static const struct builtin *find_builtin(const char *name)
{
    int i;
    for (i = 0; builtins[i].name; i++)
        if (strcmp(builtins[i].name, name) == 0)
            return &builtins[i];
    return 0;
}

/* ---- running pipelines ---- */

/* A command in a child process: a builtin runs here, a program replaces
 * the process. Never returns. */
static void run_in_child(struct command *cmd)
{
    const struct builtin *b;
    if (cmd->argc == 0 || strcmp(cmd->argv[0], "run") == 0) {
        eputs("usage: run NAME [ARGS...]\n");
        exit(STATUS_USAGE);
    }
    b = cmd->program ? 0 : find_builtin(cmd->argv[0]);
    if (b)
        exit(b->run(cmd->argc, cmd->argv));
    if (execv(cmd->argv[0], cmd->argv) == EXEC_REFUSED)
        exit(126);              /* the kernel said why: "execv: NAME: reason" */
    eputs3(cmd->argv[0], ": no such program (try ls)", "\n");
    exit(STATUS_NOT_FOUND);
}

/* A background job must not compete with the shell for console lines (there
 * is no SIGTTIN to stop it), so its stdin is an empty pipe, at end of file at
 * once: POSIX's /dev/null for asynchronous lists. */
static void stdin_at_eof(void)
{
    int p[2];
    if (pipe(p) < 0)
        return;
    close(p[1]);
    dup2(p[0], 0);
    close(p[0]);
}

/* Waits for a foreground pipeline's processes; the status is the last one's. */
static int wait_foreground(int *pids, int count)
{
    int i;
    int wstatus = 0;
    int last = 0;
    for (i = 0; i < count; i++) {
        if (waitpid(pids[i], &wstatus, 0) == pids[i] && i == count - 1)
            last = wstatus;
    }
    return status_of(last);
}

static int run_pipeline(struct pipeline *pl)
{
    int pids[PIPE_MAX];
    int fds[2];
    int started = 0;
    int prev_read = -1;
    int pgid = 0;
    int pid;
    int i;
    int last;
    int j;
    const struct builtin *b;

    for (i = 0; i < pl->count; i++)
        drop_run_prefix(&pl->commands[i]);

    /* A lone foreground builtin runs in the shell itself (exit, wait, limit...). */
    if (pl->count == 1 && !pl->background) {
        b = pl->commands[0].program ? 0 : find_builtin(pl->commands[0].argv[0]);
        if (b)
            return b->run(pl->commands[0].argc, pl->commands[0].argv);
    }

    for (i = 0; i < pl->count; i++) {
        last = i == pl->count - 1;
        if (!last && pipe(fds) < 0) {
            eputs("sh: pipe failed (out of file descriptors?)\n");
            break;
        }
        pid = fork();
        if (pid < 0) {
            eputs("sh: fork failed (process table full?)\n");
            if (!last) {
                close(fds[0]);
                close(fds[1]);
            }
            break;
        }
        if (pid == 0) {
            /* Both sides set the group, so neither order of running races. */
            setpgid(0, pgid);
            if (!pl->background)
                tcsetpgrp(0, pgid ? pgid : getpid());
            signal(SIGINT, SIG_DFL);
            if (pl->background && i == 0)
                stdin_at_eof();
            if (prev_read >= 0) {
                dup2(prev_read, 0);
                close(prev_read);
            }
            if (!last) {
                close(fds[0]);
                dup2(fds[1], 1);
                close(fds[1]);
            }
            run_in_child(&pl->commands[i]);
        }
        if (pgid == 0)
            pgid = pid;
        setpgid(pid, pgid);
        pids[started++] = pid;
        if (prev_read >= 0)
            close(prev_read);
        prev_read = -1;
        if (!last) {
            close(fds[1]);
            prev_read = fds[0];
        }
    }
    if (prev_read >= 0)
        close(prev_read);
    if (started == 0)
        return 1;
    if (started < pl->count) {
        /* A broken pipeline: the started part reads or writes a closed pipe
         * and ends; wait for it in the foreground, the status is a failure. */
        if (!pl->background)
            tcsetpgrp(0, pgid);
        wait_foreground(pids, started);
        end_job_group(pgid);
        tcsetpgrp(0, shell_pgid);
        return 1;
    }
    if (pl->background) {
        j = new_job(pgid, pids, started, pl);
        if (j < 0) {
            eputs("sh: too many jobs; this one is not tracked\n");
            return 0;
        }
        if (interactive)
            printf("[%d] %d\n", j + 1, pids[started - 1]);
        return 0;
    }
    tcsetpgrp(0, pgid);
    last = wait_foreground(pids, started);
    end_job_group(pgid);
    tcsetpgrp(0, shell_pgid);
    return last;
}

/* Runs one line; returns the status of its last pipeline. */
static int run_line(const char *line)
{
    int count;
    int i;
    strncpy(line_copy, line, LINE_MAX - 1);
    line_copy[LINE_MAX - 1] = 0;
    if (tokenize() < 0)
        return last_status = STATUS_USAGE;
    count = parse();
    if (count < 0)
        return last_status = STATUS_USAGE;
    if (count == 0)
        return 0;               /* an empty line: nothing to report, $? kept */
    for (i = 0; i < count; i++) {
        if (!interactive)
            reap_background(0);
        last_status = run_pipeline(&pipelines[i]);
    }
    return last_status;
}

/* ---- reading lines from fd 0 ---- */

static char inbuf[256];
static int inlen;
static int too_long;            /* dropping a line longer than inbuf */

/* One line without its newline, into line (max bytes with the NUL; inbuf
 * is smaller). A line too long for inbuf is dropped whole, rather than run
 * cut. -1 at end of input. */
static int read_line(char *line, int max)
{
    int i;
    int n;
    int got;
    for (;;) {
        for (i = 0; i < inlen && inbuf[i] != '\n'; i++)
            ;
        if (i < inlen) {
            for (n = 0; n < i && n < max - 1; n++)
                line[n] = inbuf[n];
            line[n] = 0;
            memmove(inbuf, inbuf + i + 1, inlen - i - 1);
            inlen -= i + 1;
            if (!too_long)
                return n;
            too_long = 0;
            eputs("sh: line too long, ignored\n");
            line[0] = 0;
            return 0;
        }
        if (inlen == (int)sizeof(inbuf)) {
            too_long = 1;
            inlen = 0;
        }
        got = read(0, inbuf + inlen, (int)sizeof(inbuf) - inlen);
        if (got <= 0) {
            if (inlen == 0 && !too_long)
                return -1;
            inbuf[inlen++] = '\n';      /* a last line without a newline */
            continue;
        }
        inlen += got;
    }
}

int main(int argc, char **argv)
{
    static char line[LINE_MAX];
    int status;

    /* Own process group, and the console, so that jobs can be given it and
     * taken back; Ctrl-C is for the foreground job, not for the shell. */
    setpgid(0, 0);
    shell_pgid = getpgrp();
    tcsetpgrp(0, shell_pgid);
    signal(SIGINT, SIG_IGN);

    if (argc >= 2 && strcmp(argv[1], "-c") == 0) {
        if (argc != 3) {
            eputs("usage: sh [-c COMMANDS]\n");
            return STATUS_USAGE;
        }
        return run_line(argv[2]);
    }
    if (argc != 1) {
        eputs("usage: sh [-c COMMANDS]\n");
        return STATUS_USAGE;
    }
    interactive = 1;
    for (;;) {
        reap_background(1);
        printf("ringside$ ");
        if (read_line(line, LINE_MAX) < 0)
            break;
        status = run_line(line);
        if (status != 0)
            printf("[status %d]\n", status);
    }
    return last_status;
}
