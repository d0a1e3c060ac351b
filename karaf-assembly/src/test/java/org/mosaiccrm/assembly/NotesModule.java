package org.mosaiccrm.assembly;

import org.mosaiccrm.platform.security.Subject;
import org.osgi.framework.BundleContext;

/**
 * The example notes module as seen from the test probe. The probe must not wire to the module's
 * API package: uninstalling the module would then refresh the probe itself. So it calls the
 * module's service by name, as a bundle that merely tolerates the module would.
 */
public final class NotesModule {

    public static final String FEATURE = "mosaic-example-notes";
    public static final String SERVICE = "org.mosaiccrm.example.notes.NoteService";

    private final ServiceByName service;
    private final Subject subject;

    /** Calls the notes service as {@code subject}. */
    public NotesModule(BundleContext context, Subject subject) {
        this.service = new ServiceByName(context, SERVICE);
        this.subject = subject;
    }

    public boolean isUp() {
        return service.isUp();
    }

    /** Writes a note; returns its id. Bad input surfaces as the service's IllegalArgumentException. */
    public long write(String text) {
        return (Long) ServiceByName.read(service.call(subject, "create", new Class<?>[] { String.class }, text), "id");
    }

    public long count() {
        return (Long) service.call(subject, "count", new Class<?>[0]);
    }
}
