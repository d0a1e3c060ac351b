package org.mosaiccrm.platform.ui.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;

/**
 * What the pages served without Vaadin share (the sign-in page, the page behind a password link):
 * plain HTML without script or session, in the UI's look (Lumo's colours and sizes), with the
 * language switch, sent uncached.
 */
final class PlainPage {

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

    private PlainPage() {
    }

    /**
     * The page up to and with the language switch inside {@code <main id="mainId">}.
     *
     * @param languageHref the address of the page in a language (the switch's links)
     */
    static StringBuilder start(Locale locale, String title, String mainId, Function<Locale, String> languageHref) {
        boolean chinese = "zh".equals(locale.getLanguage());
        return new StringBuilder(4096).append("<!DOCTYPE html><html lang=\"").append(chinese ? "zh-CN" : "en").append("\"><head>")
                .append("<meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(escape(title)).append("</title><style>").append(STYLE).append("</style></head><body>")
                .append("<main id=\"").append(mainId).append("\"><nav id=\"language-switch\" aria-label=\"Language / 语言\">")
                .append(languageLink(Locale.ENGLISH, !chinese, languageHref))
                .append(languageLink(Locale.SIMPLIFIED_CHINESE, chinese, languageHref))
                .append("</nav>");
    }

    /** Sends {@code html}, never cached (it may carry a one-time key or a sign-in token). */
    static void send(HttpServletResponse response, String html) throws IOException {
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        byte[] page = html.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(page.length);
        response.getOutputStream().write(page);
    }

    private static String languageLink(Locale locale, boolean current, Function<Locale, String> href) {
        String tag = locale.toLanguageTag();
        return "<a href=\"" + escape(href.apply(locale)) + "\" lang=\"" + tag + "\" hreflang=\"" + tag + "\""
                + (current ? " aria-current=\"true\"" : "") + ">" + LanguageSwitch.label(locale) + "</a>";
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
