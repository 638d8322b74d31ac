package org.rasd.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code rasd fuzz --n N --seed S}: generated adversarial documents through the {@code extract --in} contract, for
 * runs longer than the build's robustness test. Exit 0 when the contract held and no well-formed document failed.
 */
@Command(name = "fuzz", mixinStandardHelpOptions = true,
        description = {"Run generated adversarial documents through the batch contract of extract --in.",
                "rasd fuzz [--n 20000] [--seed 1] [--threads N] [--keep DIR]"})
public final class FuzzCommand implements Callable<Integer> {
    @Mixin
    DataOption dataOption;

    @Option(names = "--n", defaultValue = "20000", description = "Documents to generate (default 20000).")
    int n;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default 1); same seed, same documents.")
    long seed;

    @Option(names = "--threads", description = "Worker threads (default: available processors).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--max-seconds", defaultValue = "120", description = "Per-document time budget (default 120).")
    long maxSeconds;

    @Option(names = "--keep", paramLabel = "DIR", description = "Keep fuzz.jsonl and out.jsonl in DIR.")
    Path keep;

    @Override
    public Integer call() throws Exception {
        Path dir = keep != null ? Files.createDirectories(keep) : Files.createTempDirectory("rasd-fuzz");
        Path in = dir.resolve("fuzz.jsonl");
        Path out = dir.resolve("out.jsonl");
        List<Fuzz.Line> lines = Fuzz.generate(seed, Math.max(1, n));
        StringBuilder sb = new StringBuilder();
        for (Fuzz.Line l : lines) {
            sb.append(l.json()).append('\n');
        }
        Files.writeString(in, sb, StandardCharsets.UTF_8);
        PrintStream err = System.err;
        long t0 = System.nanoTime();
        int code;
        try {
            // extract's per-line messages would drown the summary: they are in out.jsonl
            System.setErr(new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
            CommandLine cl = new CommandLine(new ExtractCommand());
            String[] args = {"--in", in.toString(), "--out", out.toString(), "--threads", String.valueOf(threads),
                    "--max-seconds", String.valueOf(maxSeconds)};
            code = dataOption.data == null ? cl.execute(args)
                    : cl.execute(concat(args, "--data", dataOption.data.toString()));
        } finally {
            System.setErr(err);
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        Fuzz.Report r = Fuzz.check(lines, Files.readAllLines(out, StandardCharsets.UTF_8));
        System.out.printf("rasd fuzz: seed %d, %s; extract exit %d, %.1f s%n", seed, r, code, secs);
        if (keep == null) {
            Files.deleteIfExists(in);
            Files.deleteIfExists(out);
            Files.deleteIfExists(dir);
        } else {
            System.out.println("rasd fuzz: input and output kept in " + dir);
        }
        return r.contractHeld() && r.failures() == 0 && (code == 0 || code == ExtractCommand.SOME_FAILED)
                ? 0 : ExtractCommand.SOME_FAILED;
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
