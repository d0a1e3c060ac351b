package org.mosaiccrm.platform.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.UploadI18N;

/**
 * The words of an upload field in the user's language (Vaadin's own are English): the button and
 * the drop hint, from the caller's translation keys.
 *
 * @since 1.6
 */
public final class UploadTexts {

    private UploadTexts() {
    }

    public static UploadI18N of(Component page, String buttonKey, String dropKey) {
        UploadI18N texts = new UploadI18N();
        texts.setAddFiles(new UploadI18N.AddFiles().setOne(page.getTranslation(buttonKey)));
        texts.setDropFiles(new UploadI18N.DropFiles().setOne(page.getTranslation(dropKey)));
        return texts;
    }
}
