package org.mosaiccrm.assembly;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpServer;

/**
 * A system outside the CRM that takes webhooks, on 127.0.0.1: keeps each request and answers the
 * statuses it is told to, then 200 (the JDK's HTTP server; {@code com.sun.*} is boot-delegated in Karaf).
 */
public final class WebhookReceiver implements AutoCloseable {

    public record Received(Map<String, List<String>> headers, String body) {
        public String header(String name) {
            return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> entry.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<Integer> answers = new ConcurrentLinkedQueue<>();

    public WebhookReceiver(Integer... firstAnswers) throws IOException {
        answers.addAll(List.of(firstAnswers));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/erp/crm-events", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                received.add(new Received(Map.copyOf(exchange.getRequestHeaders()),
                        new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
            Integer next = answers.poll();
            exchange.sendResponseHeaders(next == null ? 200 : next, -1);
            exchange.close();
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/erp/crm-events";
    }

    public List<Received> received() {
        return received;
    }

    /** What a receiver checks a delivery's signature against: the hex HMAC-SHA256 of {@code text} under {@code secret}. */
    public static String hmacSha256(String secret, String text) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Whether a request carries {@code X-Mosaic-Signature: t=<time>,v1=<HMAC of "<time>.<body>">} under {@code secret}. */
    public static boolean signedWith(Received request, String secret) throws Exception {
        String signature = request.header("X-Mosaic-Signature");
        if (signature == null || !signature.startsWith("t=") || signature.indexOf(',') < 0) {
            return false;
        }
        String time = signature.substring(2, signature.indexOf(','));
        return signature.equals("t=" + time + ",v1=" + hmacSha256(secret, time + "." + request.body()));
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
