package org.rasd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServeCommandTest {
    @Test
    void aTokenOnTheCommandLineWarnsThatItShowsInPs() {
        // an unreachable store ends the command right after the option checks
        Cli.Run r = Cli.run("serve", "--token", "secret", "--db", "jdbc:nosuchdriver:x", "--port", "0");
        assertThat(r.err()).contains("--token is visible to other users").contains("RASD_API_TOKEN");
        assertThat(r.code()).isEqualTo(Main.FAILED);
    }

    @Test
    void noWarningWithoutTheOption() {
        Cli.Run r = Cli.run("serve", "--db", "jdbc:nosuchdriver:x", "--port", "0");
        assertThat(r.err()).doesNotContain("visible to other users");
    }
}
