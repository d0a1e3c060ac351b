package org.mosaiccrm.platform.rest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.mosaiccrm.platform.text.Texts;

/**
 * The OpenAPI document as a page people read ({@code /api/v1/reference}): the installed resources by
 * group, each call with its method and path, its parameters, the shape of what it takes and answers
 * (fields with their types and allowed values), and the same words for tokens and errors as the
 * document. Plain HTML written on the server: no script, nothing fetched from elsewhere.
 */
final class ApiReferencePage {

    private static final int DEPTH = 3;

    private ApiReferencePage() {
    }

    static String html(Map<String, Object> document, Texts texts, Locale language) {
        Map<String, List<String[]>> byTag = new TreeMap<>();
        Map<String, Map<String, Object>> operations = new TreeMap<>();
        Map<String, Object> paths = map(document.get("paths"));
        paths.forEach((path, methods) -> map(methods).forEach((method, operation) -> {
            Map<String, Object> op = map(operation);
            String tag = ((List<?>) op.getOrDefault("tags", List.of("API"))).get(0).toString();
            String id = op.getOrDefault("operationId", method + path).toString();
            byTag.computeIfAbsent(tag, key -> new ArrayList<>()).add(new String[] {method.toUpperCase(Locale.ROOT), path, id});
            operations.put(id, op);
        }));
        StringBuilder out = new StringBuilder(64 * 1024);
        out.append("<!DOCTYPE html><html lang=\"").append(language.equals(Locale.SIMPLIFIED_CHINESE) ? "zh-CN" : "en")
                .append("\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(text(texts, "api.reference.title", language)).append("</title><style>")
                .append("body{font:15px/1.5 system-ui,'Noto Sans CJK SC','Microsoft YaHei',sans-serif;margin:0 auto;max-width:60em;padding:1em 1.5em;color:#1a1a1a}")
                .append("code,.shape{font-family:ui-monospace,Consolas,monospace;font-size:13px}")
                .append("h2{border-bottom:1px solid #ccc;padding-top:1em}h3{margin-bottom:.2em}")
                .append(".verb{display:inline-block;min-width:4.5em;font-weight:600}")
                .append(".get{color:#1565c0}.post{color:#2e7d32}.put{color:#ef6c00}.delete{color:#c62828}.patch{color:#6a1b9a}")
                .append("table{border-collapse:collapse;margin:.3em 0}td,th{border:1px solid #ddd;padding:.2em .5em;text-align:left;vertical-align:top}")
                .append(".shape{white-space:pre-wrap;background:#f6f6f6;padding:.5em;border-radius:4px}nav li{margin:.1em 0}")
                .append("</style></head><body>");
        out.append("<h1>").append(text(texts, "api.reference.title", language)).append("</h1>");
        out.append("<p>").append(text(texts, "api.reference.about", language)).append("</p>");
        out.append("<p><a href=\"openapi.json\">openapi.json</a> · ").append(escape(text(texts, "api.reference.count", language,
                operations.size()))).append("</p>");
        out.append("<nav><h2>").append(text(texts, "api.reference.contents", language)).append("</h2><ul>");
        byTag.forEach((tag, calls) -> out.append("<li><a href=\"#").append(anchor(tag)).append("\">").append(escape(tag))
                .append("</a> (").append(calls.size()).append(")</li>"));
        out.append("</ul></nav>");
        byTag.forEach((tag, calls) -> {
            out.append("<section><h2 id=\"").append(anchor(tag)).append("\">").append(escape(tag)).append("</h2>");
            calls.sort((a, b) -> (a[1] + a[0]).compareTo(b[1] + b[0]));
            for (String[] call : calls) {
                operation(out, call[0], call[1], operations.get(call[2]), texts, language);
            }
            out.append("</section>");
        });
        out.append("</body></html>");
        return out.toString();
    }

    private static void operation(StringBuilder out, String verb, String path, Map<String, Object> operation, Texts texts,
            Locale language) {
        out.append("<h3 id=\"").append(anchor(verb + path)).append("\"><span class=\"verb ").append(verb.toLowerCase(Locale.ROOT))
                .append("\">").append(verb).append("</span> <code>/api").append(escape(path)).append("</code></h3>");
        List<?> parameters = (List<?>) operation.get("parameters");
        if (parameters != null && !parameters.isEmpty()) {
            out.append("<table><tr><th>").append(text(texts, "api.reference.parameter", language)).append("</th><th>")
                    .append(text(texts, "api.reference.in", language)).append("</th><th>")
                    .append(text(texts, "api.reference.type", language)).append("</th></tr>");
            for (Object parameter : parameters) {
                Map<String, Object> p = map(parameter);
                out.append("<tr><td><code>").append(escape(p.get("name").toString())).append("</code></td><td>")
                        .append(text(texts, "api.reference.in." + p.get("in"), language)).append("</td><td><code>")
                        .append(escape(shape(map(p.get("schema")), 0, ""))).append("</code></td></tr>");
            }
            out.append("</table>");
        }
        Map<String, Object> body = map(operation.get("requestBody"));
        if (!body.isEmpty()) {
            out.append("<p>").append(text(texts, "api.reference.takes", language)).append("</p><div class=\"shape\">")
                    .append(escape(shape(content(body), 0, ""))).append("</div>");
        }
        Map<String, Object> success = map(map(operation.get("responses")).get("2XX"));
        Map<String, Object> answer = content(success);
        if (!answer.isEmpty()) {
            out.append("<p>").append(text(texts, "api.reference.answers", language)).append("</p><div class=\"shape\">")
                    .append(escape(shape(answer, 0, ""))).append("</div>");
        }
    }

    /** The schema of the first media type of a body or answer, empty when there is none. */
    private static Map<String, Object> content(Map<String, Object> bodyOrAnswer) {
        Map<String, Object> content = map(bodyOrAnswer.get("content"));
        return content.isEmpty() ? Map.of() : map(map(content.values().iterator().next()).get("schema"));
    }

    /** A schema as a person reads it: {@code {"name": string, "tags": [string], "type": COMPANY | PERSON}}. */
    static String shape(Map<String, Object> schema, int depth, String indent) {
        if (schema.isEmpty()) {
            return "…";
        }
        Object type = schema.get("type");
        if (schema.containsKey("enum")) {
            return String.join(" | ", ((List<?>) schema.get("enum")).stream().map(Object::toString).toList());
        }
        if ("array".equals(type)) {
            return "[" + shape(map(schema.get("items")), depth, indent) + "]";
        }
        Map<String, Object> properties = map(schema.get("properties"));
        if ("object".equals(type) && !properties.isEmpty() && depth < DEPTH) {
            StringBuilder object = new StringBuilder("{\n");
            properties.forEach((name, property) -> object.append(indent).append("  \"").append(name).append("\": ")
                    .append(shape(map(property), depth + 1, indent + "  ")).append('\n'));
            return object.append(indent).append('}').toString();
        }
        Object format = schema.get("format");
        return format == null ? String.valueOf(type == null ? "object" : type) : type + " (" + format + ")";
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    private static String text(Texts texts, String key, Locale language, Object... arguments) {
        return escape(texts.format(key, language, arguments));
    }

    private static String anchor(String text) {
        return text.replaceAll("[^A-Za-z0-9]+", "-");
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
