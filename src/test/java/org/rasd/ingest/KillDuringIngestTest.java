package org.rasd.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasd.fixtures.Databases;
import org.rasd.store.Store;

/**
 * kill -9 during an ingest loses no committed article, and resuming gives the same store, ids included, as one clean
 * ingest of the same input.
 */
class KillDuringIngestTest {
    static final int DOCS = 600;

    @TempDir
    Path dir;

    @Test
    @org.junit.jupiter.api.Timeout(600)
    void resumingAfterKillNineGivesTheStoreOfACleanIngest() throws Exception {
        Path input = dir.resolve("in.jsonl");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < DOCS; i++) {
            lines.add("{\"doc_id\":\"d" + i + "\",\"published\":\"2018-07-03\",\"source\":\"Outlet " + (i % 5)
                    + "\",\"text\":\"اشتباكات قرب طفس، التقرير رقم " + i + ".\"}");
        }
        Files.write(input, lines, StandardCharsets.UTF_8);

        String killed = Databases.h2(dir.resolve("killed"));
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), KillIngestChild.class.getName(), killed, input.toString())
                .redirectErrorStream(true).start();
        int seen = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String l; (l = r.readLine()) != null; ) {
                if (l.startsWith("extracted ") && ++seen >= DOCS / 3) {
                    break;
                }
            }
            p.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no clean close of the database
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(seen).as("child output").isGreaterThanOrEqualTo(DOCS / 3);

        long afterKill;
        try (Store s = Store.open(killed)) {
            afterKill = s.counts().articles();
            IngestReport resumed = new Ingestor(s, KillIngestChild.EXTRACTOR, 2).log(null)
                    .ingest(List.of(input.toString()), false);
            assertThat(resumed.failed()).isZero();
            assertThat(resumed.duplicates()).isEqualTo(afterKill);
        }
        assertThat(afterKill).as("articles committed before the kill").isBetween(1L, (long) DOCS - 1);

        String clean = Databases.h2(dir.resolve("clean"));
        try (Store s = Store.open(clean)) {
            new Ingestor(s, KillIngestChild.EXTRACTOR, 2).log(null).ingest(List.of(input.toString()), false);
        }
        for (String q : List.of("SELECT id, doc_id, source, content_hash, event_count FROM articles ORDER BY id",
                "SELECT * FROM events ORDER BY id",
                "SELECT id, event_id, article_id, ordinal, fatalities, event_json FROM event_sources ORDER BY id")) {
            List<String> got = dump(killed, q);
            List<String> want = dump(clean, q);
            int first = 0;
            while (first < Math.min(got.size(), want.size()) && got.get(first).equals(want.get(first))) {
                first++;
            }
            assertThat(first).as(q + ": first difference, after kill at " + afterKill + " articles: "
                    + (first < got.size() ? got.get(first) : "-") + " vs clean "
                    + (first < want.size() ? want.get(first) : "-")).isEqualTo(Math.max(got.size(), want.size()));
        }
        assertThat(dump(clean, "SELECT id FROM articles")).hasSize(DOCS);
    }

    static List<String> dump(String url, String query) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(query)) {
            ResultSetMetaData md = rs.getMetaData();
            while (rs.next()) {
                StringBuilder sb = new StringBuilder();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    String col = md.getColumnLabel(i).toLowerCase();
                    if (col.equals("updated_at") || col.equals("ingested_at")) {
                        continue; // wall-clock times
                    }
                    sb.append(col).append('=').append(rs.getString(i)).append(' ');
                }
                rows.add(sb.toString());
            }
        }
        return rows;
    }
}
