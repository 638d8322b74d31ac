package org.rasd.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code rasd}: the command line. Each verb is a sibling command class holding no pipeline logic. */
@Command(name = "rasd", mixinStandardHelpOptions = true, version = "rasd 0.1.0",
        description = "Conflict events from Arabic news, coded ACLED-style with evidence spans.")
public final class Main implements Runnable {
    /** The verbs, in the order help lists them. */
    static final java.util.List<Class<?>> COMMANDS = java.util.List.of(ExtractCommand.class, DemoCommand.class,
            EvalCommand.class, IngestCommand.class, ServeCommand.class, GazetteerCommand.class, DataCommand.class,
            BenchCommand.class, LoadCommand.class, FuzzCommand.class, TextCommand.class, AuditCommand.class,
            TrainCommand.class, UserCommand.class, ReviewCommand.class, CommandLine.HelpCommand.class);

    /** Exit code for usage errors (picocli's default is 2 as well). */
    public static final int USAGE = 2;
    /** Exit code for a run that failed (I/O error, unreadable store, ...): a one-line message on stderr. */
    public static final int FAILED = 1;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        // picocli builds a command's model by reflection: when the first argument names a verb (other than help),
        // only that verb is registered, which takes a fifth off the start-up of `rasd extract FILE`
        Class<?> only = args.length > 0 ? verb(args[0]) : null;
        for (Class<?> c : COMMANDS) {
            if (only == null || c == only) {
                cl.addSubcommand(c);
            }
        }
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            boolean debug = "1".equals(System.getenv("RASD_DEBUG"));
            System.err.println("rasd " + cmd.getCommandName() + ": " + oneLine(e)
                    + (debug ? "" : " (RASD_DEBUG=1 shows the stack trace)"));
            if (debug) {
                e.printStackTrace(System.err);
            }
            return FAILED;
        });
        return cl.execute(args);
    }

    /** The command class whose name or alias is {@code arg}; null for help, an option or an unknown word. */
    static Class<?> verb(String arg) {
        for (Class<?> c : COMMANDS) {
            Command a = c.getAnnotation(Command.class);
            if (c != CommandLine.HelpCommand.class
                    && (a.name().equals(arg) || java.util.Arrays.asList(a.aliases()).contains(arg))) {
                return c;
            }
        }
        return null;
    }

    /** The message of a failure on one line, with the cause when it says more. */
    static String oneLine(Throwable e) {
        Throwable t = e;
        while ((t instanceof java.io.UncheckedIOException || t instanceof java.util.concurrent.ExecutionException
                || t.getClass() == RuntimeException.class) && t.getCause() != null) {
            t = t.getCause();
        }
        String m = t.getMessage() == null || t.getMessage().isBlank() ? t.getClass().getSimpleName()
                : t instanceof java.io.IOException || t instanceof IllegalArgumentException
                || t instanceof IllegalStateException ? t.getMessage() : t.getClass().getSimpleName() + ": " + t.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.err);
    }
}
