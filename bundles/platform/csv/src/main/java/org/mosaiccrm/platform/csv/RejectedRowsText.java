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

    /** A problem as read: the field's label, then the reason ("Email: not an email address"). */
    default String problem(String fieldLabel, String reason) {
        return fieldLabel + ": " + reason;
    }

    /** What stands between two fields or two problems of a row. */
    default String separator() {
        return "; ";
    }

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
