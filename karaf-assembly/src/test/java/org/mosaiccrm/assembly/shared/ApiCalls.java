package org.mosaiccrm.assembly.shared;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Calls to the integration API of the CRM under test, as a client program makes them, and reading their JSON by pattern. */
final class ApiCalls {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final int port;

    ApiCalls(int port) {
        this.port = port;
    }

    /** {@code headers} as name, value, name, value… */
    HttpResponse<String> call(String method, String path, String token, String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> bytes(String path, String token, String language) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Accept-Language", language).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The status of an anonymous GET, 0 while nothing answers. */
    int answers(String path) {
        return answers(path, null);
    }

    /** The status of a GET with {@code token}, 0 while nothing answers. */
    int answers(String path, String token) {
        try {
            return call("GET", path, token, null).statusCode();
        } catch (Exception notYet) {
            return 0;
        }
    }

    /** The body of an anonymous GET, empty while nothing answers. */
    String answersBody(String path) {
        try {
            return call("GET", path, null, null).body();
        } catch (Exception notYet) {
            return "";
        }
    }

    /** The id at the end of a response's {@code Location}. */
    static long createdId(HttpResponse<?> response) {
        String location = response.headers().firstValue("Location").orElseThrow(() -> new AssertionError("no Location: " + response));
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    /** The {@code ETag} of a response, as a client sends it back in {@code If-Match}. */
    static String etag(HttpResponse<?> response) {
        return response.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag: " + response));
    }

    static String first(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        return matcher.find() ? matcher.group(1) : null;
    }

    static List<String> all(String text, String regex) {
        List<String> found = new ArrayList<>();
        Matcher matcher = Pattern.compile(regex).matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
