package org.mosaiccrm.customer.service.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.mosaiccrm.customer.CompanySize;
import org.mosaiccrm.customer.ContactPoint;
import org.mosaiccrm.customer.CustomerService;
import org.mosaiccrm.customer.CustomerType;
import org.mosaiccrm.customer.Grade;
import org.mosaiccrm.customer.LifecycleStage;
import org.mosaiccrm.customer.NewCustomer;
import org.mosaiccrm.platform.InputRefusedException;

/**
 * A {@link NewCustomer} checked once, at the service boundary: trimmed, empty optional fields
 * made null, every rule broken reported with an i18n key and the field it concerns.
 */
public record CustomerInput(String name, CustomerType type, String industry, CompanySize size, String source,
        LifecycleStage stage, Grade grade, String region, String city, String address, String email, String phone,
        List<ContactPoint> contactPoints, String website, String taxId, Long parentId, String notes, Set<String> tags, Long ownerId) {

    public static CustomerInput of(NewCustomer in) {
        if (in == null) {
            throw new InputRefusedException("name", "customer.error.name.required");
        }
        String name = TextRules.required("name", in.name(), CustomerService.MAX_NAME);
        if (in.type() == null) {
            throw new InputRefusedException("type", "customer.error.type.required");
        }
        Set<String> tags = new LinkedHashSet<>();
        for (String tag : in.tags()) {
            String cleaned = TextRules.tag(tag, CustomerService.MAX_TAG);
            if (cleaned != null) {
                tags.add(cleaned);
            }
        }
        if (tags.size() > CustomerService.MAX_TAGS) {
            throw new InputRefusedException("tags", "customer.error.tags.tooMany");
        }
        return new CustomerInput(name, in.type(), TextRules.line("industry", in.industry(), 100), in.size(),
                TextRules.line("source", in.source(), 100), in.stage(), in.grade(),
                TextRules.line("region", in.region(), 100), TextRules.line("city", in.city(), 100),
                TextRules.multiline("address", in.address(), 400), TextRules.email("email", in.email()),
                TextRules.phone("phone", in.phone()), ContactPoints.check(in.contactPoints()), TextRules.website("website", in.website()),
                TextRules.line("taxId", in.taxId(), 40), in.parentId(),
                TextRules.multiline("notes", in.notes(), CustomerService.MAX_NOTES), Set.copyOf(tags), in.ownerId());
    }
}
