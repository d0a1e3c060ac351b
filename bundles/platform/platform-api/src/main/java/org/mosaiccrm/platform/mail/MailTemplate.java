package org.mosaiccrm.platform.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A mail's text in each language, with merge fields: FreeMarker templates whose first line is
 * {@code Subject: …}, then an empty line, then the plain-text body ({@code Dear ${name}, …}). The texts
 * are held as strings, so a queued mail keeps nothing of the module that made it.
 *
 * @param id      names the template for operators ({@code "<module>.<what happened>"})
 * @param sources the template per language ({@code en}, {@code zh}); English is the fallback
 */
public record MailTemplate(String id, Map<String, String> sources) {

    /** The languages the CRM ships; English must be present. */
    public static final List<String> LANGUAGES = List.of("en", "zh");

    public MailTemplate {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a mail template needs an id");
        }
        sources = Map.copyOf(sources);
        if (!sources.containsKey("en")) {
            throw new IllegalArgumentException("mail template " + id + " has no English text");
        }
    }

    /**
     * Reads a module's template from its bundle: {@code <path>_en.ftl}, {@code <path>_zh.ftl} (UTF-8)
     * next to {@code owner}'s class loader root, e.g. {@code load(MyNotices.class, "mymodule.reminder", "mail/reminder")}.
     */
    public static MailTemplate load(Class<?> owner, String id, String path) {
        Map<String, String> sources = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            String resource = path + "_" + language + ".ftl";
            try (InputStream in = owner.getClassLoader().getResourceAsStream(resource)) {
                if (in != null) {
                    sources.put(language, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("mail template " + resource, e);
            }
        }
        return new MailTemplate(id, sources);
    }

    /** The template for a language ({@code zh}, {@code zh-CN}…), English when there is none. */
    public String source(String language) {
        String base = language == null ? "en" : language.split("[-_]")[0];
        return sources.getOrDefault(base, sources.get("en"));
    }
}
