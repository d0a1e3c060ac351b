package org.mosaiccrm.platform.notifications.internal;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A user's choice whether one kind is mailed: a row of {@code PLT_NOTIFICATION_PREF}. */
@Entity
@Table(name = "PLT_NOTIFICATION_PREF")
@IdClass(KindChoiceRow.Key.class)
public class KindChoiceRow {

    @Id
    @Column(name = "USER_ID")
    private long userId;
    @Id
    @Column(name = "KIND")
    private String kind;
    @Column(name = "EMAIL")
    private boolean email;

    protected KindChoiceRow() {
        // for JPA
    }

    KindChoiceRow(long userId, String kind, boolean email) {
        this.userId = userId;
        this.kind = kind;
        this.email = email;
    }

    String kind() {
        return kind;
    }

    boolean email() {
        return email;
    }

    void email(boolean mailed) {
        this.email = mailed;
    }

    /** The row's key: user and kind. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private long userId;
        private String kind;

        public Key() {
            // for JPA
        }

        Key(long userId, String kind) {
            this.userId = userId;
            this.kind = kind;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.userId == userId && Objects.equals(key.kind, kind);
        }

        @Override
        public int hashCode() {
            return Objects.hash(userId, kind);
        }
    }
}
