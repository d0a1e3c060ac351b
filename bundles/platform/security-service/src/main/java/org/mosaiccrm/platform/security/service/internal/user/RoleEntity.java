package org.mosaiccrm.platform.security.service.internal.user;

import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

import org.mosaiccrm.platform.security.RecordScope;
import org.mosaiccrm.platform.security.Role;

/** Table {@code SEC_ROLE}; grants in {@code SEC_ROLE_GRANT}. */
@Entity
@Table(name = "SEC_ROLE")
public class RoleEntity {

    @Id
    @Column(name = "CODE", length = 40)
    private String code;

    @Column(name = "NAME", nullable = false, length = 100)
    private String name;

    @Column(name = "BUILT_IN", nullable = false)
    private boolean builtIn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "SEC_ROLE_GRANT", joinColumns = @JoinColumn(name = "ROLE_CODE"))
    @MapKeyColumn(name = "PERMISSION", length = 120)
    @Enumerated(EnumType.STRING)
    @Column(name = "SCOPE", length = 10)
    private Map<String, RecordScope> grants = new HashMap<>();

    protected RoleEntity() {
    }

    public RoleEntity(String code) {
        this.code = code;
    }

    /** A role a module brings ({@code builtIn}) or an administrator makes. */
    public RoleEntity(String code, String name, boolean builtIn) {
        this.code = code;
        this.name = name;
        this.builtIn = builtIn;
    }

    public Role toRole() {
        return new Role(code, name, builtIn, grants);
    }

    public String getCode() {
        return code;
    }

    public boolean isBuiltIn() {
        return builtIn;
    }

    public Map<String, RecordScope> getGrants() {
        return grants;
    }

    public void update(String name, Map<String, RecordScope> grants) {
        this.name = name;
        this.grants.clear();
        this.grants.putAll(grants);
    }
}
