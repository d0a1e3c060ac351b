package org.mosaiccrm.customer.ui.internal;

import java.util.Locale;

import org.mosaiccrm.customer.csv.ImportField;

/** The label key of an import field: the customer field it fills ({@code TAX_ID} -> {@code customer.field.taxId}). */
final class ImportFields {

    private ImportFields() {
    }

    static String labelKey(ImportField field) {
        String[] words = field.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder key = new StringBuilder("customer.field.").append(words[0]);
        for (int i = 1; i < words.length; i++) {
            key.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return key.toString();
    }
}
