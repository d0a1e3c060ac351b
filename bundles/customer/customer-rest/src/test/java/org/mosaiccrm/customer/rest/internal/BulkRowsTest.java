package org.mosaiccrm.customer.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mosaiccrm.customer.ContactPoint;
import org.mosaiccrm.customer.CustomerType;
import org.mosaiccrm.customer.Grade;
import org.mosaiccrm.customer.NewCustomer;
import org.mosaiccrm.platform.InputRefusedException;

/** Customers of a bulk create as import rows: only the fields used, nothing an import row would change. */
class BulkRowsTest {

    @Test
    void onlyTheFieldsSomeCustomerFillsAreMappedAndValuesStayAsSent() {
        NewCustomer first = NewCustomer.builder("青岛海联", CustomerType.COMPANY).grade(Grade.A).tags(Set.of("重点"))
                .contactPoints(List.of(ContactPoint.phone("传真", "0532-8888 0000"), ContactPoint.address("", "青岛市市南区香港中路 8 号")))
                .build();
        NewCustomer second = new NewCustomer("=SUM(1)", CustomerType.PERSON, "", "", "");
        BulkRows.Table table = BulkRows.table(List.of(first, second));
        assertEquals(List.of("NAME", "TYPE", "GRADE", "TAGS", "OTHER_ADDRESSES", "OTHER_PHONES"), table.fields());
        assertEquals(List.of("青岛海联", "COMPANY", "A", "重点", "青岛市市南区香港中路 8 号", "传真: 0532-8888 0000"), table.rows().get(0));
        assertEquals(List.of("=SUM(1)", "PERSON", "", "", "", ""), table.rows().get(1));
    }

    @Test
    void whatAnImportRowCannotCarryIsRefusedNamingTheCustomerAndField() {
        NewCustomer fine = new NewCustomer("A", CustomerType.COMPANY, "", "", "");
        assertEquals("customers[1].ownerId", refused(fine, NewCustomer.builder("B", CustomerType.COMPANY).ownerId(7L).build()));
        assertEquals("customers[1].parentId", refused(fine, NewCustomer.builder("B", CustomerType.COMPANY).parentId(7L).build()));
        assertEquals("customers[0].tags", refused(NewCustomer.builder("B", CustomerType.COMPANY).tags(Set.of("华东,华南")).build()));
        assertEquals("customers[0].contactPoints", refused(NewCustomer.builder("B", CustomerType.COMPANY)
                .contactPoints(List.of(ContactPoint.address("", "A 座; B 座"))).build()));
        assertEquals("customers[0].contactPoints", refused(NewCustomer.builder("B", CustomerType.COMPANY)
                .contactPoints(List.of(ContactPoint.phone("办公室 2", "010-1234"))).build()), "a label the import would not read as one");
        assertEquals("customers[1]", refused(fine, null));
    }

    @Test
    void importFieldsAreNamedAsTheApiNamesThem() {
        assertEquals("taxId", BulkRows.apiName("TAX_ID"));
        assertEquals("email", BulkRows.apiName("EMAIL"));
        assertEquals("contactPoints", BulkRows.apiName("OTHER_PHONES"));
    }

    private static String refused(NewCustomer... customers) {
        return assertThrows(InputRefusedException.class, () -> BulkRows.table(java.util.Arrays.asList(customers))).field();
    }
}
