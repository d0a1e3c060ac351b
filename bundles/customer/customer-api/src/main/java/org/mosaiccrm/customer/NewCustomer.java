package org.mosaiccrm.customer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mosaiccrm.platform.InputRefusedException;

/**
 * What a user enters to create or change a customer. Empty text means "not set"; the service
 * trims, checks and refuses bad input with a {@link InputRefusedException}.
 *
 * @param name     required, at most {@link CustomerService#MAX_NAME} characters
 * @param type     required
 * @param industry optional
 * @param size     optional
 * @param source   optional
 * @param stage    optional; a new customer without one is a {@link LifecycleStage#LEAD}
 * @param grade    optional
 * @param region   optional
 * @param city     optional
 * @param address  optional
 * @param email    optional, must look like an email address
 * @param phone    optional, digits with + - ( ) and spaces
 * @param contactPoints optional further addresses, phones and emails, at most
 *                 {@link CustomerService#MAX_CONTACT_POINTS}; entries with an empty value are dropped
 * @param website  optional
 * @param taxId    optional; ignored for users without {@link CustomerService#PERMISSION_TAX_ID}
 * @param parentId optional parent company (must exist and be a company)
 * @param notes    optional
 * @param tags     optional, at most {@link CustomerService#MAX_TAGS}
 * @param ownerId  optional: on create the caller when null; on update unchanged when null
 */
public record NewCustomer(String name, CustomerType type, String industry, CompanySize size, String source,
        LifecycleStage stage, Grade grade, String region, String city, String address, String email, String phone,
        List<ContactPoint> contactPoints, String website, String taxId, Long parentId, String notes, Set<String> tags,
        Long ownerId) {

    public NewCustomer {
        tags = tags == null ? Set.of() : Set.copyOf(tags);
        contactPoints = contactPoints == null ? List.of() : List.copyOf(contactPoints);
    }

    /** Input without further contact points (the shape of API 3.1). */
    public NewCustomer(String name, CustomerType type, String industry, CompanySize size, String source,
            LifecycleStage stage, Grade grade, String region, String city, String address, String email, String phone,
            String website, String taxId, Long parentId, String notes, Set<String> tags, Long ownerId) {
        this(name, type, industry, size, source, stage, grade, region, city, address, email, phone, List.of(), website,
                taxId, parentId, notes, tags, ownerId);
    }

    /** The few fields of a quick entry. */
    public NewCustomer(String name, CustomerType type, String email, String phone, String city) {
        this(name, type, email, phone, city, null);
    }

    /** The few fields of a quick entry, with a tax id. */
    public NewCustomer(String name, CustomerType type, String email, String phone, String city, String taxId) {
        this(name, type, null, null, null, null, null, null, city, null, email, phone, null, taxId, null, null, null, null);
    }

    /** The editable fields of an existing customer, to change some of them. */
    public static NewCustomer of(Customer customer) {
        return new NewCustomer(customer.name(), customer.type(), customer.industry(), customer.size(), customer.source(),
                customer.stage(), customer.grade(), customer.region(), customer.city(), customer.address(),
                customer.email(), customer.phone(), customer.contactPoints(), customer.website(), customer.taxId(), customer.parentId(),
                customer.notes(), customer.tags(), customer.ownerId());
    }

    public static Builder builder(String name, CustomerType type) {
        return new Builder(name, type);
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link NewCustomer} field by field. */
    public static final class Builder {
        private String name;
        private CustomerType type;
        private String industry;
        private CompanySize size;
        private String source;
        private LifecycleStage stage;
        private Grade grade;
        private String region;
        private String city;
        private String address;
        private String email;
        private String phone;
        private List<ContactPoint> contactPoints = new ArrayList<>();
        private String website;
        private String taxId;
        private Long parentId;
        private String notes;
        private Set<String> tags = new LinkedHashSet<>();
        private Long ownerId;

        private Builder(String name, CustomerType type) {
            this.name = name;
            this.type = type;
        }

        private Builder(NewCustomer from) {
            this(from.name, from.type);
            industry = from.industry;
            size = from.size;
            source = from.source;
            stage = from.stage;
            grade = from.grade;
            region = from.region;
            city = from.city;
            address = from.address;
            email = from.email;
            phone = from.phone;
            contactPoints = new ArrayList<>(from.contactPoints);
            website = from.website;
            taxId = from.taxId;
            parentId = from.parentId;
            notes = from.notes;
            tags = new LinkedHashSet<>(from.tags);
            ownerId = from.ownerId;
        }

        public Builder name(String value) { name = value; return this; }
        public Builder type(CustomerType value) { type = value; return this; }
        public Builder industry(String value) { industry = value; return this; }
        public Builder size(CompanySize value) { size = value; return this; }
        public Builder source(String value) { source = value; return this; }
        public Builder stage(LifecycleStage value) { stage = value; return this; }
        public Builder grade(Grade value) { grade = value; return this; }
        public Builder region(String value) { region = value; return this; }
        public Builder city(String value) { city = value; return this; }
        public Builder address(String value) { address = value; return this; }
        public Builder email(String value) { email = value; return this; }
        public Builder phone(String value) { phone = value; return this; }
        public Builder contactPoints(List<ContactPoint> value) { contactPoints = new ArrayList<>(value == null ? List.of() : value); return this; }
        /** Replaces the further contact points of one kind, keeping the others. */
        public Builder contactPoints(ContactPointKind kind, List<ContactPoint> value) {
            contactPoints.removeIf(point -> point.kind() == kind);
            contactPoints.addAll(value);
            return this;
        }
        public Builder website(String value) { website = value; return this; }
        public Builder taxId(String value) { taxId = value; return this; }
        public Builder parentId(Long value) { parentId = value; return this; }
        public Builder notes(String value) { notes = value; return this; }
        public Builder tags(Set<String> value) { tags = new LinkedHashSet<>(value == null ? Set.of() : value); return this; }
        public Builder ownerId(Long value) { ownerId = value; return this; }

        public NewCustomer build() {
            return new NewCustomer(name, type, industry, size, source, stage, grade, region, city, address, email, phone,
                    contactPoints, website, taxId, parentId, notes, tags, ownerId);
        }
    }
}
