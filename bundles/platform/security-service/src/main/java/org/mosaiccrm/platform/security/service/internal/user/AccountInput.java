package org.mosaiccrm.platform.security.service.internal.user;

import java.util.regex.Pattern;
import org.mosaiccrm.platform.InputRefusedException;


/** Validation of user, role and team input; each failure names the field and an i18n key. */
final class AccountInput {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{2,64}");
    private static final Pattern ROLE_CODE = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    private AccountInput() {
    }

    static String username(String value) {
        String text = value == null ? "" : value.strip();
        if (!USERNAME.matcher(text).matches()) {
            throw new InputRefusedException("username", "user.username.invalid");
        }
        return text;
    }

    static String roleCode(String value) {
        String text = value == null ? "" : value.strip();
        if (!ROLE_CODE.matcher(text).matches()) {
            throw new InputRefusedException("code", "role.code.invalid");
        }
        return text;
    }

    /** A name shown to people: required, bounded, no control characters (stored as plain text). */
    static String name(String field, String value, int max) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw new InputRefusedException(field, "input.required");
        }
        if (text.codePointCount(0, text.length()) > max) {
            throw new InputRefusedException(field, "input.tooLong");
        }
        if (text.codePoints().anyMatch(Character::isISOControl)) {
            throw new InputRefusedException(field, "input.controlCharacters");
        }
        return text;
    }
}
