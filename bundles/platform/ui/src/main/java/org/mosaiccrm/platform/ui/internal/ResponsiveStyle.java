package org.mosaiccrm.platform.ui.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.vaadin.flow.component.UI;

/**
 * The page style that makes every page work on a phone (responsive.css beside this class): the
 * header folds into a menu, toolbars wrap, dialogs take the screen, the board shows one stage at a
 * time. The host serves Vaadin's pre-built front end, so the style is added to each page as it opens.
 */
final class ResponsiveStyle {

    private static final String CSS = read();

    private ResponsiveStyle() {
    }

    static void applyTo(UI ui) {
        ui.getPage().executeJs("if (!document.getElementById('mosaic-responsive')) {"
                + " const style = document.createElement('style'); style.id = 'mosaic-responsive';"
                + " style.textContent = $0; document.head.appendChild(style); }", CSS);
    }

    private static String read() {
        try (InputStream in = ResponsiveStyle.class.getResourceAsStream("responsive.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
