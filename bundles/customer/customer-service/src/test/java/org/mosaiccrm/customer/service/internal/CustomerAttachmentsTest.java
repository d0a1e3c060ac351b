package org.mosaiccrm.customer.service.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mosaiccrm.customer.Customer;
import org.mosaiccrm.customer.CustomerType;
import org.mosaiccrm.customer.NewCustomer;

/** Who may see and change a customer's attachments: whoever may read, and edit, the customer in their scope. */
class CustomerAttachmentsTest {

    private CustomerModule module;
    private CustomerAttachments attachments;

    @BeforeEach
    void open() {
        module = new CustomerModule("attachments");
        attachments = new CustomerAttachments(module.customers, module.security.policy);
    }

    @AfterEach
    void close() {
        module.close();
    }

    @Test
    void theOwnerMaySeeAndChangeAnotherRepNeitherNorAnyoneARecordThatIsNot() {
        Customer owned = module.as(module.rep, () -> module.customers.create(
                new NewCustomer("苏州恒通机械有限公司", CustomerType.COMPANY, "", "", "")));

        assertTrue(module.as(module.rep, () -> attachments.mayRead(owned.id())));
        assertTrue(module.as(module.rep, () -> attachments.mayChange(owned.id())));
        assertFalse(module.as(module.otherRep, () -> attachments.mayRead(owned.id())), "another rep's customer");
        assertFalse(module.as(module.otherRep, () -> attachments.mayChange(owned.id())));
        assertFalse(module.as(module.rep, () -> attachments.mayRead(owned.id() + 1000)), "no such customer");
        assertFalse(attachments.mayRead(owned.id()), "nobody signed in");
    }
}
