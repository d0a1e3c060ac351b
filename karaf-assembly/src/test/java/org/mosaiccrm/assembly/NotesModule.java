package org.mosaiccrm.assembly;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

import org.mosaiccrm.platform.security.CurrentSubject;
import org.mosaiccrm.platform.security.Subject;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * The example notes module as seen from the test probe. The probe must not wire to the module's
 * API package: uninstalling the module would then refresh the probe itself. So it calls the
 * module's service by name, as a bundle that merely tolerates the module would.
 */
final class NotesModule {

    static final String FEATURE = "mosaic-example-notes";
    static final String SERVICE = "org.mosaiccrm.example.notes.NoteService";

    private final BundleContext context;
    private final Subject subject;

    /** Calls the notes service as {@code subject}. */
    NotesModule(BundleContext context, Subject subject) {
        this.context = context;
        this.subject = subject;
    }

    boolean isUp() {
        return context.getServiceReference(SERVICE) != null;
    }

    /** Writes a note; returns its id. Bad input surfaces as the service's IllegalArgumentException. */
    long write(String text) {
        Object note = call("create", new Class<?>[] { String.class }, text);
        return (Long) invoke(note, "id");
    }

    long count() {
        return (Long) call("count", new Class<?>[0]);
    }

    private Object call(String method, Class<?>[] types, Object... args) {
        return CurrentSubject.callAs(subject, () -> callAsSubject(method, types, args));
    }

    private Object callAsSubject(String method, Class<?>[] types, Object... args) {
        ServiceReference<?> reference = context.getServiceReference(SERVICE);
        if (reference == null) {
            throw new IllegalStateException("notes module is not running");
        }
        Object service = context.getService(reference);
        try {
            Method m = service.getClass().getMethod(method, types);
            return m.invoke(service, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        } finally {
            context.ungetService(reference);
        }
    }

    private static Object invoke(Object target, String method) {
        try {
            Method m = target.getClass().getMethod(method);
            m.setAccessible(true);
            return m.invoke(target);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
