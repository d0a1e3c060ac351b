package org.mosaiccrm.example.notes.internal;

import java.util.Map;
import java.util.Optional;

import org.mosaiccrm.platform.InputRefusedException;
import org.mosaiccrm.platform.attachment.Attachments;
import org.mosaiccrm.platform.ui.AttachmentsPanel;
import org.mosaiccrm.platform.ui.InputRefusals;
import org.mosaiccrm.platform.ui.LengthLimit;
import org.mosaiccrm.example.notes.Note;
import org.mosaiccrm.example.notes.NoteService;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;

/** Lists notes (lazily, a page at a time) and writes new ones; the selected note's files below, when attachments are installed. */
public class NotesView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final transient NoteService notes;
    private final transient Optional<Attachments> attachments;
    private final Grid<Note> grid = new Grid<>();
    private final Div files = new Div();

    public NotesView(NoteService notes, Optional<Attachments> attachments) {
        this.notes = notes;
        this.attachments = attachments;
        setId("notes-view");
        setSizeFull();

        TextField text = new TextField();
        text.setId("note-text");
        text.setPlaceholder(getTranslation("notes.new.placeholder"));
        // a placeholder is no name: screen readers need one that stays
        text.setAriaLabel(getTranslation("notes.new.placeholder"));
        LengthLimit.apply(text, NoteService.MAX_LENGTH);
        text.setWidth("30em");
        Button add = new Button(getTranslation("notes.add"), event -> add(text));
        add.setId("note-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        HorizontalLayout form = new HorizontalLayout(text, add);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        grid.setId("notes-grid");
        grid.addColumn(Note::text).setHeader(getTranslation("notes.column.text")).setFlexGrow(1);
        grid.addColumn(note -> note.created().toString().replace('T', ' ').substring(0, 19))
                .setHeader(getTranslation("notes.column.created")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> notes.list(query.getOffset(), query.getLimit()).stream());
        files.setId("note-files");
        files.setWidthFull();
        if (attachments.isPresent()) {
            grid.asSingleSelect().addValueChangeListener(event -> showFiles(event.getValue()));
        }
        add(new H2(getTranslation("notes.title")), form, grid, files);
        expand(grid);
    }

    private void showFiles(Note note) {
        files.removeAll();
        if (note != null) {
            files.add(new H3(getTranslation("notes.files")), new AttachmentsPanel(attachments.orElseThrow(),
                    NoteService.ATTACHMENT_TYPE, note.id()));
        }
    }

    private void add(TextField text) {
        try {
            notes.create(text.getValue());
            text.clear();
            grid.getDataProvider().refreshAll();
        } catch (InputRefusedException e) {
            InputRefusals.show(e, Map.of("text", text));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notes.title");
    }
}
