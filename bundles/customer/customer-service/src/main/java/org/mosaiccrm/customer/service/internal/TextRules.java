package org.mosaiccrm.customer.service.internal;

import java.util.Locale;
import java.util.regex.Pattern;
import org.mosaiccrm.platform.InputRefusedException;


/**
 * The input rules every customer-module field follows: trimmed, empty means "not set", no control
 * characters (line breaks allowed only where a field is multi-line), a maximum length, and an
 * i18n key with the field's name when refused. Script in a name is stored as inert text.
 */
public final class TextRules {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[+0-9()\\-\\s]{3,30}");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    private static final Pattern CONTROL_EXCEPT_LINES = Pattern.compile("[\\p{Cntrl}&&[^\\n\\r\\t]]");
    private static final Pattern WEBSITE = Pattern.compile("(https?://)?[\\p{L}0-9.-]+\\.[\\p{L}]{2,}(/\\S*)?",
            Pattern.CASE_INSENSITIVE);

    private TextRules() {
    }

    /** A single-line field; null when empty. */
    public static String line(String field, String value, int max) {
        return clean(field, value, max, CONTROL);
    }

    /** A field that may hold line breaks (notes, summaries); null when empty. */
    public static String multiline(String field, String value, int max) {
        return clean(field, value, max, CONTROL_EXCEPT_LINES);
    }

    /** A required single-line field. */
    public static String required(String field, String value, int max) {
        String cleaned = line(field, value, max);
        if (cleaned == null) {
            throw new InputRefusedException(field, "customer.error." + field + ".required");
        }
        return cleaned;
    }

    public static String email(String field, String value) {
        String email = line(field, value, 254);
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new InputRefusedException(field, "customer.error.email.invalid");
        }
        return email;
    }

    public static String phone(String field, String value) {
        String phone = line(field, value, 30);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw new InputRefusedException(field, "customer.error.phone.invalid");
        }
        return phone;
    }

    public static String website(String field, String value) {
        String site = line(field, value, 200);
        if (site != null && !WEBSITE.matcher(site).matches()) {
            throw new InputRefusedException(field, "customer.error.website.invalid");
        }
        return site;
    }

    /** A tag: one line, lower-case, no commas (tags are listed comma-separated in files). */
    public static String tag(String value, int max) {
        String tag = line("tags", value, max);
        if (tag == null) {
            return null;
        }
        if (tag.contains(",")) {
            throw new InputRefusedException("tags", "customer.error.tag.comma");
        }
        return tag.toLowerCase(Locale.ROOT);
    }

    private static String clean(String field, String value, int max, Pattern forbidden) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (forbidden.matcher(stripped).find()) {
            throw new InputRefusedException(field, "customer.error.control");
        }
        if (stripped.length() > max) {
            throw new InputRefusedException(field, "customer.error.tooLong");
        }
        return stripped;
    }

    /** A stored optional text as the API shows it: empty rather than null. */
    public static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
