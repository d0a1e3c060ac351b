package org.mosaiccrm.platform.security.service.internal.user;

import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.mosaiccrm.platform.security.User;

/** Table {@code SEC_USER}; roles in {@code SEC_USER_ROLE}. */
@Entity
@Table(name = "SEC_USER")
public class UserEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sec_id_seq")
    @SequenceGenerator(name = "sec_id_seq", sequenceName = "SEC_ID_SEQ", allocationSize = 50)
    private Long id;

    @Column(name = "USERNAME", nullable = false, length = 64)
    private String username;

    @Column(name = "USERNAME_KEY", nullable = false, length = 64)
    private String usernameKey;

    @Column(name = "DISPLAY_NAME", nullable = false, length = 100)
    private String displayName;

    @Column(name = "PASSWORD_HASH", nullable = false, length = 200)
    private String passwordHash;

    @Column(name = "ENABLED", nullable = false)
    private boolean enabled;

    @Column(name = "MUST_CHANGE_PASSWORD", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "TEAM_ID")
    private Long teamId;

    @Column(name = "SERVICE_ACCOUNT", nullable = false)
    private boolean serviceAccount;

    @Column(name = "FAILED_LOGINS", nullable = false)
    private int failedLogins;

    @Column(name = "LAST_FAILURE_AT")
    private Instant lastFailureAt;

    @Column(name = "LOCKED_UNTIL")
    private Instant lockedUntil;

    @Column(name = "PASSWORD_LINK_HASH", length = 64)
    private String passwordLinkHash;

    @Column(name = "PASSWORD_LINK_EXPIRES")
    private Instant passwordLinkExpires;

    @Column(name = "PASSWORD_LINK_USED_AT")
    private Instant passwordLinkUsedAt;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "SEC_USER_ROLE", joinColumns = @JoinColumn(name = "USER_ID"))
    @Column(name = "ROLE_CODE", length = 40)
    private Set<String> roles = new HashSet<>();

    protected UserEntity() {
    }

    public UserEntity(String username, String displayName, String passwordHash, Instant createdAt) {
        setUsername(username);
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.enabled = true;
        this.mustChangePassword = true;
        this.createdAt = createdAt;
    }

    /** The unique lookup key of a user name. */
    public static String key(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    public User toUser() {
        return new User(id, username, displayName, enabled, teamId, roles, mustChangePassword, lockedUntil, version, serviceAccount);
    }

    /** A user for another system: never signs in with a password; its API tokens come from a user administrator. */
    public boolean isServiceAccount() {
        return serviceAccount;
    }

    public void makeServiceAccount() {
        this.serviceAccount = true;
        this.mustChangePassword = false;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
        this.usernameKey = key(username);
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash, boolean mustChange) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = mustChange;
    }

    public String getPasswordLinkHash() {
        return passwordLinkHash;
    }

    public Instant getPasswordLinkExpires() {
        return passwordLinkExpires;
    }

    public Instant getPasswordLinkUsedAt() {
        return passwordLinkUsedAt;
    }

    /** A new link replaces any earlier one, used or not. */
    public void setPasswordLink(String hash, Instant expires) {
        this.passwordLinkHash = hash;
        this.passwordLinkExpires = expires;
        this.passwordLinkUsedAt = null;
    }

    public void passwordLinkUsed(Instant at) {
        this.passwordLinkUsedAt = at;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public Long getTeamId() {
        return teamId;
    }

    public void setTeamId(Long teamId) {
        this.teamId = teamId;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public Instant getLastFailureAt() {
        return lastFailureAt;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public void recordFailure(int failures, Instant at, Instant lockedUntil) {
        this.failedLogins = failures;
        this.lastFailureAt = at;
        this.lockedUntil = lockedUntil;
    }

    public void clearFailures() {
        recordFailure(0, null, null);
    }

    public long getVersion() {
        return version;
    }

    public Set<String> getRoles() {
        return roles;
    }

    public void setRoles(Set<String> roles) {
        this.roles.clear();
        this.roles.addAll(roles);
    }
}
