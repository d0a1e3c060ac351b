package org.mosaiccrm.platform.security.service.internal.access;

import java.util.regex.Pattern;

/**
 * A granted permission id, or a pattern where {@code *} stands for any characters: {@code
 * sales.*} is every sales permission, {@code sales*.read} every sales read permission. A pattern
 * must start with a module name, so no grant reaches every module.
 */
public record GrantPattern(String text, Pattern regex) {

    private static final Pattern VALID = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9*-]+|\\*)[a-z0-9.*-]*");

    public static boolean isValid(String text) {
        return text != null && text.length() <= 120 && VALID.matcher(text).matches();
    }

    public static GrantPattern of(String text) {
        if (!isValid(text)) {
            throw new IllegalArgumentException("Not a grant pattern: " + text);
        }
        StringBuilder regex = new StringBuilder();
        for (String part : text.split("\\*", -1)) {
            if (regex.length() > 0) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(part));
        }
        return new GrantPattern(text, Pattern.compile(regex.toString()));
    }

    public boolean matches(String permission) {
        return regex.matcher(permission).matches();
    }
}
