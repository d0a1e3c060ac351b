package org.mosaiccrm.platform.csv;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A field a column of an import file can fill.
 *
 * @param name     the module's name of the field ({@code EMAIL}), as row problems and mappings name it
 * @param labelKey the i18n key of its label ({@code notes.field.title})
 * @param headers  column headings people give it, English and Chinese ({@code "subject"}, {@code "标题"});
 *                 compared without case, spaces, {@code _ - * :}; the name itself always matches
 * @since 2.1
 */
public record ImportField(String name, String labelKey, List<String> headers) {

    private static final Pattern IGNORED = Pattern.compile("[\\s_\\-*:：]+");

    public ImportField {
        headers = List.copyOf(headers);
    }

    /** Whether a column with this heading is likely this field. */
    public boolean matches(String heading) {
        String key = normalised(heading);
        return !key.isEmpty() && (key.equals(normalised(name)) || headers.stream().anyMatch(h -> normalised(h).equals(key)));
    }

    private static String normalised(String heading) {
        return heading == null ? "" : IGNORED.matcher(heading.strip().toLowerCase(Locale.ROOT)).replaceAll("");
    }
}
