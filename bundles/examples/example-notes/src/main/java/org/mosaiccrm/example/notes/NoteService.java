package org.mosaiccrm.example.notes;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** Writes and reads notes; every method checks the caller's permission first. */
@ProviderType
public interface NoteService {

    /** Needed to read notes. */
    String PERMISSION_READ = "example-notes.read";
    /** Needed to write notes. */
    String PERMISSION_CREATE = "example-notes.create";

    /** Most characters a note may have. */
    int MAX_LENGTH = 500;

    /**
     * Writes a note.
     *
     * @throws IllegalArgumentException with a message for the user when the text is empty or too long
     */
    Note create(String text);

    /** A page of notes, newest first. */
    List<Note> list(int offset, int limit);

    /** Notes whose text starts with {@code prefix}, case-insensitively. */
    List<Note> findByPrefix(String prefix, int limit);

    long count();
}
