package org.mosaiccrm.example.notes;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** Writes and reads notes. */
@ProviderType
public interface NoteService {

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
