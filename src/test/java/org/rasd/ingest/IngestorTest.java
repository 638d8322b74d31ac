package org.rasd.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasd.fixtures.Daraa;
import org.rasd.fixtures.Databases;
import org.rasd.model.Article;
import org.rasd.model.Event;
import org.rasd.model.ExtractionResult;
import org.rasd.store.Store;
import org.rasd.store.Views;

class IngestorTest {
    @TempDir
    Path dir;
    Store store;

    /** A stand-in extractor: one Tafas clash wherever the text names طفس; fails on a text saying "CRASH". */
    static final Extractor FAKE = a -> {
        if (a.text().contains("CRASH")) {
            throw new IllegalStateException("boom");
        }
        if (a.text().contains("HEAP")) {
            throw new OutOfMemoryError("Java heap space");
        }
        if (a.text().contains("STACK")) {
            throw new StackOverflowError();
        }
        int i = a.text().indexOf("طفس");
        if (i < 0) {
            return new ExtractionResult(a.docId(), List.of());
        }
        Event e = Daraa.event("Battles", "Armed clash", Daraa.JULY_2, Daraa.REBELS, Daraa.SYRIAN_ARMY, Daraa.TAFAS,
                a.text().contains("خمسة") ? 5 : 2, false, a.text(), "طفس", "Clash near Tafas.");
        return new ExtractionResult(a.docId(), List.of(e));
    };

    static final String HTML = """
            <!DOCTYPE html><html><head><title>Site | مقتل جنود قرب طفس</title>
            <meta property="og:site_name" content="Outlet H">
            <meta property="article:published_time" content="2018-07-03T09:30:00+03:00">
            <link rel="canonical" href="https://h.example/news/42">
            <script>var tracking = "SCRIPT-TEXT";</script></head>
            <body><nav><a href="/">الرئيسية</a> NAV-TEXT</nav>
            <article><h1>مقتل خمسة جنود قرب طفس</h1>
            <p>أفادت مصادر بمقتل خمسة جنود من قوات النظام في اشتباكات قرب طفس.</p>
            <p>وتستمر المعارك في ريف درعا الغربي.</p></article>
            <footer>FOOTER-TEXT</footer></body></html>
            """;

    static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
            <title>Outlet R</title>
            <item><title>اشتباكات في طفس</title><link>https://r.example/1</link>
              <pubDate>Tue, 03 Jul 2018 08:00:00 GMT</pubDate>
              <content:encoded><![CDATA[<p>تجددت الاشتباكات في <b>طفس</b> بريف درعا.</p>]]></content:encoded></item>
            <item><title>خبر اقتصادي</title><link>https://r.example/2</link>
              <pubDate>Tue, 03 Jul 2018 09:00:00 GMT</pubDate><description>ارتفاع أسعار النفط.</description></item>
            </channel></rss>
            """;

    static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Outlet T</title>
            <entry><title>قصف على صيدا</title><link href="https://t.example/a"/><id>urn:t:1</id>
              <published>2018-07-02T12:00:00Z</published><summary>قصفت قوات النظام بلدة صيدا.</summary></entry>
            </feed>
            """;

    @BeforeEach
    void open() throws IOException {
        store = Store.open(Databases.h2(dir.resolve("db")));
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("one.txt"), Daraa.TEXT_A);
        Files.writeString(in.resolve("one.meta.json"), "{\"published\":\"2018-07-03\",\"outlet\":\"Outlet A\"}");
        Files.writeString(in.resolve("page.html"), HTML);
        Files.writeString(in.resolve("batch.jsonl"), String.join("\n",
                "{\"doc_id\":\"j1\",\"published\":\"2018-07-03\",\"source\":\"Outlet J\",\"text\":\"" + Daraa.TEXT_B + "\"}",
                "",
                "{not json",
                "{\"doc_id\":\"j3\",\"published\":\"2015-07-23\",\"content\":\"" + Daraa.TEXT_YEMEN + "\"}",
                "{\"doc_id\":\"j4\",\"published\":\"2018-07-03\"}") + "\n");
        try (OutputStream os = new GZIPOutputStream(Files.newOutputStream(in.resolve("more.jsonl.gz")))) {
            os.write("{\"doc_id\":\"g1\",\"published\":\"2018-07-04\",\"text\":\"هدوء حذر في درعا.\"}\n"
                    .getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(in.resolve("feed.rss"), RSS);
        Files.writeString(in.resolve("atom.xml"), ATOM);
        Files.writeString(in.resolve("README.md"), "not an input");
    }

    @AfterEach
    void close() {
        store.close();
    }

    IngestReport ingest(String... inputs) {
        return new Ingestor(store, FAKE, 2).log(null).ingest(List.of(inputs), false);
    }

    @Test
    void ingestsEverySupportedKindInAFolder() {
        IngestReport r = ingest(dir.resolve("in").toString());
        // one.txt, page.html, j1, j3, g1, two RSS items, one Atom entry
        assertThat(r.added()).isEqualTo(8);
        assertThat(store.counts().articles()).isEqualTo(8);
    }

    @Test
    void reportsBadDocumentsWithFileAndLineAndSkipsThem() {
        IngestReport r = ingest(dir.resolve("in").resolve("batch.jsonl").toString());
        assertThat(r.failed()).isEqualTo(2);
        assertThat(r.problems()).anySatisfy(p -> assertThat(p).contains("batch.jsonl:3: invalid JSON"));
        assertThat(r.problems()).anySatisfy(p -> assertThat(p).contains("batch.jsonl:5: j4: missing \"text\""));
        assertThat(r.added()).isEqualTo(2);
    }

    @Test
    void ingestingTheSameInputsTwiceLeavesEveryCountUnchanged() {
        ingest(dir.resolve("in").toString());
        Views.Counts before = store.counts();
        IngestReport again = ingest(dir.resolve("in").toString());
        assertThat(store.counts()).isEqualTo(before);
        assertThat(again.added()).isZero();
        assertThat(again.duplicates()).isEqualTo(8);
    }

    @Test
    void reportsOfOneIncidentFromSeveralOutletsMergeOnIngest() {
        IngestReport r = ingest(dir.resolve("in").toString());
        // the Tafas clash appears in one.txt, page.html, j1 and the RSS item: one event, four reports
        assertThat(r.eventsAdded()).isEqualTo(1);
        assertThat(r.eventsMerged()).isEqualTo(3);
        assertThat(store.counts().events()).isEqualTo(1);
        assertThat(store.events(org.rasd.store.EventQuery.all()).events().get(0).fatalities()).isEqualTo(2);
    }

    @Test
    void aFailedExtractionIsReportedAndTheRestIsStored() throws IOException {
        Path f = dir.resolve("crash.jsonl");
        Files.writeString(f, "{\"doc_id\":\"c1\",\"text\":\"CRASH\"}\n{\"doc_id\":\"c2\",\"text\":\"نص سليم\"}\n");
        IngestReport r = ingest(f.toString());
        assertThat(r.problems()).singleElement().asString().contains("crash.jsonl:1").contains("extraction failed");
        assertThat(r.added()).isEqualTo(1);
    }

    @Test
    void aMissingInputIsReported() {
        IngestReport r = ingest(dir.resolve("nope.jsonl").toString());
        assertThat(r.problems()).singleElement().asString().contains("no such file");
    }

    @Test
    void txtTakesItsPublicationDateAndOutletFromMetaJson() {
        ingest(dir.resolve("in").resolve("one.txt").toString());
        Views.ArticleView a = store.article(1).orElseThrow();
        assertThat(a.published()).hasToString("2018-07-03");
        assertThat(a.source()).isEqualTo("Outlet A");
        assertThat(a.docId()).isEqualTo("one");
    }

    @Test
    void htmlMainTextDropsNavigationScriptsAndFooter() {
        Article a = HtmlText.article(HTML, "page", null);
        assertThat(a.text()).startsWith("مقتل خمسة جنود قرب طفس").contains("وتستمر المعارك في ريف درعا الغربي.");
        assertThat(a.text()).doesNotContain("NAV-TEXT", "SCRIPT-TEXT", "FOOTER-TEXT");
        assertThat(a.url()).isEqualTo("https://h.example/news/42");
        assertThat(a.source()).isEqualTo("Outlet H");
        assertThat(a.published()).hasToString("2018-07-03");
    }

    @Test
    void rssItemsBecomeArticlesWithLinkDateAndPlainText() throws IOException {
        List<Article> items = Feeds.parse(new ByteArrayInputStream(RSS.getBytes(StandardCharsets.UTF_8)), "feed");
        assertThat(items).hasSize(2);
        Article first = items.get(0);
        assertThat(first.url()).isEqualTo("https://r.example/1");
        assertThat(first.published()).hasToString("2018-07-03");
        assertThat(first.text()).isEqualTo("تجددت الاشتباكات في طفس بريف درعا.");
        assertThat(first.source()).isEqualTo("Outlet R");
    }

    @Test
    void atomEntriesBecomeArticles() throws IOException {
        List<Article> items = Feeds.parse(new ByteArrayInputStream(ATOM.getBytes(StandardCharsets.UTF_8)), "atom");
        assertThat(items).singleElement().satisfies(a -> {
            assertThat(a.url()).isEqualTo("https://t.example/a");
            assertThat(a.published()).hasToString("2018-07-02");
            assertThat(a.text()).isEqualTo("قصفت قوات النظام بلدة صيدا.");
        });
    }

    @Test
    void aFeedWithADoctypeIsRefusedAndNoExternalEntityIsRead() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        Path evil = dir.resolve("evil.xml");
        Files.writeString(evil, "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY x SYSTEM \"" + secret.toUri()
                + "\">]>\n<rss version=\"2.0\"><channel><title>t</title><item><title>a</title>"
                + "<description>&x; طفس</description></item></channel></rss>\n");
        IngestReport r = ingest(evil.toString());
        assertThat(r.added()).isZero();
        assertThat(r.problems()).singleElement().asString().contains("evil.xml");
        assertThat(store.counts().articles()).isZero();
    }

    @Test
    void watchingAFeedPollsItAndStoresEachItemOnce() {
        String feed = dir.resolve("in").resolve("feed.rss").toString();
        int[] rounds = {0};
        new Ingestor(store, FAKE, 1).log(null).watch(List.of(feed), java.time.Duration.ofMillis(1),
                () -> rounds[0]++ < 3, null);
        assertThat(rounds[0]).isEqualTo(4);
        assertThat(store.counts().articles()).isEqualTo(2);
    }

    @Test
    void aFeedIsReadByUrl() throws IOException {
        com.sun.net.httpserver.HttpServer http = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        http.createContext("/feed", ex -> {
            byte[] body = RSS.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/rss+xml; charset=utf-8");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        http.start();
        try {
            IngestReport r = ingest("http://127.0.0.1:" + http.getAddress().getPort() + "/feed");
            assertThat(r.added()).isEqualTo(2);
            assertThat(r.eventsAdded()).isEqualTo(1);
        } finally {
            http.stop(0);
        }
    }

    @Test
    void errorsInAWorkerAreReportedPerDocumentAndTheFilesAfterAreStored() throws IOException {
        Path d = Files.createDirectories(dir.resolve("errs"));
        Files.writeString(d.resolve("a.txt"), "HEAP");
        Files.writeString(d.resolve("b.txt"), "STACK");
        Files.writeString(d.resolve("c.txt"), "اشتباكات قرب طفس");
        Files.writeString(d.resolve("d.jsonl"), "{\"doc_id\":\"x\",\"text\":\"CRASH\"}\n{\"doc_id\":\"y\",\"text\":\"نص آخر\"}\n");
        IngestReport r = ingest(d.toString());
        assertThat(r.seen()).isEqualTo(5);
        assertThat(r.failed()).isEqualTo(3);
        assertThat(r.problems()).anySatisfy(p -> assertThat(p).contains("a.txt").contains("OutOfMemoryError"))
                .anySatisfy(p -> assertThat(p).contains("b.txt").contains("StackOverflowError"));
        assertThat(r.added()).isEqualTo(2);
    }

    @Test
    void aTextOverTheCharacterLimitIsReportedAndSkipped() throws IOException {
        Path f = dir.resolve("long.jsonl");
        Files.writeString(f, "{\"doc_id\":\"l\",\"text\":\"" + "ق".repeat(500) + "\"}\n{\"doc_id\":\"s\",\"text\":\"طفس\"}\n");
        IngestReport r = new Ingestor(store, FAKE, 2).log(null).limits(100, java.time.Duration.ofSeconds(30))
                .ingest(List.of(f.toString()), false);
        assertThat(r.problems()).singleElement().asString().contains("long.jsonl:1").contains("--max-chars 100");
        assertThat(r.added()).isEqualTo(1);
    }

    @Test
    void aDocumentOverItsTimeBudgetIsReportedAndTheRestGoesOn() throws IOException {
        Path f = dir.resolve("slow.jsonl");
        Files.writeString(f, "{\"doc_id\":\"slow\",\"text\":\"SLOW\"}\n{\"doc_id\":\"s\",\"text\":\"طفس\"}\n");
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        Extractor slow = a -> {
            if (a.text().contains("SLOW")) {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return FAKE.extract(a);
        };
        try {
            IngestReport r = new Ingestor(store, slow, 1).log(null).limits(1000, java.time.Duration.ofMillis(300))
                    .ingest(List.of(f.toString()), false);
            assertThat(r.problems()).singleElement().asString().contains("slow.jsonl:1").contains("stopped after");
            assertThat(r.added()).isEqualTo(1);
        } finally {
            release.countDown();
        }
    }
}
