package org.mosaiccrm.customer.service.internal.csv;

import java.util.stream.Collectors;

import org.mosaiccrm.customer.ContactPointKind;
import org.mosaiccrm.customer.Customer;
import org.mosaiccrm.customer.csv.ImportField;

/** A customer's field as the export writes it: choices as their codes, so that the file imports again. */
final class ExportValues {

    private ExportValues() {
    }

    static String of(Customer customer, ImportField field) {
        return switch (field) {
            case NAME -> customer.name();
            case TYPE -> customer.type().name();
            case STAGE -> customer.stage().name();
            case GRADE -> customer.grade() == null ? "" : customer.grade().name();
            case SIZE -> customer.size() == null ? "" : customer.size().name();
            case INDUSTRY -> customer.industry();
            case SOURCE -> customer.source();
            case REGION -> customer.region();
            case CITY -> customer.city();
            case ADDRESS -> customer.address();
            case EMAIL -> customer.email();
            case PHONE -> customer.phone();
            case WEBSITE -> customer.website();
            case TAX_ID -> customer.taxId();
            case TAGS -> String.join(", ", customer.tags());
            case NOTES -> customer.notes();
            case OTHER_ADDRESSES -> points(customer, ContactPointKind.ADDRESS);
            case OTHER_PHONES -> points(customer, ContactPointKind.PHONE);
            case OTHER_EMAILS -> points(customer, ContactPointKind.EMAIL);
            case CONTACT_NAME, CONTACT_TITLE, CONTACT_PHONE, CONTACT_EMAIL -> ""; // not exported (see JpaCustomerCsv.export)
        };
    }

    /** As the import reads them: "label: value" entries separated by "; " (line breaks of addresses kept). */
    private static String points(Customer customer, ContactPointKind kind) {
        return customer.contactPoints().stream().filter(point -> point.kind() == kind)
                .map(point -> point.label().isEmpty() ? point.value() : point.label() + ": " + point.value())
                .collect(Collectors.joining("; "));
    }
}
