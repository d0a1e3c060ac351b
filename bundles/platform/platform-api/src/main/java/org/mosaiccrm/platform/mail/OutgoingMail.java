package org.mosaiccrm.platform.mail;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A mail to queue: to whom, in which language, from which template with which values.
 *
 * @param to        the recipient's address
 * @param toName    the recipient's name as shown by mail programs, or empty
 * @param locale    the recipient's language (the template's text in that language is used)
 * @param template  the text with merge fields
 * @param model     the merge fields' values: strings, numbers, dates, lists and maps of them
 * @param reference what the mail is about, for operators and for finding it again ({@code "<record type>:42"}), or empty
 */
public record OutgoingMail(String to, String toName, Locale locale, MailTemplate template, Map<String, ?> model,
        String reference) {

    public OutgoingMail {
        Objects.requireNonNull(template, "template");
        to = to == null ? "" : to.strip();
        toName = toName == null ? "" : toName.strip();
        locale = locale == null ? Locale.ENGLISH : locale;
        model = model == null ? Map.of() : Map.copyOf(model);
        reference = reference == null ? "" : reference;
    }
}
