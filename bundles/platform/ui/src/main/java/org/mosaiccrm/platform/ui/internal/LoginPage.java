package org.mosaiccrm.platform.ui.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.BiFunction;

import org.mosaiccrm.platform.security.Authenticator;

/**
 * The HTML of the sign-in page: a plain form ({@link PlainPage}), so that showing it costs no
 * session and next to no memory however often it is asked for. It keeps the ids the UI's sign-in
 * form had.
 */
final class LoginPage {

    /** What one rendering shows. {@code answer} numbers the refusals, so a repeated text reads as new. */
    record Content(Locale locale, String username, String error, long answer, String next, String token) {
    }


    private LoginPage() {
    }

    /**
     * @param text the translation of a key with its arguments, in {@code content.locale()}
     */
    static String html(Content content, BiFunction<String, Object[], String> text) {
        String next = content.next();
        StringBuilder html = PlainPage.start(content.locale(), text.apply("login.title", NONE) + " · " + text.apply("app.name", NONE),
                "login-view", locale -> LoginServlet.PATH + "?" + LoginServlet.LANGUAGE + "=" + locale.toLanguageTag()
                        + (next.isEmpty() ? "" : "&" + LoginServlet.NEXT + "=" + URLEncoder.encode(next, StandardCharsets.UTF_8)));
        html.append("<h1>").append(escape(text.apply("app.name", NONE))).append("</h1>")
                .append("<form method=\"post\" action=\"").append(LoginServlet.PATH).append("\">")
                .append(hidden(LoginServlet.TOKEN, content.token()))
                .append(hidden(LoginServlet.NEXT, content.next()))
                .append("<label for=\"login-username\">").append(escape(text.apply("login.username", NONE))).append("</label>")
                .append("<input id=\"login-username\" name=\"username\" autocomplete=\"username\" maxlength=\"64\"")
                .append(" required autocapitalize=\"none\" spellcheck=\"false\" value=\"").append(escape(content.username()))
                .append('"').append(content.username().isEmpty() ? " autofocus" : "").append('>')
                .append("<label for=\"login-password\">").append(escape(text.apply("login.password", NONE))).append("</label>")
                .append("<input id=\"login-password\" name=\"password\" type=\"password\" autocomplete=\"current-password\"")
                .append(" required maxlength=\"").append(Authenticator.MAX_PASSWORD).append('"')
                .append(content.username().isEmpty() ? "" : " autofocus").append('>');
        if (!content.error().isEmpty()) {
            html.append("<p id=\"login-error\" class=\"error\" role=\"alert\" data-answer=\"").append(content.answer())
                    .append("\">").append(escape(content.error())).append("</p>");
        }
        html.append("<button id=\"login-submit\" type=\"submit\">").append(escape(text.apply("login.submit", NONE)))
                .append("</button></form></main></body></html>");
        return html.toString();
    }

    private static final Object[] NONE = {};

    private static String hidden(String name, String value) {
        return "<input type=\"hidden\" name=\"" + name + "\" value=\"" + escape(value) + "\">";
    }

    private static String escape(String text) {
        return PlainPage.escape(text);
    }
}
