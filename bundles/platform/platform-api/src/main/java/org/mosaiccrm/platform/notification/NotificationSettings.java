package org.mosaiccrm.platform.notification;

import java.util.Map;

/**
 * A user's choices: where and in which language mail reaches them, and which kinds are mailed.
 *
 * @param emailAddress empty: nothing is mailed
 * @param language     {@code en} or {@code zh}
 * @param emailByKind  per kind id, whether it is mailed (kinds not named follow their default)
 */
public record NotificationSettings(String emailAddress, String language, Map<String, Boolean> emailByKind) {

    public NotificationSettings {
        emailAddress = emailAddress == null ? "" : emailAddress.strip();
        language = language == null || language.isBlank() ? "en" : language;
        emailByKind = Map.copyOf(emailByKind);
    }
}
