package org.mosaiccrm.example.notes.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.mosaiccrm.example.notes.Note;

/** Table {@code EXNOTES_NOTE}: every table of a module carries the module's prefix. */
@Entity
@Table(name = "EXNOTES_NOTE")
public class NoteEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "exnotes_note_seq")
    @SequenceGenerator(name = "exnotes_note_seq", sequenceName = "EXNOTES_NOTE_SEQ", allocationSize = 50)
    private Long id;

    @Column(name = "TEXT", nullable = false, length = 500)
    private String text;

    @Column(name = "TEXT_KEY", nullable = false, length = 500)
    private String textKey;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant created;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected NoteEntity() {
    }

    NoteEntity(String text, Instant created) {
        this.text = text;
        this.textKey = text.toLowerCase(java.util.Locale.ROOT);
        this.created = created;
    }

    Note toNote() {
        return new Note(id, text, created);
    }
}
