package org.mosaiccrm.platform.notifications.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Where and in which language a user's mail goes: a row of {@code PLT_NOTIFICATION_USER}. */
@Entity
@Table(name = "PLT_NOTIFICATION_USER")
public class RecipientRow {

    @Id
    @Column(name = "USER_ID")
    private long userId;
    @Column(name = "EMAIL")
    private String email;
    @Column(name = "LANGUAGE")
    private String language;

    protected RecipientRow() {
        // for JPA
    }

    RecipientRow(long userId, String email, String language) {
        this.userId = userId;
        change(email, language);
    }

    void change(String email, String language) {
        this.email = email;
        this.language = language;
    }

    String email() {
        return email;
    }

    String language() {
        return language;
    }
}
