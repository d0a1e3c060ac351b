package org.mosaiccrm.customer.service.internal.contact;

import static org.mosaiccrm.customer.service.internal.TextRules.orEmpty;

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

import org.mosaiccrm.customer.BuyingRole;
import org.mosaiccrm.customer.Channel;
import org.mosaiccrm.customer.Contact;
import org.mosaiccrm.customer.service.internal.ContactPoints;
import org.mosaiccrm.customer.service.internal.SearchKeys;

/** Table {@code CUS_CONTACT}; *_KEY columns hold normalised values for indexed prefix search. */
@Entity
@Table(name = "CUS_CONTACT")
public class ContactEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cus_contact_seq")
    @SequenceGenerator(name = "cus_contact_seq", sequenceName = "CUS_CONTACT_SEQ", allocationSize = 50)
    private Long id;

    @Column(name = "CUSTOMER_ID", nullable = false)
    private long customerId;

    /** The customer's owner, kept in step ({@link org.mosaiccrm.customer.service.internal.ContactOwners}). */
    @Column(name = "OWNER_ID", nullable = false)
    private long ownerId;

    @Column(name = "NAME", nullable = false, length = 200)
    private String name;

    @Column(name = "NAME_KEY", nullable = false, length = 200)
    private String nameKey;

    @Column(name = "TITLE", length = 100)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "BUYING_ROLE", length = 20)
    private BuyingRole role;

    @Column(name = "PHONE", length = 30)
    private String phone;

    @Column(name = "PHONE_KEY", length = 30)
    private String phoneKey;

    @Column(name = "MOBILE", length = 30)
    private String mobile;

    @Column(name = "MOBILE_KEY", length = 30)
    private String mobileKey;

    @Column(name = "EMAIL", length = 254)
    private String email;

    @Column(name = "EMAIL_KEY", length = 254)
    private String emailKey;

    /** Further addresses, phones and emails ({@link ContactPoints#toText}). */
    @Column(name = "POINTS_TEXT", length = 10000)
    private String pointsText;

    @Enumerated(EnumType.STRING)
    @Column(name = "PREFERRED_CHANNEL", length = 10)
    private Channel preferredChannel;

    @Column(name = "NOTES", length = 4000)
    private String notes;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant created;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected ContactEntity() {
    }

    ContactEntity(ContactInput input, long ownerId, Instant created) {
        this.created = created;
        apply(input, ownerId);
    }

    /** @param ownerId the owner of the input's customer */
    void apply(ContactInput input, long ownerId) {
        customerId = input.customerId();
        this.ownerId = ownerId;
        name = input.name();
        nameKey = SearchKeys.name(input.name());
        title = input.title();
        role = input.role();
        phone = input.phone();
        phoneKey = input.phone() == null ? null : SearchKeys.phone(input.phone());
        mobile = input.mobile();
        mobileKey = input.mobile() == null ? null : SearchKeys.phone(input.mobile());
        email = input.email();
        emailKey = input.email() == null ? null : SearchKeys.email(input.email());
        pointsText = ContactPoints.toText(input.contactPoints());
        preferredChannel = input.preferredChannel();
        notes = input.notes();
    }

    long id() {
        return id;
    }

    public long customerId() {
        return customerId;
    }

    String nameKey() {
        return nameKey;
    }

    /** The owner of its customer (kept in step), for record scope. */
    long ownerId() {
        return ownerId;
    }

    long version() {
        return version;
    }

    Contact toContact() {
        return new Contact(id, customerId, name, orEmpty(title), role, orEmpty(phone), orEmpty(mobile), orEmpty(email),
                ContactPoints.fromText(pointsText), preferredChannel, orEmpty(notes), version);
    }

    Map<String, Object> auditFields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("customerId", customerId);
        fields.put("name", name);
        fields.put("title", title);
        fields.put("role", role);
        fields.put("phone", phone);
        fields.put("mobile", mobile);
        fields.put("email", email);
        fields.put("contactPoints", pointsText);
        fields.put("preferredChannel", preferredChannel);
        fields.put("notes", notes);
        return fields;
    }
}
