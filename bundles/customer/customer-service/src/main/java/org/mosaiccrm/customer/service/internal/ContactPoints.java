package org.mosaiccrm.customer.service.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.mosaiccrm.customer.ContactPoint;
import org.mosaiccrm.customer.ContactPointKind;
import org.mosaiccrm.customer.CustomerService;
import org.mosaiccrm.platform.InputRefusedException;

/**
 * Further addresses, phones and emails of a customer or contact: checked like the main field of
 * their kind, and stored as one text column read with the row (so a page of a list needs no second
 * query), one entry per line, tab between kind, label and value.
 */
public final class ContactPoints {

    /** The field input errors name. */
    public static final String FIELD = "contactPoints";

    private ContactPoints() {
    }

    /**
     * The entries as stored: trimmed, checked, entries without a value dropped, the same value of a
     * kind kept once (the first label wins).
     */
    public static List<ContactPoint> check(List<ContactPoint> entries) {
        List<ContactPoint> checked = new ArrayList<>();
        for (ContactPoint entry : entries) {
            if (entry.kind() == null) {
                throw new InputRefusedException(FIELD, "customer.error.contactPoint.kind");
            }
            String value = switch (entry.kind()) {
                case ADDRESS -> TextRules.multiline(FIELD, entry.value(), 400);
                case PHONE -> TextRules.phone(FIELD, entry.value());
                case EMAIL -> TextRules.email(FIELD, entry.value());
            };
            if (value == null) {
                continue;
            }
            String label = TextRules.line(FIELD, entry.label(), CustomerService.MAX_CONTACT_POINT_LABEL);
            checked.add(new ContactPoint(entry.kind(), label == null ? "" : label, value));
        }
        List<ContactPoint> distinct = distinct(checked);
        if (distinct.size() > CustomerService.MAX_CONTACT_POINTS) {
            throw new InputRefusedException(FIELD, "customer.error.contactPoints.tooMany");
        }
        return distinct;
    }

    /** The duplicate-check keys of the entries of one kind (phone or email). */
    public static Set<String> keys(List<ContactPoint> entries, ContactPointKind kind) {
        Set<String> keys = new TreeSet<>();
        for (ContactPoint entry : entries) {
            if (entry.kind() == kind) {
                String key = sameKey(entry);
                if (!key.isEmpty()) {
                    keys.add(key);
                }
            }
        }
        return keys;
    }

    private static String sameKey(ContactPoint point) {
        return switch (point.kind()) {
            case ADDRESS -> point.value();
            case PHONE -> SearchKeys.phone(point.value());
            case EMAIL -> SearchKeys.email(point.value());
        };
    }

    /** The stored text; null when there are none. */
    public static String toText(List<ContactPoint> entries) {
        if (entries.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (ContactPoint entry : entries) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(entry.kind().name()).append('\t').append(escape(entry.label())).append('\t')
                    .append(escape(entry.value()));
        }
        return text.toString();
    }

    public static List<ContactPoint> fromText(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<ContactPoint> entries = new ArrayList<>();
        for (String line : text.split("\n")) {
            String[] parts = line.split("\t", 3);
            entries.add(new ContactPoint(ContactPointKind.valueOf(parts[0]), unescape(parts[1]), unescape(parts[2])));
        }
        return List.copyOf(entries);
    }

    /** Line breaks (addresses) and tabs would cut the stored lines: kept as \n and \t. */
    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
    }

    private static String unescape(String value) {
        if (value.indexOf('\\') < 0) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(switch (next) {
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case 't' -> '\t';
                    default -> next;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The entries of {@code own}, then those of {@code other} it lacks, up to the maximum: a merge,
     * where the survivor keeps its own first and nothing of the duplicate is lost while there is room.
     */
    public static List<ContactPoint> union(List<ContactPoint> own, List<ContactPoint> other) {
        List<ContactPoint> all = new ArrayList<>(own);
        all.addAll(other);
        return distinct(all).stream().limit(CustomerService.MAX_CONTACT_POINTS).toList();
    }

    private static List<ContactPoint> distinct(List<ContactPoint> entries) {
        Map<String, ContactPoint> distinct = new LinkedHashMap<>();
        for (ContactPoint entry : entries) {
            distinct.putIfAbsent(entry.kind() + "\n" + sameKey(entry), entry);
        }
        return List.copyOf(distinct.values());
    }
}
