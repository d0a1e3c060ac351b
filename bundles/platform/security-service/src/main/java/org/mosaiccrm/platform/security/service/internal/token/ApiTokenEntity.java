package org.mosaiccrm.platform.security.service.internal.token;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.mosaiccrm.platform.security.ApiToken;

/** Table {@code SEC_API_TOKEN}: a personal API token, by the hash of its secret. */
@Entity
@Table(name = "SEC_API_TOKEN")
public class ApiTokenEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sec_id_seq")
    @SequenceGenerator(name = "sec_id_seq", sequenceName = "SEC_ID_SEQ", allocationSize = 50)
    private Long id;
    @Column(name = "USER_ID", nullable = false)
    private long userId;
    @Column(name = "NAME", nullable = false, length = 100)
    private String name;
    @Column(name = "SECRET_HASH", nullable = false, length = 64)
    private String secretHash;
    @Column(name = "SCOPES", nullable = false, length = 4000)
    private String scopes;
    @Column(name = "EXPIRES", nullable = false)
    private LocalDate expires;
    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;
    @Column(name = "LAST_USED_AT")
    private Instant lastUsedAt;
    @Column(name = "REVOKED_AT")
    private Instant revokedAt;

    protected ApiTokenEntity() {
        // for JPA
    }

    ApiTokenEntity(long userId, String name, String secretHash, Set<String> scopes, LocalDate expires, Instant createdAt) {
        this.userId = userId;
        this.name = name;
        this.secretHash = secretHash;
        this.scopes = String.join(",", new TreeSet<>(scopes));
        this.expires = expires;
        this.createdAt = createdAt;
    }

    long userId() {
        return userId;
    }

    void used(Instant at) {
        lastUsedAt = at;
    }

    void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    ApiToken toToken() {
        return new ApiToken(id, name, Set.copyOf(Arrays.asList(scopes.split(","))), expires, createdAt, lastUsedAt,
                revokedAt != null);
    }
}
