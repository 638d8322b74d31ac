package org.rasd.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.rasd.io.ArticleReader;
import org.rasd.io.EventJson;
import org.rasd.io.LineSource;
import org.rasd.model.Article;

/**
 * Turns ingestion inputs into articles, in order: {@code .txt} (with an optional sibling
 * {@code NAME.meta.json}), {@code .html}/{@code .htm}, {@code .jsonl}/{@code .jsonl.gz} (the extract input
 * contract), RSS/Atom feeds ({@code .xml}, {@code .rss}, {@code .atom} or an http(s) URL), and folders
 * (recursively, by extension). A bad document becomes an item with its origin ({@code file:line}) and error.
 */
public final class Inputs {
    /** One document read, or one that could not be. */
    public record Item(String origin, Article article, String error) {
        static Item ok(String origin, Article a) {
            return new Item(origin, a, null);
        }

        static Item bad(String origin, String error) {
            return new Item(origin, null, error);
        }
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(20)).build();

    /** Longest JSONL line read (characters); longer ones are reported, not held in memory. */
    static final long MAX_LINE = ArticleReader.MAX_STRING;

    private Inputs() {
    }

    public static boolean isUrl(String input) {
        String l = input.toLowerCase(Locale.ROOT);
        return l.startsWith("http://") || l.startsWith("https://");
    }

    enum Kind { TXT, HTML, JSONL, FEED, OTHER }

    static Kind kind(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".meta.json")) {
            return Kind.OTHER;
        }
        if (n.endsWith(".txt")) {
            return Kind.TXT;
        }
        if (n.endsWith(".html") || n.endsWith(".htm")) {
            return Kind.HTML;
        }
        if (n.endsWith(".jsonl") || n.endsWith(".jsonl.gz") || n.endsWith(".ndjson")) {
            return Kind.JSONL;
        }
        if (n.endsWith(".xml") || n.endsWith(".rss") || n.endsWith(".atom")) {
            return Kind.FEED;
        }
        return Kind.OTHER;
    }

    /** The files an input path stands for: itself, or a folder's supported files in name order. */
    static List<Path> files(Path p) throws IOException {
        if (!Files.isDirectory(p)) {
            return List.of(p);
        }
        try (Stream<Path> s = Files.walk(p)) {
            return s.filter(Files::isRegularFile).filter(f -> kind(f) != Kind.OTHER).sorted().toList();
        }
    }

    /** A cheap count of the documents the inputs hold (jsonl lines, one per other file; feeds count 0). */
    public static long estimate(List<String> inputs) {
        long n = 0;
        for (String in : inputs) {
            if (isUrl(in)) {
                continue;
            }
            try {
                for (Path f : files(Path.of(in))) {
                    if (kind(f) == Kind.JSONL) {
                        try (BufferedReader r = LineSource.open(f)) {
                            while (r.readLine() != null) {
                                n++;
                            }
                        }
                    } else if (kind(f) != Kind.FEED) {
                        n++;
                    }
                }
            } catch (IOException e) {
                // counted as it fails later
            }
        }
        return n;
    }

    /** Reads every input, handing each document (or failure) to {@code sink} in order. */
    public static void read(List<String> inputs, Consumer<Item> sink) {
        for (String in : inputs) {
            if (isUrl(in)) {
                readUrl(in, sink);
                continue;
            }
            Path p = Path.of(in);
            if (!Files.exists(p)) {
                sink.accept(Item.bad(in, "no such file or directory"));
                continue;
            }
            List<Path> files;
            try {
                files = files(p);
            } catch (IOException e) {
                sink.accept(Item.bad(in, "cannot list: " + e.getMessage()));
                continue;
            }
            for (Path f : files) {
                readFile(f, sink);
            }
        }
    }

    static void readFile(Path f, Consumer<Item> sink) {
        String origin = f.toString();
        String name = f.getFileName().toString();
        String stem = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        try {
            switch (kind(f)) {
                case TXT -> sink.accept(Item.ok(origin, txt(f, stem)));
                case HTML -> {
                    Article a = HtmlText.article(LineSource.readAll(f), stem, null);
                    sink.accept(a.text().isBlank() ? Item.bad(origin, "no text found in the HTML") : Item.ok(origin, a));
                }
                case JSONL -> jsonl(f, sink);
                case FEED -> {
                    try (InputStream in = Files.newInputStream(f)) {
                        List<Article> items = Feeds.parse(in, origin);
                        for (int i = 0; i < items.size(); i++) {
                            sink.accept(Item.ok(origin + "#item" + (i + 1), items.get(i)));
                        }
                    }
                }
                default -> sink.accept(Item.bad(origin, "unsupported file type (txt, html, jsonl[.gz], xml/rss/atom)"));
            }
        } catch (IOException | RuntimeException | OutOfMemoryError | StackOverflowError e) {
            sink.accept(Item.bad(origin, e.getMessage() == null ? e.toString() : e.getMessage()));
        }
    }

    private static Article txt(Path f, String stem) throws IOException {
        String text = LineSource.readAll(f);
        LocalDate published = null;
        String source = null;
        String url = null;
        String title = "";
        Path meta = f.resolveSibling(stem + ".meta.json");
        if (Files.isReadable(meta)) {
            JsonNode n = EventJson.MAPPER.readTree(meta.toFile());
            published = HtmlText.date(n.path("published").asText(null));
            source = n.hasNonNull("outlet") ? n.get("outlet").asText() : n.path("source").asText(null);
            url = n.path("url").asText(null);
            title = n.path("title").asText("");
        }
        if (text.isBlank()) {
            throw new IOException("empty text");
        }
        return new Article(stem, published, title, text, source, url);
    }

    private static void jsonl(Path f, Consumer<Item> sink) throws IOException {
        try (LineSource.LfReader r = LineSource.open(f)) {
            LineSource.Line l;
            int n = 0;
            while ((l = r.readLine(MAX_LINE)) != null) {
                n++;
                String origin = f + ":" + n;
                if (l.overLong()) {
                    sink.accept(Item.bad(origin, String.format("line of %,d characters, longer than %,d", l.length(),
                            MAX_LINE)));
                    continue;
                }
                String line = l.text();
                if (line.isBlank()) {
                    continue;
                }
                try {
                    Article a = ArticleReader.parse(line);
                    sink.accept(a.text().isBlank() ? Item.bad(origin, "empty text") : Item.ok(origin, a));
                } catch (ArticleReader.BadLine e) {
                    sink.accept(Item.bad(origin, (e.docId() != null ? e.docId() + ": " : "") + e.getMessage()));
                }
            }
        }
    }

    static void readUrl(String url, Consumer<Item> sink) {
        try {
            HttpRequest req = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                    .header("User-Agent", "rasd/0.1 (+https://github.com/)").GET().build();
            HttpResponse<byte[]> resp = HTTP.send(req, HttpResponse.BodyHandlers.ofByteArray());
            if (resp.statusCode() / 100 != 2) {
                sink.accept(Item.bad(url, "HTTP " + resp.statusCode()));
                return;
            }
            byte[] body = resp.body();
            String head = new String(body, 0, Math.min(body.length, 512), StandardCharsets.UTF_8);
            String type = resp.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
            if (type.contains("html") && !Feeds.looksLikeFeed(head)) {
                Article a = HtmlText.article(new String(body, StandardCharsets.UTF_8), url, url);
                sink.accept(Item.ok(url, a));
                return;
            }
            List<Article> items = Feeds.parse(new ByteArrayInputStream(body), url);
            List<Item> out = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                out.add(Item.ok(url + "#item" + (i + 1), items.get(i)));
            }
            out.forEach(sink);
        } catch (IOException | IllegalArgumentException e) {
            sink.accept(Item.bad(url, e.getMessage() == null ? e.toString() : e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            sink.accept(Item.bad(url, "interrupted"));
        }
    }
}
