package org.mosaiccrm.customer.service.internal;

import java.util.regex.Pattern;

/**
 * What typed search text can be, so that a search runs only the indexed queries that can match: an
 * {@code @} makes it an email, phone characters with three digits or more a phone number (which a
 * company name may also start with: 360, 58同城), anything else a name, or also the start of an
 * email when it is one word of ASCII.
 */
public final class SearchText {

    private static final Pattern PHONE = Pattern.compile("[+0-9()\\-\\s]+");
    private static final Pattern EMAIL_START = Pattern.compile("[\\x21-\\x7E]+");

    private SearchText() {
    }

    public static boolean isEmail(String text) {
        return text.contains("@");
    }

    public static boolean isPhone(String text) {
        return PHONE.matcher(text).matches() && SearchKeys.phone(text).length() >= 3;
    }

    /** Text that is neither an email nor a phone, but could begin an email address ("wang"). */
    public static boolean mayBeginEmail(String text) {
        return EMAIL_START.matcher(text).matches();
    }
}
