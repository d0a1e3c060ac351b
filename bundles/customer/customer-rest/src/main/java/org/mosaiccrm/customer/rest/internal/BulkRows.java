package org.mosaiccrm.customer.rest.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.mosaiccrm.customer.ContactPoint;
import org.mosaiccrm.customer.ContactPointKind;
import org.mosaiccrm.customer.NewCustomer;
import org.mosaiccrm.customer.csv.ImportField;
import org.mosaiccrm.platform.InputRefusedException;

/**
 * Customers of a bulk create as the rows of a customer import, one value per {@link ImportField}.
 * What an import row cannot carry exactly is refused, naming the customer and field, before anything
 * is written — an owner or parent (an import creates as the caller, without parents), a tag holding
 * a tag separator, a further contact point whose label or value the import would split — so no value
 * a program sent is silently lost or changed.
 */
final class BulkRows {

    /** The import fields filled, in column order. */
    static final List<ImportField> FIELDS = List.of(ImportField.NAME, ImportField.TYPE, ImportField.STAGE, ImportField.GRADE,
            ImportField.INDUSTRY, ImportField.SIZE, ImportField.SOURCE, ImportField.REGION, ImportField.CITY, ImportField.ADDRESS,
            ImportField.EMAIL, ImportField.PHONE, ImportField.WEBSITE, ImportField.TAX_ID, ImportField.TAGS, ImportField.NOTES,
            ImportField.OTHER_ADDRESSES, ImportField.OTHER_PHONES, ImportField.OTHER_EMAILS);
    private static final Pattern TAG_SEPARATORS = Pattern.compile("[,;，；、|]");
    private static final Pattern POINT_SEPARATORS = Pattern.compile("[;；,，\\r\\n:：]");
    private static final Pattern ADDRESS_SEPARATORS = Pattern.compile("[;；:：]");
    private static final Pattern LABEL = Pattern.compile("[^:：@\\d;；,，\\r\\n]{1,40}");

    private BulkRows() {
    }

    /** The rows for the import, with only the fields some customer fills (a field one may not write, unmapped, stays allowed). */
    record Table(List<String> fields, List<List<String>> rows) {
    }

    /** The API's name of an import field: {@code TAX_ID} → {@code taxId}, the further ones → {@code contactPoints}. */
    static String apiName(String field) {
        if (field.startsWith("OTHER_")) {
            return "contactPoints";
        }
        String[] words = field.toLowerCase(Locale.ROOT).split("_");
        return words[0] + Arrays.stream(words).skip(1).map(word -> Character.toUpperCase(word.charAt(0)) + word.substring(1))
                .collect(Collectors.joining());
    }

    static Table table(List<NewCustomer> customers) {
        List<List<String>> full = rows(customers);
        List<Integer> used = new ArrayList<>();
        for (int column = 0; column < FIELDS.size(); column++) {
            int c = column;
            if (FIELDS.get(c) == ImportField.NAME || full.stream().anyMatch(row -> !row.get(c).isEmpty())) {
                used.add(c);
            }
        }
        return new Table(used.stream().map(c -> FIELDS.get(c).name()).toList(),
                full.stream().map(row -> used.stream().map(row::get).toList()).toList());
    }

    private static List<List<String>> rows(List<NewCustomer> customers) {
        List<List<String>> rows = new ArrayList<>(customers.size());
        for (int i = 0; i < customers.size(); i++) {
            NewCustomer customer = customers.get(i);
            String at = "customers[" + i + "].";
            if (customer == null) {
                throw new InputRefusedException("customers[" + i + "]", "api.error.value", "customers[" + i + "]");
            }
            if (customer.ownerId() != null) {
                throw new InputRefusedException(at + "ownerId", "api.error.bulk.owner");
            }
            if (customer.parentId() != null) {
                throw new InputRefusedException(at + "parentId", "api.error.bulk.parent");
            }
            for (String tag : customer.tags()) {
                if (TAG_SEPARATORS.matcher(tag).find()) {
                    throw new InputRefusedException(at + "tags", "api.error.bulk.tag", tag);
                }
            }
            rows.add(List.of(text(customer.name()), name(customer.type()), name(customer.stage()), name(customer.grade()),
                    text(customer.industry()), name(customer.size()), text(customer.source()), text(customer.region()),
                    text(customer.city()), text(customer.address()), text(customer.email()), text(customer.phone()),
                    text(customer.website()), text(customer.taxId()), String.join(",", customer.tags()), text(customer.notes()),
                    points(at, customer.contactPoints(), ContactPointKind.ADDRESS, ADDRESS_SEPARATORS, ";"),
                    points(at, customer.contactPoints(), ContactPointKind.PHONE, POINT_SEPARATORS, ";"),
                    points(at, customer.contactPoints(), ContactPointKind.EMAIL, POINT_SEPARATORS, ";")));
        }
        return rows;
    }

    /** The further points of one kind as the import reads them: "label: value" or "value", separated. */
    private static String points(String at, List<ContactPoint> points, ContactPointKind kind, Pattern separators, String separator) {
        Function<ContactPoint, String> written = point -> {
            String label = text(point.label()).strip();
            String value = text(point.value()).strip();
            if (separators.matcher(value).find() || !label.isEmpty() && !LABEL.matcher(label).matches()) {
                throw new InputRefusedException(at + "contactPoints", "api.error.bulk.contactPoint", value);
            }
            return label.isEmpty() ? value : label + ": " + value;
        };
        return points.stream().filter(point -> point.kind() == kind && !text(point.value()).isBlank()).map(written)
                .collect(Collectors.joining(separator));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String name(Enum<?> value) {
        return value == null ? "" : value.name();
    }
}
