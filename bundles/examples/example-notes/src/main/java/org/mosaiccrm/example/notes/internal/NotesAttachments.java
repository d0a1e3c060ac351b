package org.mosaiccrm.example.notes.internal;

import org.mosaiccrm.example.notes.NoteService;
import org.mosaiccrm.platform.attachment.AttachableRecords;
import org.mosaiccrm.platform.security.AccessPolicy;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Notes take attachments: whoever may read notes sees a note's files, whoever may write notes adds
 * and removes them. Purging the module removes the files with its tables (a copy goes into the backup).
 */
@Component(service = AttachableRecords.class)
public class NotesAttachments implements AttachableRecords {

    private final NoteService notes;
    private final AccessPolicy policy;

    @Activate
    public NotesAttachments(@Reference NoteService notes, @Reference AccessPolicy policy) {
        this.notes = notes;
        this.policy = policy;
    }

    @Override
    public String recordType() {
        return NoteService.ATTACHMENT_TYPE;
    }

    @Override
    public boolean mayRead(long recordId) {
        return policy.isPermitted(NoteService.PERMISSION_READ) && notes.find(recordId).isPresent();
    }

    @Override
    public boolean mayChange(long recordId) {
        return policy.isPermitted(NoteService.PERMISSION_CREATE) && mayRead(recordId);
    }
}
