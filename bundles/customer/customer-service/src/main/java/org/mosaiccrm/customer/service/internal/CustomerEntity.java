package org.mosaiccrm.customer.service.internal;

import static org.mosaiccrm.customer.service.internal.TextRules.orEmpty;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.mosaiccrm.customer.CompanySize;
import org.mosaiccrm.customer.ContactPoint;
import org.mosaiccrm.customer.ContactPointKind;
import org.mosaiccrm.customer.Customer;
import org.mosaiccrm.customer.CustomerService;
import org.mosaiccrm.customer.CustomerType;
import org.mosaiccrm.customer.Grade;
import org.mosaiccrm.customer.LifecycleStage;

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

    @Column(name = "SORT_KEY", nullable = false, length = 160)
    private String sortKey;

    @Column(name = "MATCH_KEY", length = 200)
    private String matchKey;

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

    /** Further addresses, phones and emails ({@link ContactPoints#toText}), read with the row. */
    @Column(name = "POINTS_TEXT", length = 10000)
    private String pointsText;

    /** The keys of the further emails and phones, for duplicate checks only; loaded when changed. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "CUS_CUSTOMER_EMAIL_KEY", joinColumns = @JoinColumn(name = "CUSTOMER_ID"))
    @Column(name = "EMAIL_KEY", length = 254)
    private Set<String> otherEmailKeys = new TreeSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "CUS_CUSTOMER_PHONE_KEY", joinColumns = @JoinColumn(name = "CUSTOMER_ID"))
    @Column(name = "PHONE_KEY", length = 30)
    private Set<String> otherPhoneKeys = new TreeSet<>();

    @Column(name = "CITY", length = 100)
    private String city;

    @Column(name = "INDUSTRY", length = 100)
    private String industry;

    @Enumerated(EnumType.STRING)
    @Column(name = "COMPANY_SIZE", length = 12)
    private CompanySize size;

    @Column(name = "SOURCE", length = 100)
    private String source;

    @Enumerated(EnumType.STRING)
    @Column(name = "STAGE", nullable = false, length = 10)
    private LifecycleStage stage;

    @Enumerated(EnumType.STRING)
    @Column(name = "GRADE", length = 1)
    private Grade grade;

    @Column(name = "REGION", length = 100)
    private String region;

    @Column(name = "ADDRESS", length = 400)
    private String address;

    @Column(name = "WEBSITE", length = 200)
    private String website;

    @Column(name = "PARENT_ID")
    private Long parentId;

    @Column(name = "NOTES", length = 4000)
    private String notes;

    /**
     * The tags, one row each, for the tag filter (a join) and suggestions. Loaded only when a
     * customer is changed: lists read {@link #tagsText}.
     */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "CUS_CUSTOMER_TAG", joinColumns = @JoinColumn(name = "CUSTOMER_ID"))
    @Column(name = "TAG", length = 40)
    private Set<String> tags = new TreeSet<>();

    /**
     * The same tags joined by commas (a tag has none), read with the row: a page of a list needs no
     * second query (Derby answered the tag look-up of a page with a scan of the tag table).
     * Null for rows saved before it existed; those read {@link #tags}.
     */
    @Column(name = "TAGS_TEXT", length = 1000)
    private String tagsText;

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

    public CustomerEntity(CustomerInput input, long ownerId, Instant created) {
        this.ownerId = ownerId;
        this.created = created;
        apply(input, true);
        if (stage == null) {
            stage = LifecycleStage.LEAD;
        }
    }

    /** Copies validated input; the tax id only when the caller may see it. */
    public void apply(CustomerInput input, boolean withTaxId) {
        this.name = input.name();
        this.nameKey = SearchKeys.name(input.name());
        this.sortKey = SearchKeys.sort(input.name());
        this.matchKey = SearchKeys.match(input.name());
        this.type = input.type();
        this.email = input.email();
        this.emailKey = input.email() == null ? null : SearchKeys.email(input.email());
        this.phone = input.phone();
        this.phoneKey = input.phone() == null ? null : SearchKeys.phone(input.phone());
        setContactPoints(input.contactPoints());
        this.city = input.city();
        this.industry = input.industry();
        this.size = input.size();
        this.source = input.source();
        if (input.stage() != null) {
            this.stage = input.stage();
        }
        this.grade = input.grade();
        this.region = input.region();
        this.address = input.address();
        this.website = input.website();
        this.parentId = input.parentId();
        this.notes = input.notes();
        setTags(input.tags());
        if (input.ownerId() != null) {
            this.ownerId = input.ownerId();
        }
        if (withTaxId) {
            this.taxId = input.taxId();
        }
    }

    /**
     * Takes what a merged duplicate knows and this customer does not: its values where this one's
     * are empty, its tags (up to the maximum), its notes appended when there is room.
     */
    void absorb(CustomerEntity merged) {
        industry = industry != null ? industry : merged.industry;
        size = size != null ? size : merged.size;
        source = source != null ? source : merged.source;
        grade = grade != null ? grade : merged.grade;
        region = region != null ? region : merged.region;
        city = city != null ? city : merged.city;
        address = address != null ? address : merged.address;
        website = website != null ? website : merged.website;
        taxId = taxId != null ? taxId : merged.taxId;
        if (email == null && merged.email != null) {
            email = merged.email;
            emailKey = merged.emailKey;
        }
        if (phone == null && merged.phone != null) {
            phone = merged.phone;
            phoneKey = merged.phoneKey;
        }
        setContactPoints(ContactPoints.union(contactPoints(),
                merged.pointsKeptByMerge().stream().filter(point -> !isMain(point)).toList()));
        if (parentId == null && merged.parentId != null && merged.parentId != id) {
            parentId = merged.parentId;
        }
        if (merged.notes != null && !merged.notes.equals(notes)) {
            String joined = notes == null ? merged.notes : notes + "\n\n" + merged.notes;
            if (joined.length() <= CustomerService.MAX_NOTES) {
                notes = joined;
            }
        }
        Set<String> all = new TreeSet<>(tags);
        for (String tag : merged.tags) {
            if (all.size() >= CustomerService.MAX_TAGS) {
                break;
            }
            all.add(tag);
        }
        setTags(all);
    }

    /** What a merge keeps of this duplicate as further contact points: its main ones, then its others. */
    private List<ContactPoint> pointsKeptByMerge() {
        List<ContactPoint> kept = new ArrayList<>();
        if (address != null) {
            kept.add(ContactPoint.address("", address));
        }
        if (phone != null) {
            kept.add(ContactPoint.phone("", phone));
        }
        if (email != null) {
            kept.add(ContactPoint.email("", email));
        }
        kept.addAll(contactPoints());
        return kept;
    }

    private boolean isMain(ContactPoint point) {
        return switch (point.kind()) {
            case ADDRESS -> point.value().equals(address);
            case PHONE -> SearchKeys.phone(point.value()).equals(phoneKey);
            case EMAIL -> SearchKeys.email(point.value()).equals(emailKey);
        };
    }

    private List<ContactPoint> contactPoints() {
        return ContactPoints.fromText(pointsText);
    }

    private void setContactPoints(List<ContactPoint> points) {
        pointsText = ContactPoints.toText(points);
        // retain, then add: unchanged keys keep their rows (clear + addAll would rewrite them all)
        Set<String> emails = ContactPoints.keys(points, ContactPointKind.EMAIL);
        otherEmailKeys.retainAll(emails);
        otherEmailKeys.addAll(emails);
        Set<String> phones = ContactPoints.keys(points, ContactPointKind.PHONE);
        otherPhoneKeys.retainAll(phones);
        otherPhoneKeys.addAll(phones);
    }

    /** Forgets a parent that is being merged into this customer (a company is not its own parent). */
    void dropParent(long parent) {
        if (parentId != null && parentId == parent) {
            parentId = null;
        }
    }

    private void setTags(Set<String> values) {
        tags.clear();
        tags.addAll(values);
        tagsText = String.join(",", new TreeSet<>(values));
    }

    private Set<String> shownTags() {
        return tagsText == null ? new TreeSet<>(tags) : tagsOf(tagsText);
    }

    /** The tags stored in {@link #tagsText}. */
    static Set<String> tagsOf(String tagsText) {
        return tagsText.isEmpty() ? Set.of() : new TreeSet<>(List.of(tagsText.split(",")));
    }

    public long id() {
        return id;
    }

    public String nameKey() {
        return nameKey;
    }

    public String sortKey() {
        return sortKey;
    }

    public String name() {
        return name;
    }

    public long ownerId() {
        return ownerId;
    }

    CustomerType type() {
        return type;
    }

    public Customer toCustomer(boolean withTaxId) {
        return new Customer(id, name, type, orEmpty(industry), size, orEmpty(source), stage, grade, orEmpty(region),
                orEmpty(city), orEmpty(address), orEmpty(email), orEmpty(phone), contactPoints(), orEmpty(website),
                withTaxId ? orEmpty(taxId) : "", parentId, orEmpty(notes), shownTags(), ownerId, created, version);
    }

    long version() {
        return version;
    }

    /** The audited fields, by name. */
    public Map<String, Object> auditFields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("type", type);
        fields.put("email", email);
        fields.put("phone", phone);
        fields.put("contactPoints", pointsText);
        fields.put("city", city);
        fields.put("industry", industry);
        fields.put("size", size);
        fields.put("source", source);
        fields.put("stage", stage);
        fields.put("grade", grade);
        fields.put("region", region);
        fields.put("address", address);
        fields.put("website", website);
        fields.put("parentId", parentId);
        fields.put("notes", notes);
        fields.put("tags", String.join(",", shownTags()));
        fields.put("taxId", taxId);
        fields.put("ownerId", ownerId);
        return fields;
    }
}
