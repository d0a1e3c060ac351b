package org.mosaiccrm.sales.service.internal.lead;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.mosaiccrm.platform.InputRefusedException;
import org.mosaiccrm.sales.LeadGrade;
import org.mosaiccrm.sales.NewLead;

/**
 * Checks a lead before anything is written; refusals carry a text key and name the field. The
 * rules are the customer core's where a lead's value becomes a customer's or contact's on
 * conversion (email, phone), so a lead that is taken converts.
 */
final class LeadInput {

    static final int MAX_NAME = 100;
    static final int MAX_COMPANY = 200;
    static final int MAX_EMAIL = 200;
    static final int MAX_PHONE = 30;
    static final int MAX_SHORT = 100;
    static final int MAX_NOTES = 2000;
    static final int MAX_REASON = 500;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[+0-9()\\-\\s]{3,30}");
    private static final Map<String, LeadGrade> GRADES = Map.of("hot", LeadGrade.HOT, "热", LeadGrade.HOT,
            "warm", LeadGrade.WARM, "温", LeadGrade.WARM, "cold", LeadGrade.COLD, "冷", LeadGrade.COLD);

    /** A lead as stored: trimmed, defaults filled in. */
    record Checked(String name, String company, String title, String email, String phone, String source, LeadGrade grade,
            int score, String notes) {
    }

    private LeadInput() {
    }

    static Checked check(NewLead input) {
        String name = text("NAME", input.name(), MAX_NAME);
        if (name.isEmpty()) {
            throw new InputRefusedException("NAME", "sales.error.lead.name");
        }
        String email = text("EMAIL", input.email(), MAX_EMAIL);
        if (!email.isEmpty() && !EMAIL.matcher(email).matches()) {
            throw new InputRefusedException("EMAIL", "sales.error.lead.email");
        }
        String phone = text("PHONE", input.phone(), MAX_PHONE);
        if (!phone.isEmpty() && !PHONE.matcher(phone).matches()) {
            throw new InputRefusedException("PHONE", "sales.error.lead.phone");
        }
        if (email.isEmpty() && phone.isEmpty()) {
            throw new InputRefusedException("EMAIL", "sales.error.lead.reachable");
        }
        if (input.score() < 0 || input.score() > 100) {
            throw new InputRefusedException("SCORE", "sales.error.lead.score");
        }
        return new Checked(name, text("COMPANY", input.company(), MAX_COMPANY), text("TITLE", input.title(), MAX_SHORT),
                email, phone, text("SOURCE", input.source(), MAX_SHORT), input.grade() == null ? LeadGrade.WARM : input.grade(),
                input.score(), text("NOTES", input.notes(), MAX_NOTES));
    }

    static String reason(String reason) {
        String clean = reason == null ? "" : reason.strip();
        if (clean.isEmpty()) {
            throw new InputRefusedException("sales.error.lead.reason");
        }
        if (clean.length() > MAX_REASON) {
            throw new InputRefusedException("sales.error.lead.tooLong");
        }
        return clean;
    }

    /** A grade as people write it in a file: HOT/hot/热 ...; empty is "not given". */
    static LeadGrade grade(String value) {
        String key = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (key.isEmpty()) {
            return null;
        }
        LeadGrade grade = GRADES.get(key);
        if (grade == null) {
            throw new InputRefusedException("GRADE", "sales.error.lead.grade");
        }
        return grade;
    }

    /** A score as written in a file; empty is 0. */
    static int score(String value) {
        String clean = value == null ? "" : value.strip();
        if (clean.isEmpty()) {
            return 0;
        }
        try {
            return Integer.parseInt(clean);
        } catch (NumberFormatException e) {
            throw new InputRefusedException("SCORE", "sales.error.lead.score");
        }
    }

    /** Search key of a name: full-width letters and digits folded to ASCII, lower case. */
    static String textKey(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    static String emailKey(String email) {
        return email.toLowerCase(Locale.ROOT);
    }

    /** Digits only, so "+86 138-0000-0000" and "8613800000000" match. */
    static String phoneKey(String phone) {
        return phone.replaceAll("[^0-9]", "");
    }

    private static String text(String field, String value, int max) {
        String clean = value == null ? "" : value.strip();
        if (clean.length() > max) {
            throw new InputRefusedException(field, "sales.error.lead.tooLong");
        }
        return clean;
    }
}
