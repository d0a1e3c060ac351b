package org.mosaiccrm.platform.attachment;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A record type of a module that takes attachments, registered as an OSGi service by the module that
 * owns the records. The module answers for the calling user, with its own permissions and record
 * scope (a record that does not exist is one nobody may see): attachments are as visible as their
 * record. While the module is not installed its records' files are kept but nobody can reach them.
 */
@ConsumerType
public interface AttachableRecords {

    /** The record type, unique across modules, e.g. {@code customer}. */
    String recordType();

    /** Whether the calling user may see the record, and so its files. */
    boolean mayRead(long recordId);

    /** Whether the calling user may change the record, and so add and remove its files. */
    boolean mayChange(long recordId);
}
