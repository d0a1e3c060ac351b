package org.mosaiccrm.platform.webhooks.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

/** A webhook receiver on 127.0.0.1: keeps what it was sent and answers the statuses it is told to, then 200. */
final class Receiver implements AutoCloseable {

    record Received(Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> entry.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<Integer> answers = new ConcurrentLinkedQueue<>();
    private volatile int always;

    Receiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                received.add(new Received(Map.copyOf(exchange.getRequestHeaders()), new String(in.readAllBytes(),
                        StandardCharsets.UTF_8)));
            }
            Integer next = answers.poll();
            int status = next != null ? next : always != 0 ? always : 200;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** The next answers, in order, before 200 again. */
    void answer(Integer... statuses) {
        answers.addAll(List.of(statuses));
    }

    /** Answers {@code status} to everything (0: 200 again). */
    void answerAlways(int status) {
        always = status;
    }

    List<Received> received() {
        return received;
    }

    void clear() {
        received.clear();
        answers.clear();
        always = 0;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
