package org.mosaiccrm.example.notes;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** Writes and reads notes; every method checks the caller's permission first. */
@ProviderType
public interface NoteService {

    /** Needed to read notes. */
    String PERMISSION_READ = "example-notes.read";
    /** Needed to write notes. */
    String PERMISSION_CREATE = "example-notes.create";

    /** The record type under which notes take attachments. */
    String ATTACHMENT_TYPE = "example-note";

    /** Most characters a note may have. */
    int MAX_LENGTH = 500;

    /**
     * Writes a note.
     *
     * @throws IllegalArgumentException with a message for the user when the text is empty or too long
     */
    Note create(String text);

    /** A note by its id; empty when there is none. */
    Optional<Note> find(long id);

    /** A page of notes, newest first. */
    List<Note> list(int offset, int limit);

    /** Notes whose text starts with {@code prefix}, case-insensitively. */
    List<Note> findByPrefix(String prefix, int limit);

    long count();
}
