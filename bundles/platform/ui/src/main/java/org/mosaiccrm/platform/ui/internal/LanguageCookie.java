package org.mosaiccrm.platform.ui.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.mosaiccrm.platform.text.Texts;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The language a browser chose, kept in a cookie: the sign-in page runs without a session, and the
 * choice should hold for the next sign-in on the same browser anyway.
 */
final class LanguageCookie {

    static final String NAME = "mosaic-lang";

    private LanguageCookie() {
    }

    /** The language chosen on this browser, if any. */
    static Optional<Locale> of(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Optional.empty() : Arrays.stream(cookies)
                .filter(cookie -> NAME.equals(cookie.getName()))
                .findFirst()
                .map(cookie -> Texts.supported(Locale.forLanguageTag(cookie.getValue())));
    }

    /** The {@code Set-Cookie} value remembering {@code locale} for a year. */
    static String header(Locale locale, boolean secure) {
        return NAME + "=" + Texts.supported(locale).toLanguageTag() + "; Path=/; Max-Age=31536000; SameSite=Lax"
                + (secure ? "; Secure" : "");
    }
}
