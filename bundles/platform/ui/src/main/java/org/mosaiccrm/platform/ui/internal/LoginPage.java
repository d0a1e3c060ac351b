package org.mosaiccrm.platform.ui.internal;

import java.util.Locale;
import java.util.function.BiFunction;

import org.mosaiccrm.platform.security.Authenticator;

/**
 * The HTML of the sign-in page: a plain form, no script, so that showing it costs no session and
 * next to no memory however often it is asked for. It looks like the UI (Lumo's colours and sizes)
 * and keeps the ids the UI's sign-in form had.
 */
final class LoginPage {

    /** What one rendering shows. {@code answer} numbers the refusals, so a repeated text reads as new. */
    record Content(Locale locale, String username, String error, long answer, String next, String token) {
    }

    static final String STYLE = """
            html{font-family:-apple-system,BlinkMacSystemFont,"Roboto","Segoe UI",Helvetica,Arial,"Microsoft YaHei",\
            "PingFang SC",sans-serif;font-size:16px;color:hsla(214,40%,16%,.94);background:#fff}
            body{margin:0;min-height:100vh;display:flex;align-items:center;justify-content:center}
            main{width:20em;max-width:calc(100vw - 2em);padding:1em 0}
            nav{display:flex;gap:1em;justify-content:center;margin-bottom:1em}
            nav a{color:hsl(214,90%,48%);text-decoration:none;padding:.25em .5em;border-radius:4px}
            nav a[aria-current]{color:inherit;font-weight:600}
            a:focus-visible,input:focus-visible,button:focus-visible{outline:2px solid hsl(214,90%,52%);outline-offset:2px}
            h1{font-size:2.5em;font-weight:600;text-align:center;margin:0 0 .75em}
            label{display:block;font-size:.875em;font-weight:500;color:hsla(214,42%,18%,.69);margin:.75em 0 .25em}
            input{box-sizing:border-box;width:100%;height:2.25em;font:inherit;padding:0 .5em;border:none;\
            border-radius:4px;background:hsla(214,57%,24%,.1)}
            p.error{color:hsl(3,85%,35%);margin:.75em 0 0}
            h1.page{font-size:1.75em}
            p.hint{font-size:.875em;color:hsla(214,42%,18%,.69)}
            a.button{display:block;text-align:center;line-height:2.25em;text-decoration:none}
            button,a.button{width:100%;height:2.25em;margin-top:1.25em;font:inherit;font-weight:600;color:#fff;border:none;\
            border-radius:4px;background:hsl(214,90%,48%);cursor:pointer}
            """;

    private LoginPage() {
    }

    /**
     * @param text the translation of a key with its arguments, in {@code content.locale()}
     */
    static String html(Content content, BiFunction<String, Object[], String> text) {
        Locale locale = content.locale();
        boolean chinese = "zh".equals(locale.getLanguage());
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html><html lang=\"").append(chinese ? "zh-CN" : "en").append("\"><head>")
                .append("<meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(escape(text.apply("login.title", NONE) + " · " + text.apply("app.name", NONE)))
                .append("</title><style>").append(STYLE).append("</style></head><body><main id=\"login-view\">")
                .append("<nav id=\"language-switch\" aria-label=\"Language / 语言\">")
                .append(languageLink(Locale.ENGLISH, !chinese, content.next()))
                .append(languageLink(Locale.SIMPLIFIED_CHINESE, chinese, content.next()))
                .append("</nav><h1>").append(escape(text.apply("app.name", NONE))).append("</h1>")
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

    private static String languageLink(Locale locale, boolean current, String next) {
        String tag = locale.toLanguageTag();
        String href = LoginServlet.PATH + "?" + LoginServlet.LANGUAGE + "=" + tag
                + (next.isEmpty() ? "" : "&" + LoginServlet.NEXT + "=" + java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8));
        return "<a href=\"" + escape(href) + "\" lang=\"" + tag + "\" hreflang=\"" + tag + "\""
                + (current ? " aria-current=\"true\"" : "") + ">" + LanguageSwitch.label(locale) + "</a>";
    }

    private static String hidden(String name, String value) {
        return "<input type=\"hidden\" name=\"" + name + "\" value=\"" + escape(value) + "\">";
    }

    /** Text made safe inside HTML elements and double-quoted attributes. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
