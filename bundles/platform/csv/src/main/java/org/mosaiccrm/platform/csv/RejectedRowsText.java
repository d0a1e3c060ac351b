package org.mosaiccrm.platform.csv;

import java.util.List;
import java.util.function.Function;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * How the list of rejected rows reads for the person who downloads it: its column headings, the
 * labels of the fields at fault and the reasons, in their language.
 */
@ConsumerType
public interface RejectedRowsText {

    /** The headings of the line, field and reason columns; the file's own headings follow. */
    List<String> headings();

    /** The label of a module field, as the import's mapping step showed it. */
    String field(String field);

    /** The reason of a problem, from its i18n key. */
    String reason(String reasonKey);

    /** Field codes and a reason function as they were before labels (English headings). */
    static RejectedRowsText plain(Function<String, String> reason) {
        return new RejectedRowsText() {
            @Override
            public List<String> headings() {
                return List.of("line", "field", "reason");
            }

            @Override
            public String field(String field) {
                return field;
            }

            @Override
            public String reason(String reasonKey) {
                return reason.apply(reasonKey);
            }
        };
    }
}
