package org.eshkol.netty;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A handler file served on 127.0.0.1 at a free port, a client for it, and the errors the server logged. */
final class Served implements AutoCloseable {
    final Path file;
    final EshkolHttpServer server;
    final List<String> errors = new CopyOnWriteArrayList<>();
    final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    private Served(Path file, ServerOptions options) throws IOException, InterruptedException {
        this.file = file;
        this.server = EshkolHttpServer.builder().port(0).options(options.withErrorLog(errors::add)).script(file).start();
    }

    /** Serves {@code handlerText} (a file defining {@code handle}) from {@code dir}. */
    static Served script(Path dir, String handlerText, ServerOptions options) throws IOException, InterruptedException {
        Path file = dir.resolve("handler.esk");
        Files.writeString(file, handlerText, StandardCharsets.UTF_8);
        return new Served(file, options);
    }

    static Served script(Path dir, String handlerText) throws IOException, InterruptedException {
        return script(dir, handlerText, ServerOptions.defaults().withWatch(false));
    }

    URI uri(String pathAndQuery) { return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery); }

    HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri(pathAndQuery)).timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> send(HttpRequest.Builder b) throws IOException, InterruptedException {
        return client.send(b.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        server.close();
        client.close();
    }
}
