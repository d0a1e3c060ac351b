package org.mosaiccrm.customer.service.internal.csv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mosaiccrm.customer.CompanySize;
import org.mosaiccrm.customer.ContactPoint;
import org.mosaiccrm.customer.ContactPointKind;
import org.mosaiccrm.customer.CustomerType;
import org.mosaiccrm.customer.Grade;
import org.mosaiccrm.customer.LifecycleStage;
import org.mosaiccrm.customer.NewCustomer;
import org.mosaiccrm.customer.csv.ImportField;
import org.mosaiccrm.platform.InputRefusedException;

/**
 * Turns the text of a row into customer fields. Choices are read as their codes (what the export
 * writes) or as English or Chinese words; a size may also be a head count. Only mapped fields are
 * set, so an update leaves the others as they are.
 */
final class ImportValues {

    private static final Map<String, CustomerType> TYPES = Map.of("company", CustomerType.COMPANY, "企业", CustomerType.COMPANY,
            "企业客户", CustomerType.COMPANY, "公司", CustomerType.COMPANY, "organization", CustomerType.COMPANY,
            "person", CustomerType.PERSON, "个人", CustomerType.PERSON, "个人客户", CustomerType.PERSON,
            "individual", CustomerType.PERSON);
    private static final Map<String, LifecycleStage> STAGES = Map.of("线索", LifecycleStage.LEAD, "潜在客户",
            LifecycleStage.PROSPECT, "合作中", LifecycleStage.ACTIVE, "活跃", LifecycleStage.ACTIVE, "休眠",
            LifecycleStage.DORMANT, "流失", LifecycleStage.LOST, "已流失", LifecycleStage.LOST);
    private static final Pattern FIRST_NUMBER = Pattern.compile("(\\d[\\d,]*)");
    private static final Pattern TAG_SEPARATORS = Pattern.compile("[,;，；、|]");
    /** Addresses may span lines, so only semicolons part them; phones and emails also by commas or lines. */
    private static final Pattern ADDRESS_SEPARATORS = Pattern.compile("[;；]+");
    private static final Pattern POINT_SEPARATORS = Pattern.compile("[;；,，\\r\\n]+");
    /** A label is short and has no digits or @ (a value may hold a colon: "Room 5: …" is no label). */
    private static final Pattern LABELLED = Pattern.compile("([^:：@\\d]{1,40})[:：](.+)", Pattern.DOTALL);

    private ImportValues() {
    }

    /**
     * Sets the mapped fields of {@code customer} from {@code row}.
     *
     * @throws InputRefusedException for a value that is not one of the choices, naming the field
     */
    static NewCustomer.Builder apply(NewCustomer.Builder customer, Map<ImportField, String> row) {
        row.forEach((field, raw) -> {
            String value = raw == null ? "" : raw.strip();
            switch (field) {
                case NAME -> customer.name(value);
                case TYPE -> customer.type(value.isEmpty() ? CustomerType.COMPANY : choice(field, value, CustomerType.class, TYPES));
                case STAGE -> customer.stage(value.isEmpty() ? null : choice(field, value, LifecycleStage.class, STAGES));
                case GRADE -> customer.grade(value.isEmpty() ? null : choice(field, value, Grade.class, Map.of()));
                case SIZE -> customer.size(value.isEmpty() ? null : size(value));
                case INDUSTRY -> customer.industry(value);
                case SOURCE -> customer.source(value);
                case REGION -> customer.region(value);
                case CITY -> customer.city(value);
                case ADDRESS -> customer.address(value);
                case EMAIL -> customer.email(value);
                case PHONE -> customer.phone(value);
                case WEBSITE -> customer.website(value);
                case TAX_ID -> customer.taxId(value);
                case NOTES -> customer.notes(value);
                case TAGS -> customer.tags(tags(value));
                case OTHER_ADDRESSES -> customer.contactPoints(ContactPointKind.ADDRESS, points(ContactPointKind.ADDRESS, value));
                case OTHER_PHONES -> customer.contactPoints(ContactPointKind.PHONE, points(ContactPointKind.PHONE, value));
                case OTHER_EMAILS -> customer.contactPoints(ContactPointKind.EMAIL, points(ContactPointKind.EMAIL, value));
                case CONTACT_NAME, CONTACT_TITLE, CONTACT_PHONE, CONTACT_EMAIL -> {
                    // the first contact's: read by the import's writer, not part of the customer
                }
                default -> throw new IllegalStateException(field.name());
            }
        });
        return customer;
    }

    private static <E extends Enum<E>> E choice(ImportField field, String value, Class<E> type, Map<String, E> words) {
        String key = value.toLowerCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(key)) {
                return constant;
            }
        }
        E word = words.get(key);
        if (word == null) {
            throw new InputRefusedException(field.name(), "import.error.choice." + field.name());
        }
        return word;
    }

    /** A code (MEDIUM), or a head count or band ("120", "50-249 人") read by its first number. */
    private static CompanySize size(String value) {
        for (CompanySize size : CompanySize.values()) {
            if (size.name().equalsIgnoreCase(value)) {
                return size;
            }
        }
        Matcher number = FIRST_NUMBER.matcher(value);
        if (!number.find()) {
            throw new InputRefusedException(ImportField.SIZE.name(), "import.error.choice.SIZE");
        }
        long people = Long.parseLong(number.group(1).replace(",", ""));
        return people < 10 ? CompanySize.MICRO : people < 50 ? CompanySize.SMALL : people < 250 ? CompanySize.MEDIUM
                : people < 1000 ? CompanySize.LARGE : CompanySize.ENTERPRISE;
    }

    /** Entries separated by semicolons or line breaks, each "label: value" or just the value. */
    private static List<ContactPoint> points(ContactPointKind kind, String value) {
        List<ContactPoint> points = new ArrayList<>();
        Pattern separators = kind == ContactPointKind.ADDRESS ? ADDRESS_SEPARATORS : POINT_SEPARATORS;
        for (String entry : separators.split(value)) {
            Matcher labelled = LABELLED.matcher(entry.strip());
            if (labelled.matches()) {
                points.add(new ContactPoint(kind, labelled.group(1).strip(), labelled.group(2).strip()));
            } else if (!entry.isBlank()) {
                points.add(new ContactPoint(kind, "", entry.strip()));
            }
        }
        return points;
    }

    private static Set<String> tags(String value) {
        Set<String> tags = new LinkedHashSet<>();
        Arrays.stream(TAG_SEPARATORS.split(value)).map(String::strip).filter(t -> !t.isEmpty()).forEach(tags::add);
        return tags;
    }
}
