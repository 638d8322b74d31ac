package org.rasd.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rasd.eval.Scorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rasd eval GOLD.jsonl PRED.jsonl [--per-doc] [--json]}: the Java port of
 * {@code ../shared/eval/score.py}, same figures, same printout. Exit 0, 1 on a malformed input line
 * (named by file and line), 2 on usage errors.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Score predicted events against gold annotations (same figures and output as score.py).",
                "GOLD: {\"doc_id\", \"published\", \"events\"} a line; PRED: {\"doc_id\", \"events\"} a line "
                        + "(rasd extract's output)."})
public final class EvalCommand implements Callable<Integer> {
    public static final int BAD_INPUT = 1;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "GOLD.jsonl", description = "Gold annotations.")
    Path gold;

    @Parameters(index = "1", paramLabel = "PRED.jsonl", description = "Predictions.")
    Path pred;

    @Option(names = "--per-doc", description = "First print doc_id, tp, fp, fn for each gold document.")
    boolean perDoc;

    @Option(names = "--json", description = "Print the figures as one JSON object.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        for (Path p : new Path[] {gold, pred}) {
            if (!Files.isReadable(p) || Files.isDirectory(p)) {
                throw new ParameterException(spec.commandLine(), "cannot read " + p);
            }
        }
        Scorer.Result r;
        try {
            r = Scorer.score(gold, pred);
        } catch (Scorer.BadInput e) {
            System.err.println("rasd eval: " + e.getMessage());
            return BAD_INPUT;
        }
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        if (perDoc) {
            out.print(r.formatPerDoc());
        }
        if (json) {
            out.println(r.toJson());
        } else {
            out.print(r.format());
        }
        out.flush();
        return 0;
    }
}
