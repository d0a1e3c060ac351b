package org.mosaiccrm.platform.rest.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.mosaiccrm.platform.text.Texts;

/**
 * The body of an error answer (RFC 9457 problem details): the status, the message key (what a client
 * program tests) and its text in the caller's language (what a person reads), the field it is about.
 */
final class Problems {

    private Problems() {
    }

    static Map<String, Object> body(Texts texts, List<Locale> languages, int status, String key, String field, Object... arguments) {
        Locale locale = Texts.supported(languages.isEmpty() ? Locale.ENGLISH : languages.get(0));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", texts == null ? key : texts.format(key, locale, arguments));
        body.put("status", status);
        body.put("key", key);
        if (field != null && !field.isEmpty()) {
            body.put("field", field);
        }
        return body;
    }
}
