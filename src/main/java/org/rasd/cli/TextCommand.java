package org.rasd.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.rasd.text.DateMention;
import org.rasd.text.Document;
import org.rasd.text.NumberMention;
import org.rasd.text.Sentence;
import org.rasd.text.TextPipeline;
import org.rasd.text.Token;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code rasd text FILE [--published D] [--tokens]}: shows what the text stage finds in one article —
 * sentences, counts and dates with their offsets — for debugging the lexicons and rules.
 */
@Command(name = "text", mixinStandardHelpOptions = true,
        description = {"Show the text analysis of one article: sentences, numbers and dates with offsets.",
                "rasd text FILE.txt [--published YYYY-MM-DD] [--tokens]"})
public final class TextCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "A plain-text article (UTF-8).")
    Path file;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "Publication date for relative dates.")
    LocalDate published;

    @Option(names = "--tokens", description = "Also list every token with its lookup stems.")
    boolean tokens;

    @Override
    public Integer call() throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Document d = TextPipeline.analyze(file.getFileName().toString(), text, published);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.printf("# %d tokens, %d sentences, %d numbers, %d dates%n", d.tokens().size(), d.sentences().size(),
                d.numbers().size(), d.dates().size());
        for (Sentence s : d.sentences()) {
            out.printf("S\t%d\t%d\t%d clauses\t%s%n", s.start(), s.end(), s.clauses().size(),
                    oneLine(text.substring(s.start(), s.end())));
        }
        for (NumberMention n : d.numbers()) {
            out.printf("N\t%d\t%d\t%s\t%s\t%s\t%s%n", n.start(), n.end(), n.value(), n.qualifier(), n.noun(),
                    oneLine(text.substring(n.start(), n.end())));
        }
        for (DateMention m : d.dates()) {
            out.printf("D\t%d\t%d\t%s\tp%d\t%s\t%s%n", m.start(), m.end(), m.date(), m.precision(),
                    m.relative() ? "relative" : "absolute", oneLine(text.substring(m.start(), m.end())));
        }
        if (tokens) {
            for (Token t : d.tokens()) {
                out.printf("T\t%d\t%d\t%s\t%s\t%s%n", t.start(), t.end(), t.kind(), oneLine(t.surface()), t.stems());
            }
        }
        return 0;
    }

    private static String oneLine(String s) {
        return s.replace('\n', ' ').replace('\t', ' ');
    }
}
