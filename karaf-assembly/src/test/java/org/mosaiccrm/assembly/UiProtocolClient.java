package org.mosaiccrm.assembly;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One browser tab of a signed-in user, speaking the UI's own protocol over HTTP as Vaadin's client
 * does: the sign-in form, the page, the UI's start ({@code ?v-r=init}), then UIDL messages for
 * navigation, grid rows, typed values and clicks. No browser, so that a benchmark can run a hundred
 * users on the machine that serves them. Elements are found by their id in the UI's changes.
 */
public final class UiProtocolClient {

    private static final Pattern SYNC = Pattern.compile("\"syncId\":(\\d+)");
    private static final Pattern CLIENT = Pattern.compile("\"clientId\":(\\d+)");
    private static final Pattern CSRF = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");
    private static final Pattern ID_PUT = Pattern.compile(
            "\\{\"node\":(\\d+),\"type\":\"put\",\"key\":\"id\",\"feat\":\\d+,\"value\":\"([^\"]+)\"\\}");
    private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");

    private final HttpClient http;
    private final String base;
    private String cookies = "";
    private String csrf;
    private int uiId;
    private int syncId;
    private int clientId;
    private String lastResponse = "";
    private String route = "";
    private final java.util.Map<String, Integer> nodesById = new java.util.HashMap<>();

    public UiProtocolClient(HttpClient http, String base) {
        this.http = http;
        this.base = base;
    }

    /** Signs in with the form, as a browser posts it; throws when refused. */
    public void signIn(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> form = send(HttpRequest.newBuilder(URI.create(base + "/login")).build());
        Matcher token = TOKEN.matcher(form.body());
        if (!token.find()) {
            throw new IOException("no sign-in form");
        }
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("token=" + token.group(1) + "&next=&username="
                        + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                        + URLEncoder.encode(password, StandardCharsets.UTF_8))).build());
        if (answer.statusCode() != 303) {
            throw new IOException("sign-in refused: " + answer.statusCode());
        }
    }

    /** Opens the page at {@code route} as typing its address does: the page, then the UI's start. */
    public void open(String route) throws IOException, InterruptedException {
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(base + "/" + route)).build());
        if (page.statusCode() != 200) {
            throw new IOException("page " + route + ": " + page.statusCode());
        }
        HttpResponse<String> init = send(HttpRequest.newBuilder(URI.create(base + "/?v-r=init&location="
                + URLEncoder.encode(route, StandardCharsets.UTF_8) + "&query=")).build());
        lastResponse = init.body();
        nodesById.clear();
        rememberIds(lastResponse);
        Matcher ui = UI_ID.matcher(lastResponse);
        Matcher key = CSRF.matcher(lastResponse);
        if (init.statusCode() != 200 || !ui.find() || !key.find()) {
            throw new IOException("UI start " + route + ": " + init.statusCode() + " " + abbreviate(lastResponse));
        }
        uiId = Integer.parseInt(ui.group(1));
        this.route = route;
        csrf = key.group(1);
        syncId = last(SYNC, lastResponse);
        clientId = 0;
    }

    /** Moves to {@code route} inside the open page, as a click on a menu entry or link does. */
    public void navigate(String route) throws IOException, InterruptedException {
        this.route = route;
        rpc("{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + route
                + "\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":" + clientId
                + "},\"trigger\":\"link\"}}");
    }

    /** Asks the grid {@code id} for {@code count} rows from {@code first}, as scrolling it does. */
    public void scrollGrid(int node, int first, int count) throws IOException, InterruptedException {
        rpc("{\"type\":\"publishedEventHandler\",\"node\":" + node + ",\"templateEventMethodName\":\"setViewportRange\","
                + "\"templateEventMethodArgs\":[" + first + "," + count + "],\"promise\":0}");
    }

    /** Types {@code value} into the field {@code node}. */
    public void type(int node, String value) throws IOException, InterruptedException {
        String json = "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        rpc("{\"type\":\"mSync\",\"node\":" + node + ",\"feature\":1,\"property\":\"value\",\"value\":" + json + "}",
                "{\"type\":\"event\",\"node\":" + node + ",\"event\":\"change\",\"data\":{}}");
    }

    public void click(int node) throws IOException, InterruptedException {
        rpc("{\"type\":\"event\",\"node\":" + node + ",\"event\":\"click\",\"data\":{\"event.shiftKey\":false,"
                + "\"event.metaKey\":false,\"event.detail\":1,\"event.ctrlKey\":false,\"event.clientX\":10,"
                + "\"event.clientY\":10,\"event.altKey\":false,\"event.button\":0,\"event.screenY\":10,\"event.screenX\":10}}");
    }

    /**
     * The node of the element with the id {@code id}, as the answers so far set it (a view shown
     * again, e.g. the page navigated to is the one open, sends no new ids); -1 when none did.
     */
    public int node(String id) {
        return nodesById.getOrDefault(id, -1);
    }

    private void rememberIds(String answer) {
        Matcher change = ID_PUT.matcher(answer);
        while (change.find()) {
            nodesById.put(change.group(2), Integer.parseInt(change.group(1)));
        }
    }

    /** The route of the page shown. */
    public String route() {
        return route;
    }

    public String lastResponse() {
        return lastResponse;
    }

    /** Signs out with the header's button, so that the session ends as a person's does. */
    public void signOut() throws IOException, InterruptedException {
        int logout = node("logout");
        if (logout >= 0) {
            // the answer says "session expired" and sends the page to the sign-in page: that is the point
            post("{\"csrfToken\":\"" + csrf + "\",\"rpc\":[{\"type\":\"event\",\"node\":" + logout
                    + ",\"event\":\"click\",\"data\":{}}],\"syncId\":" + syncId + ",\"clientId\":" + clientId + "}");
        }
    }

    private void rpc(String... invocations) throws IOException, InterruptedException {
        String body = "{\"csrfToken\":\"" + csrf + "\",\"rpc\":[" + String.join(",", invocations) + "],\"syncId\":"
                + syncId + ",\"clientId\":" + clientId + "}";
        HttpResponse<String> answer = post(body);
        lastResponse = answer.body();
        if (answer.statusCode() != 200 || !lastResponse.startsWith("for(;;);[{") || lastResponse.contains("\"appError\"")
                || lastResponse.contains("\"sessionExpired\"") || lastResponse.contains("Internal error")) {
            throw new IOException("UIDL " + answer.statusCode() + ": " + abbreviate(lastResponse));
        }
        syncId = last(SYNC, lastResponse);
        clientId = last(CLIENT, lastResponse);
        rememberIds(lastResponse);
    }

    private HttpResponse<String> post(String body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        HttpRequest withCookies = cookies.isEmpty() ? request
                : HttpRequest.newBuilder(request, (name, value) -> true).header("Cookie", cookies).build();
        HttpResponse<String> response = http.send(withCookies, HttpResponse.BodyHandlers.ofString());
        for (String set : response.headers().allValues("set-cookie")) {
            String pair = set.split(";", 2)[0];
            String name = pair.split("=", 2)[0];
            cookies = (cookies.isEmpty() ? "" : removeCookie(cookies, name)) ;
            cookies = (cookies.isEmpty() ? "" : cookies + "; ") + pair;
        }
        return response;
    }

    private static String removeCookie(String cookies, String name) {
        StringBuilder kept = new StringBuilder();
        for (String pair : cookies.split("; ")) {
            if (!pair.startsWith(name + "=")) {
                kept.append(kept.length() == 0 ? "" : "; ").append(pair);
            }
        }
        return kept.toString();
    }

    private static int last(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        int value = -1;
        while (matcher.find()) {
            value = Integer.parseInt(matcher.group(1));
        }
        if (value < 0) {
            throw new IllegalStateException("no " + pattern + " in " + abbreviate(text));
        }
        return value;
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
