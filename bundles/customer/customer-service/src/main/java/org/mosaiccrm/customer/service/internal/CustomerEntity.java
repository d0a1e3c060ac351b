package org.mosaiccrm.customer.service.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.mosaiccrm.customer.Customer;
import org.mosaiccrm.customer.CustomerType;

/** Table {@code CUS_CUSTOMER}. The *_KEY columns hold normalised values for indexed prefix search. */
@Entity
@Table(name = "CUS_CUSTOMER")
public class CustomerEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cus_customer_seq")
    @SequenceGenerator(name = "cus_customer_seq", sequenceName = "CUS_CUSTOMER_SEQ", allocationSize = 50)
    private Long id;

    @Column(name = "NAME", nullable = false, length = 200)
    private String name;

    @Column(name = "NAME_KEY", nullable = false, length = 200)
    private String nameKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "TYPE", nullable = false, length = 10)
    private CustomerType type;

    @Column(name = "EMAIL", length = 254)
    private String email;

    @Column(name = "EMAIL_KEY", length = 254)
    private String emailKey;

    @Column(name = "PHONE", length = 30)
    private String phone;

    @Column(name = "PHONE_KEY", length = 30)
    private String phoneKey;

    @Column(name = "CITY", length = 100)
    private String city;

    @Column(name = "TAX_ID", length = 40)
    private String taxId;

    @Column(name = "OWNER_ID", nullable = false)
    private long ownerId;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant created;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected CustomerEntity() {
    }

    CustomerEntity(CustomerInput input, long ownerId, Instant created) {
        this.ownerId = ownerId;
        this.created = created;
        apply(input, true);
    }

    /** Copies validated input; the tax id only when the caller may see it. */
    void apply(CustomerInput input, boolean withTaxId) {
        this.name = input.name();
        this.nameKey = SearchKeys.name(input.name());
        this.type = input.type();
        this.email = input.email();
        this.emailKey = input.email() == null ? null : SearchKeys.email(input.email());
        this.phone = input.phone();
        this.phoneKey = input.phone() == null ? null : SearchKeys.phone(input.phone());
        this.city = input.city();
        if (withTaxId) {
            this.taxId = input.taxId();
        }
    }

    long ownerId() {
        return ownerId;
    }

    Customer toCustomer(boolean withTaxId) {
        return new Customer(id, name, type, email == null ? "" : email, phone == null ? "" : phone,
                city == null ? "" : city, withTaxId && taxId != null ? taxId : "", ownerId, created, version);
    }

    long version() {
        return version;
    }

    /** The audited fields, by name. */
    Map<String, Object> auditFields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("type", type);
        fields.put("email", email);
        fields.put("phone", phone);
        fields.put("city", city);
        fields.put("taxId", taxId);
        fields.put("ownerId", ownerId);
        return fields;
    }
}
