package org.mosaiccrm.customer.service.internal;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Normalised forms stored beside names, emails and phones so that prefix search is one indexed
 * {@code LIKE 'x%'}: case-folded, width-folded (full-width Latin typed by Chinese IMEs), phone
 * numbers reduced to their digits.
 */
public final class SearchKeys {

    private SearchKeys() {
    }

    public static String name(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
    }

    public static String email(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    public static String phone(String phone) {
        return phone.replaceAll("[^0-9]", "");
    }

    /** Escapes LIKE wildcards of user input (escape character backslash). */
    public static String likePrefix(String key) {
        return key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
