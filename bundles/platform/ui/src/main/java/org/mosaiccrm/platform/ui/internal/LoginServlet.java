package org.mosaiccrm.platform.ui.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.mosaiccrm.platform.security.Authenticator;
import org.mosaiccrm.platform.security.LoginResult;
import org.mosaiccrm.platform.security.Subject;
import org.mosaiccrm.platform.text.Texts;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * The sign-in page, served without Vaadin and without a session: anyone may ask for it, so asking
 * must cost nothing that lasts. The HTTP session (and with the first page after it the UI session)
 * is created only for a successful sign-in, with a new id (no session fixation). A token in a
 * cookie of this path and in the form (double submit) keeps other sites from signing a browser in
 * to an account of theirs. Refusals never say whether the user name exists.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern(LoginServlet.PATH)
@HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.name=" + MosaicServletContextHelper.NAME + ")")
public class LoginServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String PATH = "/login";
    static final String TOKEN = "token";
    static final String NEXT = "next";
    static final String LANGUAGE = "lang";
    private static final String TOKEN_COOKIE = "mosaic-login";

    private static final AtomicLong ANSWERS = new AtomicLong();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final transient HostSecurity security;
    private final transient MosaicI18NProvider texts;

    @Activate
    public LoginServlet(@Reference HostSecurity security, @Reference Texts translations) {
        this.security = security;
        this.texts = new MosaicI18NProvider(translations);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String next = localPath(request.getParameter(NEXT));
        if (signedIn(request)) {
            redirect(request, response, next);
            return;
        }
        Locale locale = locale(request);
        String chosen = request.getParameter(LANGUAGE);
        if (chosen != null) {
            response.addHeader("Set-Cookie", LanguageCookie.header(locale, request.isSecure()));
        }
        render(request, response, new LoginPage.Content(locale, "", "", 0, next, token(request, response)));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = locale(request);
        String next = localPath(request.getParameter(NEXT));
        String username = Optional.ofNullable(request.getParameter("username")).orElse("");
        String shownName = username.length() > 64 ? username.substring(0, 64) : username;
        if (!tokenMatches(request)) {
            // an old form, or a form another site made: nothing is checked, the form comes again
            render(request, response, refusal(locale, shownName, text(locale, "login.expired"), next, request, response));
            return;
        }
        Authenticator authenticator = security.authenticator().orElse(null);
        if (authenticator == null) {
            render(request, response, refusal(locale, shownName, text(locale, "login.unavailable"), next, request, response));
            return;
        }
        char[] password = Optional.ofNullable(request.getParameter("password")).orElse("").toCharArray();
        LoginResult result = authenticator.login(username, password, request.getRemoteAddr());
        switch (result.outcome()) {
            case SUCCESS, PASSWORD_CHANGE_REQUIRED -> {
                HttpSession planted = request.getSession(false);
                if (planted != null) {
                    planted.invalidate();
                }
                request.getSession(true).setAttribute(SessionSubject.ATTRIBUTE, result.subject());
                redirect(request, response, next);
            }
            case TOO_SOON -> render(request, response, refusal(locale, shownName, text(locale, "login.tooSoon",
                    Math.max(1, (result.retryAfter().toMillis() + 999) / 1000)), next, request, response));
            case LOCKED -> render(request, response, refusal(locale, shownName, text(locale, "login.locked",
                    Math.max(1, (result.retryAfter().toSeconds() + 59) / 60)), next, request, response));
            default -> render(request, response, refusal(locale, shownName, text(locale, "login.invalid"), next,
                    request, response));
        }
    }

    private LoginPage.Content refusal(Locale locale, String username, String error, String next,
            HttpServletRequest request, HttpServletResponse response) {
        return new LoginPage.Content(locale, username, error, ANSWERS.incrementAndGet(), next, token(request, response));
    }

    private boolean signedIn(HttpServletRequest request) {
        return signedIn(request, security).isPresent();
    }

    /** Who is signed in in this browser (a password change pending counts), without creating a session. */
    static Optional<Subject> signedIn(HttpServletRequest request, HostSecurity security) {
        HttpSession session = request.getSession(false);
        return SessionSubject.of(session).filter(s -> security.isActive(s) || security.mustChangePassword(s));
    }

    private void render(HttpServletRequest request, HttpServletResponse response, LoginPage.Content content)
            throws IOException {
        PlainPage.send(response, LoginPage.html(content, (key, args) -> text(content.locale(), key, args)));
    }

    /** 303 to the page the user asked for before signing in, or home; never committed here (the filters add cookie flags). */
    private static void redirect(HttpServletRequest request, HttpServletResponse response, String next) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + (next.isEmpty() ? "/" : next));
        response.setHeader("Cache-Control", "no-store");
    }

    /** The form's token: the browser's own (several tabs may be open), or a new one. */
    private static String token(HttpServletRequest request, HttpServletResponse response) {
        Optional<String> existing = cookie(request, TOKEN_COOKIE).filter(value -> value.length() == 43);
        if (existing.isPresent()) {
            return existing.get();
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        response.addHeader("Set-Cookie", TOKEN_COOKIE + "=" + token + "; Path=" + request.getContextPath() + PATH
                + "; HttpOnly; SameSite=Strict" + (request.isSecure() ? "; Secure" : ""));
        return token;
    }

    private static boolean tokenMatches(HttpServletRequest request) {
        String sent = request.getParameter(TOKEN);
        Optional<String> kept = cookie(request, TOKEN_COOKIE);
        return sent != null && kept.isPresent() && MessageDigest.isEqual(
                sent.getBytes(StandardCharsets.UTF_8), kept.get().getBytes(StandardCharsets.UTF_8));
    }

    private static Optional<String> cookie(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Optional.empty()
                : Arrays.stream(cookies).filter(c -> name.equals(c.getName())).map(Cookie::getValue).findFirst();
    }

    /** The language asked for in the address, else the one this browser chose before, else its preference. */
    static Locale locale(HttpServletRequest request) {
        String chosen = request.getParameter(LANGUAGE);
        if (chosen != null) {
            return Texts.supported(Locale.forLanguageTag(chosen));
        }
        return LanguageCookie.of(request).orElseGet(() -> Texts.supported(request.getLocale()));
    }

    /**
     * A path of this application to go to after signing in; anything else (another site, {@code //host},
     * the sign-in page itself) is dropped, so that the page cannot be used to send users elsewhere.
     */
    static String localPath(String next) {
        if (next == null || next.length() > 2000 || !next.startsWith("/") || next.startsWith("//")
                || next.startsWith(PATH) || next.chars().anyMatch(c -> c < 0x20 || c == '\\')) {
            return "";
        }
        return next;
    }

    private String text(Locale locale, String key, Object... args) {
        return texts.getTranslation(key, locale, args);
    }
}
