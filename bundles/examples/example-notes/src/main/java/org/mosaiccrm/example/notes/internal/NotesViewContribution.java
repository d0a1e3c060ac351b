package org.mosaiccrm.example.notes.internal;

import java.util.Optional;

import org.mosaiccrm.example.notes.NoteService;
import org.mosaiccrm.platform.attachment.Attachments;
import org.mosaiccrm.platform.ui.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** Puts the notes view on the route {@code notes} and in the menu. */
@Component(service = ViewContribution.class)
public class NotesViewContribution implements ViewContribution<NotesView> {

    private final NoteService notes;

    /** Files of notes only while the attachments service runs. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Attachments attachments;

    @Activate
    public NotesViewContribution(@Reference NoteService notes) {
        this.notes = notes;
    }

    @Override
    public String route() {
        return "notes";
    }

    @Override
    public Class<NotesView> viewClass() {
        return NotesView.class;
    }

    @Override
    public NotesView createView() {
        return new NotesView(notes, Optional.ofNullable(attachments));
    }

    @Override
    public String titleKey() {
        return "notes.title";
    }

    @Override
    public String requiredPermission() {
        return NoteService.PERMISSION_READ;
    }

    @Override
    public String icon() {
        return "NOTEBOOK";
    }
}
