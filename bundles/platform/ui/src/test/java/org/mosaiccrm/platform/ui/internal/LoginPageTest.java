package org.mosaiccrm.platform.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class LoginPageTest {

    @Test
    void whatAUserTypedComesBackEscaped() {
        String html = LoginPage.html(new LoginPage.Content(Locale.ENGLISH, "\"><script>alert(1)</script>",
                "Wrong user name or password.", 7, "/customers/5?tab=<x>", "tok"), (key, args) -> key);
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("value=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\""), html);
        assertTrue(html.contains("<p id=\"login-error\" class=\"error\" role=\"alert\" data-answer=\"7\">"), html);
        assertTrue(html.contains("name=\"next\" value=\"/customers/5?tab=&lt;x&gt;\""), html);
    }

    @Test
    void noErrorElementBeforeAnAnswerAndTheLanguageIsDeclared() {
        String html = LoginPage.html(new LoginPage.Content(Locale.SIMPLIFIED_CHINESE, "", "", 0, "", "tok"),
                (key, args) -> key);
        assertFalse(html.contains("login-error"));
        assertTrue(html.startsWith("<!DOCTYPE html><html lang=\"zh-CN\">"), html);
        assertTrue(html.contains("<a href=\"/login?lang=zh-CN\" lang=\"zh-CN\" hreflang=\"zh-CN\" aria-current=\"true\">简体中文</a>"), html);
    }

    @Test
    void onlyPathsOfThisApplicationAreFollowedAfterSigningIn() {
        assertEquals("/customers/5?tab=notes", LoginServlet.localPath("/customers/5?tab=notes"));
        assertEquals("", LoginServlet.localPath("https://evil.example/"));
        assertEquals("", LoginServlet.localPath("//evil.example/"));
        assertEquals("", LoginServlet.localPath("/\\evil.example/"));
        assertEquals("", LoginServlet.localPath("/login?next=/x"));
        assertEquals("", LoginServlet.localPath("/a\r\nSet-Cookie: x=y"));
        assertEquals("", LoginServlet.localPath(null));
    }

    @Test
    void thePasswordLinkPageEscapesTheKeyAndShowsNoFormWithoutAUser() {
        String form = PasswordLinkPage.html(new PasswordLinkPage.Content(Locale.ENGLISH, "k\"><script>x</script>", "lin<b>",
                "", "", false), (key, args) -> key + (args.length > 0 ? ":" + args[0] : ""));
        assertFalse(form.contains("<script>") || form.contains("<b>"), form);
        assertTrue(form.contains("name=\"key\" value=\"k&quot;&gt;&lt;script&gt;x&lt;/script&gt;\""), form);
        assertTrue(form.contains("<p id=\"password-link-for\">passwordLink.for:lin&lt;b&gt;</p>"), form);
        assertTrue(form.contains("href=\"/set-password?key=k%22%3E%3Cscript%3Ex%3C%2Fscript%3E&amp;lang=zh-CN\""), form);

        String used = PasswordLinkPage.html(new PasswordLinkPage.Content(Locale.ENGLISH, "k", null, "It was used.", "", false),
                (key, args) -> key);
        assertFalse(used.contains("<form"), used);
        assertTrue(used.contains("<p id=\"password-link-message\" class=\"error\" role=\"alert\">It was used.</p>"), used);
        assertFalse(used.contains("password-link-sign-in"));
    }
}
