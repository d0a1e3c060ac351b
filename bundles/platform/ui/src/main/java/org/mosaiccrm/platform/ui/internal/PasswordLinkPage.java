package org.mosaiccrm.platform.ui.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.BiFunction;

import org.mosaiccrm.platform.security.Authenticator;
import org.mosaiccrm.platform.security.PasswordLink;

/**
 * The HTML of the page behind a password link: like the sign-in page a plain form ({@link PlainPage}). It shows either the form (greeting the user by name) or only a message (link unusable,
 * browser signed in, password set).
 */
final class PasswordLinkPage {

    /**
     * What one rendering shows.
     *
     * @param username whose link it is; {@code null}: no form, only {@code message}
     * @param error a refusal of the typed password, shown above the button
     * @param done whether the password has just been set (a way to the sign-in page follows)
     */
    record Content(Locale locale, String key, String username, String message, String error, boolean done) {
    }

    private static final Object[] NONE = {};

    private PasswordLinkPage() {
    }

    static String html(Content content, BiFunction<String, Object[], String> text) {
        String key = URLEncoder.encode(content.key(), StandardCharsets.UTF_8);
        StringBuilder html = PlainPage.start(content.locale(), text.apply("passwordLink.title", NONE) + " · " + text.apply("app.name", NONE),
                "password-link-view", locale -> PasswordLink.PATH + "?" + PasswordLink.KEY + "=" + key + "&" + LoginServlet.LANGUAGE
                        + "=" + locale.toLanguageTag());
        html.append("<h1 class=\"page\">").append(escape(text.apply("passwordLink.title", NONE))).append("</h1>");
        if (content.username() == null) {
            html.append("<p id=\"password-link-message\"").append(content.done() ? "" : " class=\"error\" role=\"alert\"")
                    .append('>').append(escape(content.message())).append("</p>");
            if (content.done()) {
                html.append("<a id=\"password-link-sign-in\" class=\"button\" href=\"").append(LoginServlet.PATH)
                        .append("\">").append(escape(text.apply("passwordLink.signIn", NONE))).append("</a>");
            }
            return html.append("</main></body></html>").toString();
        }
        // the user name for the browser's password manager, which stores the new password under it
        html.append("<p id=\"password-link-for\">").append(escape(text.apply("passwordLink.for", new Object[] { content.username() })))
                .append("</p><p class=\"hint\">")
                .append(escape(text.apply("password.hint", new Object[] { Authenticator.MIN_PASSWORD }))).append("</p>")
                .append("<form method=\"post\" action=\"").append(PasswordLink.PATH).append("\">")
                .append("<input type=\"hidden\" name=\"").append(PasswordLink.KEY).append("\" value=\"")
                .append(escape(content.key())).append("\">")
                .append("<input type=\"text\" name=\"username\" autocomplete=\"username\" value=\"")
                .append(escape(content.username())).append("\" hidden readonly>")
                .append(passwordInput("password-link-new", "password", text.apply("password.new", NONE), true))
                .append(passwordInput("password-link-repeat", "repeat", text.apply("password.repeat", NONE), false));
        if (!content.error().isEmpty()) {
            html.append("<p id=\"password-link-error\" class=\"error\" role=\"alert\">").append(escape(content.error()))
                    .append("</p>");
        }
        return html.append("<button id=\"password-link-save\" type=\"submit\">")
                .append(escape(text.apply("passwordLink.save", NONE))).append("</button></form></main></body></html>")
                .toString();
    }

    private static String passwordInput(String id, String name, String label, boolean autofocus) {
        return "<label for=\"" + id + "\">" + escape(label) + "</label><input id=\"" + id + "\" name=\"" + name
                + "\" type=\"password\" autocomplete=\"new-password\" required minlength=\"" + Authenticator.MIN_PASSWORD
                + "\" maxlength=\"" + Authenticator.MAX_PASSWORD + "\"" + (autofocus ? " autofocus" : "") + ">";
    }

    private static String escape(String text) {
        return PlainPage.escape(text);
    }
}
