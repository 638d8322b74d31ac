package org.rasd.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasd.fixtures.Daraa;
import org.rasd.fixtures.Databases;
import org.rasd.ingest.Ingestor;
import org.rasd.model.ExtractionResult;
import org.rasd.store.Store;

/** The server's transport-level defences, on raw sockets where the JDK client would hide them. */
class ServerHardeningTest {
    @TempDir
    Path dir;
    Store store;
    Server server;

    @BeforeEach
    void start() {
        store = Store.open(Databases.h2(dir));
        store.add(Daraa.articleA(), Daraa.eventsA());
        Ingestor ingestor = new Ingestor(store, a -> new ExtractionResult(a.docId(), List.of()), 1).log(null);
        server = Server.start(store, ingestor, Server.Options.local(0).withToken("t"));
    }

    @AfterEach
    void stop() {
        server.close();
        store.close();
    }

    /** Sends {@code request} as is and reads the reply until the server closes (10 s socket timeout). */
    String raw(String request) throws IOException {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", server.port()), 5000);
            s.setSoTimeout(10_000);
            OutputStream o = s.getOutputStream();
            o.write(request.getBytes(StandardCharsets.ISO_8859_1));
            o.flush();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            in.transferTo(buf); // SocketTimeoutException if the server keeps the connection open
            return buf.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void aForeignHostHeaderIsMisdirected() throws IOException {
        for (String path : List.of("/api/events", "/", "/api/stats")) {
            String r = raw("GET " + path + " HTTP/1.1\r\nHost: evil.example:" + server.port()
                    + "\r\nConnection: close\r\n\r\n");
            assertThat(r).as(path).startsWith("HTTP/1.1 421");
        }
    }

    @Test
    void loopbackHostHeadersAreServed() throws IOException {
        for (String host : List.of("127.0.0.1", "localhost", "[::1]", "LOCALHOST.")) {
            String r = raw("GET /api/stats HTTP/1.1\r\nHost: " + host + ":" + server.port()
                    + "\r\nConnection: close\r\n\r\n");
            assertThat(r).as(host).startsWith("HTTP/1.1 200");
        }
    }

    @Test
    void hostCheckParsesPortsAndBrackets() {
        assertThat(Server.allowedHost("127.0.0.1:8080", "127.0.0.1")).isTrue();
        assertThat(Server.allowedHost("[::1]:8080", "127.0.0.1")).isTrue();
        assertThat(Server.allowedHost("rasd.lan:8080", "rasd.lan")).isTrue();
        assertThat(Server.allowedHost("attacker.example", "127.0.0.1")).isFalse();
        assertThat(Server.allowedHost("127.0.0.1.attacker.example", "127.0.0.1")).isFalse();
        assertThat(Server.allowedHost("anything", "0.0.0.0")).isFalse();
        assertThat(Server.allowedHost(null, "127.0.0.1")).isTrue();
    }

    @Test
    void http10KeepAliveIsAnsweredAndClosed() throws IOException {
        String r = raw("GET /api/events HTTP/1.0\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\n");
        assertThat(r).matches("(?s)HTTP/1\\.[01] 200.*").containsIgnoringCase("connection: close");
        assertThat(r.substring(r.indexOf("\r\n\r\n") + 4)).startsWith("{").endsWith("}");
    }

    @Test
    void jettysOwnErrorRepliesCarryTheSecurityHeaders() throws IOException {
        String big = "x".repeat(20_000);
        String r431 = raw("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + big + "\r\n\r\n");
        assertThat(r431).startsWith("HTTP/1.1 431");
        String r400 = raw("GET /%zz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        assertThat(r400).startsWith("HTTP/1.1 400");
        for (String r : List.of(r431, r400)) {
            String head = r.substring(0, r.indexOf("\r\n\r\n")).toLowerCase();
            for (String h : Server.SECURITY_HEADERS.keySet()) {
                assertThat(head).as(r.lines().findFirst().orElse("")).contains(h.toLowerCase() + ":");
            }
        }
    }

    @Test
    void sixtyFourConcurrentClientsAreAllServed() throws Exception {
        assertThat(server.acceptQueueSize()).isGreaterThanOrEqualTo(64);
        HttpClient http = HttpClient.newHttpClient();
        ExecutorService pool = Executors.newFixedThreadPool(64);
        try {
            List<Future<Integer>> fs = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                fs.add(pool.submit(() -> HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(server.url() + "api/events?limit=5")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode()));
            }
            for (Future<Integer> f : fs) {
                assertThat(f.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(http).isNotNull();
    }
}
