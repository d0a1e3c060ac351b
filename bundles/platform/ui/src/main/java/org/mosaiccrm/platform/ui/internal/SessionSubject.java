package org.mosaiccrm.platform.ui.internal;

import java.util.Optional;

import jakarta.servlet.http.HttpSession;

import org.mosaiccrm.platform.security.CurrentSubject;
import org.mosaiccrm.platform.security.Subject;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;

/**
 * The logged-in subject of an HTTP session. The servlet makes it the {@link CurrentSubject} of
 * every request; {@link #access} does the same for work pushed into a UI from other threads.
 */
final class SessionSubject {

    static final String ATTRIBUTE = "org.mosaiccrm.subject";

    private SessionSubject() {
    }

    static Optional<Subject> of(HttpSession session) {
        return session == null ? Optional.empty() : subject(session.getAttribute(ATTRIBUTE));
    }

    static Optional<Subject> of(VaadinSession session) {
        WrappedSession wrapped = session == null ? null : session.getSession();
        return wrapped == null ? Optional.empty() : subject(wrapped.getAttribute(ATTRIBUTE));
    }

    static Optional<Subject> current() {
        return of(VaadinSession.getCurrent());
    }

    static void set(VaadinSession session, Subject subject) {
        session.getSession().setAttribute(ATTRIBUTE, subject);
    }

    static void clear(VaadinSession session) {
        WrappedSession wrapped = session.getSession();
        if (wrapped != null) {
            wrapped.removeAttribute(ATTRIBUTE);
        }
    }

    /** {@link UI#access} with the session's subject as the current subject. */
    static void access(UI ui, Command command) {
        ui.access(() -> {
            Subject subject = of(ui.getSession()).orElse(null);
            try (CurrentSubject.Scope ignored = CurrentSubject.bind(subject)) {
                command.execute();
            }
        });
    }

    private static Optional<Subject> subject(Object value) {
        return value instanceof Subject subject ? Optional.of(subject) : Optional.empty();
    }
}
