package org.mosaiccrm.platform.attachments.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.mosaiccrm.platform.attachment.Attachment;

/** A file kept with a record: its row in {@code PLT_ATTACHMENT}. */
@Entity
@Table(name = "PLT_ATTACHMENT")
public class AttachmentRow {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plt_attachment_seq")
    @SequenceGenerator(name = "plt_attachment_seq", sequenceName = "PLT_ATTACHMENT_SEQ", allocationSize = 50)
    @Column(name = "ID")
    private Long id;
    @Column(name = "RECORD_TYPE")
    private String recordType;
    @Column(name = "RECORD_ID")
    private long recordId;
    @Column(name = "FILE_NAME")
    private String fileName;
    @Column(name = "MEDIA_TYPE")
    private String mediaType;
    @Column(name = "SIZE_BYTES")
    private long size;
    @Column(name = "SHA256")
    private String sha256;
    @Column(name = "ADDED_BY")
    private String addedBy;
    @Column(name = "ADDED_AT")
    private Instant addedAt;
    /** Empty for a record type registered by a bundle outside any module. */
    @Column(name = "MODULE_ID")
    private String moduleId;

    protected AttachmentRow() {
        // for JPA
    }

    AttachmentRow(String recordType, long recordId, String fileName, String mediaType, long size, String sha256,
            String addedBy, Instant addedAt, String moduleId) {
        this.recordType = recordType;
        this.recordId = recordId;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.size = size;
        this.sha256 = sha256;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
        this.moduleId = moduleId;
    }

    String recordType() {
        return recordType;
    }

    long recordId() {
        return recordId;
    }

    String sha256() {
        return sha256;
    }

    Attachment toAttachment() {
        return new Attachment(id, recordType, recordId, fileName, mediaType, size, sha256.strip(), addedBy, addedAt);
    }
}
