package org.rasd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasd.fixtures.Daraa;
import org.rasd.fixtures.Databases;
import org.rasd.serve.Server;
import org.rasd.store.Store;

/** The load client against a real server for a second: counts, no errors (no timing is asserted). */
class LoadCommandTest {
    @TempDir
    Path dir;

    @Test
    void closedAndOpenLoopRunsAnswerEveryRequest() throws Exception {
        try (Store store = Store.open(Databases.h2(dir))) {
            store.add(Daraa.articleA(), Daraa.eventsA());
            Server server = Server.start(store, null, Server.Options.local(0));
            try {
                URI uri = URI.create(server.url() + "api/events?limit=20");
                LoadCommand.Result closed = LoadCommand.closedLoop(uri, 4, 1);
                assertThat(closed.requests()).isPositive();
                assertThat(closed.errors()).isZero();
                assertThat(closed.p99Ms()).isGreaterThanOrEqualTo(closed.p50Ms());
                LoadCommand.Result open = LoadCommand.openLoop(uri, 50, 1);
                assertThat(open.requests()).isEqualTo(50);
                assertThat(open.errors()).isZero();
            } finally {
                server.close();
            }
        }
    }

    @Test
    void refusesAHostThatIsNotLoopback() {
        Cli.Run r = Cli.run("load", "--url", "http://192.0.2.1:8080/api/events", "--seconds", "1");
        assertThat(r.code()).isEqualTo(Main.USAGE);
        assertThat(r.err()).contains("loopback");
        assertThat(List.of(r.code())).isNotEmpty();
    }
}
