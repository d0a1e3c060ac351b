package org.mosaiccrm.platform.attachment;

import java.time.Instant;

/**
 * A file kept with a record.
 *
 * @param recordType the record type a module registered ({@link AttachableRecords#recordType()})
 * @param recordId   the record's id in that module
 * @param fileName   the name it was uploaded with (without any folder)
 * @param mediaType  what its content is, found by reading it (e.g. {@code application/pdf}), never by its name
 * @param size       its size in bytes
 * @param sha256     its SHA-256, hexadecimal
 * @param addedBy    the user name of the one who added it
 */
public record Attachment(long id, String recordType, long recordId, String fileName, String mediaType, long size,
        String sha256, String addedBy, Instant addedAt) {
}
