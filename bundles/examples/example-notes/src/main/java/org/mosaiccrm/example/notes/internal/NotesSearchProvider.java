package org.mosaiccrm.example.notes.internal;

import java.util.List;

import org.mosaiccrm.example.notes.NoteService;
import org.mosaiccrm.platform.search.SearchHit;
import org.mosaiccrm.platform.search.SearchProvider;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Finds notes by the start of their text from the global search box. */
@Component(service = SearchProvider.class)
public class NotesSearchProvider implements SearchProvider {

    private final NoteService notes;

    @Activate
    public NotesSearchProvider(@Reference NoteService notes) {
        this.notes = notes;
    }

    @Override
    public String titleKey() {
        return "notes.title";
    }

    @Override
    public List<SearchHit> search(String query, int limit) {
        return notes.findByPrefix(query, limit).stream()
                .map(note -> new SearchHit(note.text(), "", "notes")).toList();
    }
}
