package org.mosaiccrm.platform.attachment;

import java.io.InputStream;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The files kept with records. Every call is checked against the record's module for the calling
 * user ({@link AttachableRecords}): a record the user may not see is refused as if it did not exist
 * ({@link org.mosaiccrm.platform.security.AccessDeniedException}), as is a record type whose module is
 * not installed. Bad input is refused with {@link org.mosaiccrm.platform.InputRefusedException}
 * (field {@code file}) and nothing is kept.
 */
@ProviderType
public interface Attachments {

    /** Whether the calling user may add files to the record and remove them (for offering it; every change checks again). */
    boolean mayChange(String recordType, long recordId);

    /** The largest file accepted, in megabytes (the configuration's limit, said before a user uploads). */
    default int maxSizeMegabytes() {
        return 20;
    }

    /** A record's files, newest first. */
    List<Attachment> list(String recordType, long recordId);

    /**
     * Keeps {@code content} with the record. Refused: an empty file, one above the size limit, one whose
     * content is of a type not on the allow-list (whatever its name says). Audited.
     */
    Attachment add(String recordType, long recordId, String fileName, InputStream content);

    /** Opens a file for reading, for a user who may see its record. */
    AttachmentContent open(long attachmentId);

    /** Removes a file from its record, for a user who may change the record. Audited. */
    void delete(long attachmentId);
}
