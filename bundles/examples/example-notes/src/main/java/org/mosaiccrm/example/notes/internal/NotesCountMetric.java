package org.mosaiccrm.example.notes.internal;

import java.math.BigDecimal;

import org.mosaiccrm.example.notes.NoteService;
import org.mosaiccrm.platform.metric.MetricProvider;
import org.mosaiccrm.platform.metric.MetricValue;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** "Notes": how many there are, on the home dashboard. */
@Component(service = MetricProvider.class)
public class NotesCountMetric implements MetricProvider {

    private final NoteService notes;

    @Activate
    public NotesCountMetric(@Reference NoteService notes) {
        this.notes = notes;
    }

    @Override
    public String id() {
        return "notes.count";
    }

    @Override
    public String titleKey() {
        return "notes.metric.count";
    }

    @Override
    public MetricValue current() {
        return new MetricValue(BigDecimal.valueOf(notes.count()), "");
    }
}
