package org.mosaiccrm.sales.ui.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.mosaiccrm.sales.Stage;

import com.vaadin.flow.component.Component;

/**
 * Stage names as the user reads them: a shipped stage by its text in the user's language, one a
 * manager added by the name given. History may name a stage since removed; it shows its code.
 */
public final class StageLabels {

    private final Map<String, String> labels = new LinkedHashMap<>();
    private final Component page;

    public StageLabels(Component page, List<Stage> stages) {
        this.page = page;
        stages.forEach(stage -> labels.put(stage.code(), label(page, stage)));
    }

    public static String label(Component page, Stage stage) {
        return stage.name().isEmpty() ? page.getTranslation("sales.stage." + stage.code()) : stage.name();
    }

    /** The name of the stage with {@code code}; "won" and "lost" are the outcomes history records. */
    public String of(String code) {
        if (code.equals("won") || code.equals("lost")) {
            return page.getTranslation("sales.status." + code.toUpperCase(Locale.ROOT));
        }
        return labels.getOrDefault(code, code);
    }
}
