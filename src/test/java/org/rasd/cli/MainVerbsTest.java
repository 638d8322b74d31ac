package org.rasd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link Main} registers only the invoked verb, and every verb when none is named. */
class MainVerbsTest {
    @Test
    void theFirstArgumentPicksItsVerbAndHelpOptionsAndUnknownWordsGetAll() {
        assertThat(Main.verb("extract")).isEqualTo(ExtractCommand.class);
        assertThat(Main.verb("serve")).isEqualTo(ServeCommand.class);
        assertThat(Main.verb("help")).isNull();
        assertThat(Main.verb("--help")).isNull();
        assertThat(Main.verb("extrakt")).isNull();
    }

    @Test
    void helpStillListsEveryVerbAndAVerbsOwnHelpWorks() {
        Cli.Run all = Cli.run("--help");
        assertThat(all.code()).isZero();
        for (String v : new String[] {"extract", "demo", "eval", "ingest", "serve", "gazetteer", "data", "bench", "load",
            "fuzz", "text", "audit", "train", "user", "review", "help"}) {
            assertThat(all.out() + all.err()).contains("  " + v + " ");
        }
        Cli.Run one = Cli.run("extract", "--help");
        assertThat(one.code()).isZero();
        assertThat(one.out() + one.err()).contains("Usage: rasd extract");
        Cli.Run viaHelp = Cli.run("help", "extract");
        assertThat(viaHelp.code()).isZero();
        assertThat(viaHelp.out() + viaHelp.err()).contains("Usage: rasd extract");
        assertThat(Cli.run("extrakt").code()).isEqualTo(Main.USAGE);
    }
}
