package org.mosaiccrm.platform.ui.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.mosaiccrm.platform.security.Authenticator;
import org.mosaiccrm.platform.security.PasswordLink;
import org.mosaiccrm.platform.security.PasswordRejectedException;
import org.mosaiccrm.platform.security.Subject;
import org.mosaiccrm.platform.text.Texts;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * The page behind a {@link PasswordLink}: the new user (or one whose password was reset) chooses a
 * password. Served like the sign-in page, without Vaadin and without a session. A browser signed in
 * to the CRM is refused, so the administrator who created the link does not use it by accident in
 * their own session; that it was used, and from where, is in the audit log, and the user who comes
 * second is told so. No sign-in happens here: the user signs in with the new password next.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern(PasswordLink.PATH)
@HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.name=" + MosaicServletContextHelper.NAME + ")")
public class PasswordLinkServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient HostSecurity security;
    private final transient MosaicI18NProvider texts;

    @Activate
    public PasswordLinkServlet(@Reference HostSecurity security, @Reference Texts translations) {
        this.security = security;
        this.texts = new MosaicI18NProvider(translations);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = LoginServlet.locale(request);
        if (request.getParameter(LoginServlet.LANGUAGE) != null) {
            response.addHeader("Set-Cookie", LanguageCookie.header(locale, request.isSecure()));
        }
        String key = key(request);
        Optional<String> refusal = refusal(request, locale);
        if (refusal.isPresent()) {
            render(response, message(locale, key, refusal.get(), false));
            return;
        }
        try {
            String username = security.authenticator().orElseThrow().passwordLinkUser(key);
            render(response, new PasswordLinkPage.Content(locale, key, username, "", "", false));
        } catch (PasswordRejectedException e) {
            render(response, message(locale, key, text(locale, e.getMessage()), false));
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = LoginServlet.locale(request);
        String key = key(request);
        Optional<String> refusal = refusal(request, locale);
        if (refusal.isPresent()) {
            render(response, message(locale, key, refusal.get(), false));
            return;
        }
        Authenticator authenticator = security.authenticator().orElseThrow();
        char[] password = Optional.ofNullable(request.getParameter("password")).orElse("").toCharArray();
        char[] repeat = Optional.ofNullable(request.getParameter("repeat")).orElse("").toCharArray();
        try {
            if (!Arrays.equals(password, repeat)) {
                throw new PasswordRejectedException("password.mismatch");
            }
            authenticator.setPasswordWithLink(key, password, request.getRemoteAddr());
            render(response, message(locale, key, text(locale, "passwordLink.done"), true));
        } catch (PasswordRejectedException e) {
            if (e.getMessage().startsWith("passwordLink.")) {
                render(response, message(locale, key, text(locale, e.getMessage()), false));
            } else {
                // the link still works: the form again, saying what was wrong with the password
                String error = text(locale, e.getMessage(), Authenticator.MIN_PASSWORD, Authenticator.MAX_PASSWORD);
                try {
                    render(response, new PasswordLinkPage.Content(locale, key, authenticator.passwordLinkUser(key), "",
                            error, false));
                } catch (PasswordRejectedException meanwhile) { // used in another tab meanwhile
                    render(response, message(locale, key, text(locale, meanwhile.getMessage()), false));
                }
            }
        } finally {
            Arrays.fill(password, '\0');
            Arrays.fill(repeat, '\0');
        }
    }

    /** Why the page shows no form whatever the link: a browser signed in, or sign-in not available. */
    private Optional<String> refusal(HttpServletRequest request, Locale locale) {
        Optional<Subject> signedIn = LoginServlet.signedIn(request, security);
        if (signedIn.isPresent()) {
            return Optional.of(text(locale, "passwordLink.signedIn", signedIn.get().username()));
        }
        if (security.authenticator().isEmpty()) {
            return Optional.of(text(locale, "login.unavailable"));
        }
        return Optional.empty();
    }

    private static String key(HttpServletRequest request) {
        String key = request.getParameter(PasswordLink.KEY);
        return key == null || key.length() > 200 ? "" : key.strip();
    }

    private static PasswordLinkPage.Content message(Locale locale, String key, String message, boolean done) {
        return new PasswordLinkPage.Content(locale, key, null, message, "", done);
    }

    private void render(HttpServletResponse response, PasswordLinkPage.Content content) throws IOException {
        // the key is in this page's address: no other page learns it
        response.setHeader("Referrer-Policy", "no-referrer");
        PlainPage.send(response, PasswordLinkPage.html(content, (key, args) -> text(content.locale(), key, args)));
    }

    private String text(Locale locale, String key, Object... args) {
        return texts.getTranslation(key, locale, args);
    }
}
