package org.mosaiccrm.customer.service.internal.contact;

import java.util.List;

import org.mosaiccrm.customer.BuyingRole;
import org.mosaiccrm.customer.Channel;
import org.mosaiccrm.customer.ContactPoint;
import org.mosaiccrm.customer.CustomerService;
import org.mosaiccrm.customer.NewContact;
import org.mosaiccrm.customer.service.internal.ContactPoints;
import org.mosaiccrm.customer.service.internal.TextRules;
import org.mosaiccrm.platform.InputRefusedException;

/** A {@link NewContact} checked once at the service boundary. */
record ContactInput(long customerId, String name, String title, BuyingRole role, String phone, String mobile,
        String email, List<ContactPoint> contactPoints, Channel preferredChannel, String notes) {

    static ContactInput of(NewContact in) {
        if (in == null) {
            throw new InputRefusedException("name", "customer.error.name.required");
        }
        return new ContactInput(in.customerId(), TextRules.required("name", in.name(), CustomerService.MAX_NAME),
                TextRules.line("title", in.title(), 100), in.role(), TextRules.phone("phone", in.phone()),
                TextRules.phone("mobile", in.mobile()), TextRules.email("email", in.email()),
                ContactPoints.check(in.contactPoints()), in.preferredChannel(),
                TextRules.multiline("notes", in.notes(), CustomerService.MAX_NOTES));
    }
}
