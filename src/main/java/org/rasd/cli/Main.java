package org.rasd.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code rasd}: the command line. Each verb is a sibling command class holding no pipeline logic. */
@Command(name = "rasd", mixinStandardHelpOptions = true, version = "rasd 0.1.0",
        description = "Conflict events from Arabic news, coded ACLED-style with evidence spans.",
        subcommands = {ExtractCommand.class, DemoCommand.class, EvalCommand.class, IngestCommand.class, ServeCommand.class,
                GazetteerCommand.class, DataCommand.class, BenchCommand.class, TextCommand.class, AuditCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    /** Exit code for usage errors (picocli's default is 2 as well). */
    public static final int USAGE = 2;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExitCodeExceptionMapper(e -> USAGE);
        return cl.execute(args);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.err);
    }
}
