package org.mosaiccrm.platform.ui.internal;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.mosaiccrm.platform.attachment.AttachmentContent;
import org.mosaiccrm.platform.attachment.Attachments;
import org.mosaiccrm.platform.security.AccessDeniedException;
import org.mosaiccrm.platform.security.CurrentSubject;
import org.mosaiccrm.platform.security.Subject;
import org.mosaiccrm.platform.text.Texts;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * {@code /attachments/<id>}: an attachment's file for the signed-in user who may see its record (the
 * attachment service asks the record's module). Always saved as a file, never shown in the browser —
 * an HTML or SVG file someone uploaded must not run in the CRM's pages — and never cached. A file
 * one may not see and one that does not exist get the same answer.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern(AttachmentServlet.PATH + "/*")
@HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.name=" + MosaicServletContextHelper.NAME + ")")
public class AttachmentServlet extends HttpServlet {

    static final String PATH = "/attachments";

    private static final long serialVersionUID = 1L;
    /** Types a browser would run or show as a page: sent as plain bytes. */
    private static final Set<String> ACTIVE = Set.of("text/html", "application/xhtml+xml", "image/svg+xml", "text/xml",
            "application/xml", "text/javascript", "application/javascript");

    private final transient Attachments attachments;
    private final transient HostSecurity security;
    private final transient Texts translations;

    @Activate
    public AttachmentServlet(@Reference Attachments attachments, @Reference HostSecurity security,
            @Reference Texts translations) {
        this.attachments = attachments;
        this.security = security;
        this.translations = translations;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        Subject subject = subject(request.getSession(false));
        if (subject == null) {
            String next = PATH + (request.getPathInfo() == null ? "" : request.getPathInfo());
            response.sendRedirect(request.getContextPath() + "/login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
            return;
        }
        long id;
        try {
            id = Long.parseLong(request.getPathInfo() == null ? "" : request.getPathInfo().substring(1));
        } catch (NumberFormatException notANumber) {
            notFound(request, response);
            return;
        }
        try (CurrentSubject.Scope caller = CurrentSubject.bind(subject);
                AttachmentContent content = attachments.open(id)) {
            String type = content.attachment().mediaType();
            response.setContentType(ACTIVE.contains(type.toLowerCase(Locale.ROOT)) ? "application/octet-stream" : type);
            response.setContentLengthLong(content.attachment().size());
            response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                    + URLEncoder.encode(content.attachment().fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
            response.setHeader("Content-Security-Policy", "sandbox; default-src 'none'");
            content.stream().transferTo(response.getOutputStream());
        } catch (AccessDeniedException denied) {
            notFound(request, response);
        }
    }

    /** The session's subject while it may still work (as the UI servlet decides it). */
    private Subject subject(HttpSession session) {
        Subject subject = SessionSubject.of(session).orElse(null);
        return subject != null && security.isActive(subject) ? subject : null;
    }

    private void notFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(translations.text("attachment.notFound", LoginServlet.locale(request)).orElse("Not found."));
    }
}
