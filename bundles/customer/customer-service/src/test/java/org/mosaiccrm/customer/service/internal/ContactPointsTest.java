package org.mosaiccrm.customer.service.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.mosaiccrm.customer.BuyingRole;
import org.mosaiccrm.customer.Channel;
import org.mosaiccrm.customer.Contact;
import org.mosaiccrm.customer.ContactPoint;
import org.mosaiccrm.customer.ContactPointKind;
import org.mosaiccrm.customer.Customer;
import org.mosaiccrm.customer.CustomerQuery;
import org.mosaiccrm.customer.CustomerType;
import org.mosaiccrm.customer.DuplicateReason;
import org.mosaiccrm.customer.NewContact;
import org.mosaiccrm.customer.NewCustomer;
import org.mosaiccrm.platform.InputRefusedException;

/** Several addresses, phones and emails per customer and contact, on real Derby. */
class ContactPointsTest {

    private CustomerModule module;

    @BeforeEach
    void open(TestInfo test) {
        module = new CustomerModule("points-" + test.getTestMethod().orElseThrow().getName());
    }

    @AfterEach
    void close() {
        module.close();
    }

    private Customer create(NewCustomer customer) {
        return module.as(module.rep, () -> module.customers.create(customer));
    }

    @Test
    void aCustomerKeepsItsFurtherAddressesPhonesAndEmailsInOrderAndListsShowThem() {
        List<ContactPoint> points = List.of(ContactPoint.address(" 开票地址 ", "北京市海淀区中关村大街1号\n科技大厦3层"),
                ContactPoint.phone("传真", "010-6543 2101"), ContactPoint.email("", " Finance@XingYun.cn "),
                ContactPoint.phone("", "  "), ContactPoint.phone("重复", "(010) 6543-2101"));
        Customer created = create(NewCustomer.builder("北京星云科技", CustomerType.COMPANY).phone("010-6543 2100")
                .contactPoints(points).build());

        List<ContactPoint> stored = List.of(ContactPoint.address("开票地址", "北京市海淀区中关村大街1号\n科技大厦3层"),
                ContactPoint.phone("传真", "010-6543 2101"), ContactPoint.email("", "Finance@XingYun.cn"));
        assertEquals(stored, created.contactPoints(), "trimmed, empty ones dropped, the same number kept once");
        assertEquals(stored, module.as(module.rep, () -> module.customers.find(created.id())).orElseThrow().contactPoints());
        assertEquals(stored, module.as(module.rep, () -> module.customers.list(CustomerQuery.ALL, null, 10)).items().get(0)
                .contactPoints(), "a page of the list reads them with the row");

        Customer changed = module.as(module.rep, () -> module.customers.update(created.id(), NewCustomer.of(created)
                .toBuilder().contactPoints(ContactPointKind.PHONE, List.of()).build(), created.version()));
        assertEquals(List.of(stored.get(0), stored.get(2)), changed.contactPoints());
    }

    @Test
    void badEntriesAreRefusedNamingTheFieldAndNothingIsWritten() {
        assertRefused(ContactPoint.phone("", "call me"), "customer.error.phone.invalid");
        assertRefused(ContactPoint.email("", "not-an-email"), "customer.error.email.invalid");
        assertRefused(new ContactPoint(null, "", "x"), "customer.error.contactPoint.kind");
        assertRefused(ContactPoint.phone("x".repeat(41), "12345"), "customer.error.tooLong");
        List<ContactPoint> eleven = new ArrayList<>();
        IntStream.range(0, 11).forEach(i -> eleven.add(ContactPoint.phone("", "1380000000" + i)));
        InputRefusedException tooMany = assertThrows(InputRefusedException.class,
                () -> create(NewCustomer.builder("多号码", CustomerType.PERSON).contactPoints(eleven).build()));
        assertEquals("customer.error.contactPoints.tooMany", tooMany.getMessage());
        assertEquals(0, module.as(module.rep, () -> module.customers.list(CustomerQuery.ALL, null, 10)).items().size());
    }

    private void assertRefused(ContactPoint point, String key) {
        InputRefusedException refused = assertThrows(InputRefusedException.class,
                () -> create(NewCustomer.builder("坏输入", CustomerType.PERSON).contactPoints(List.of(point)).build()));
        assertEquals("contactPoints", refused.field());
        assertEquals(key, refused.getMessage());
    }

    @Test
    void furtherEmailsAndPhonesCountInTheDuplicateCheckBothWays() {
        Customer xingyun = create(NewCustomer.builder("北京星云科技", CustomerType.COMPANY)
                .contactPoints(List.of(ContactPoint.email("财务", "finance@xingyun.cn"), ContactPoint.phone("", "13800138000")))
                .build());
        Customer acme = create(NewCustomer.builder("Acme", CustomerType.COMPANY).email("sales@acme.com").build());

        assertEquals(Set.of(DuplicateReason.EMAIL, DuplicateReason.PHONE), module.as(module.rep, () -> module.customers
                .duplicates(new NewCustomer("星云财务部", CustomerType.COMPANY, "FINANCE@xingyun.cn", "+86 138 0013 8000", ""),
                        null, 5)).get(0).reasons(), "a new main email or phone meets an existing further one");
        assertEquals(acme.id(), module.as(module.rep, () -> module.customers.duplicates(NewCustomer
                .builder("Other name", CustomerType.COMPANY).contactPoints(List.of(ContactPoint.email("", "sales@acme.com")))
                .build(), null, 5)).get(0).customerId(), "a new further email meets an existing main one");
        assertEquals(List.of(), module.as(module.rep, () -> module.customers.duplicates(NewCustomer.of(xingyun), xingyun.id(), 5)),
                "a customer is no duplicate of itself");

        Customer renamed = module.as(module.rep, () -> module.customers.update(xingyun.id(),
                NewCustomer.of(xingyun).toBuilder().contactPoints(List.of()).build(), xingyun.version()));
        assertEquals(List.of(), renamed.contactPoints());
        assertEquals(List.of(), module.as(module.rep, () -> module.customers.duplicates(
                new NewCustomer("另一家", CustomerType.COMPANY, "finance@xingyun.cn", "", ""), null, 5)),
                "removed entries are no longer matched");
    }

    @Test
    void aMergeKeepsTheDuplicatesAddressesPhonesAndEmails() {
        Customer kept = create(NewCustomer.builder("华信电子", CustomerType.COMPANY).email("info@hx.cn").phone("0755-8888 0000")
                .contactPoints(List.of(ContactPoint.phone("传真", "0755-8888 0001"))).build());
        Customer dup = create(NewCustomer.builder("深圳华信电子有限公司", CustomerType.COMPANY).email("old@hx.cn")
                .phone("0755 8888 0000").address("深圳市南山区科技园")
                .contactPoints(List.of(ContactPoint.address("收货地址", "东莞市松山湖"), ContactPoint.phone("", "0755-8888 0001")))
                .build());

        Customer merged = module.as(module.manager, () -> module.customers.merge(kept.id(), kept.version(), dup.id()));

        assertEquals("深圳市南山区科技园", merged.address(), "an empty main field takes the duplicate's");
        assertEquals(List.of(ContactPoint.phone("传真", "0755-8888 0001"), ContactPoint.email("", "old@hx.cn"),
                ContactPoint.address("收货地址", "东莞市松山湖")), merged.contactPoints(),
                "its other values are kept as further ones, without repeating what the survivor has");
        assertEquals(kept.id(), module.as(module.rep, () -> module.customers.duplicates(
                new NewCustomer("新客户", CustomerType.COMPANY, "old@hx.cn", "", ""), null, 5)).get(0).customerId(),
                "and still found by the duplicate check");
    }

    @Test
    void contactsHaveFurtherAddressesPhonesAndEmailsToo() {
        Customer company = create(new NewCustomer("深圳华信电子有限公司", CustomerType.COMPANY, "", "", "深圳"));
        List<ContactPoint> points = List.of(ContactPoint.phone("私人手机", "139 1234 0000"),
                ContactPoint.email("私人", "wangfang@qq.com"));
        Contact created = module.as(module.rep, () -> module.contacts.create(new NewContact(company.id(), "王芳", "采购总监",
                BuyingRole.DECISION_MAKER, "", "139 1234 5678", "wf@hx.cn", points, Channel.WECHAT, "")));
        assertEquals(points, created.contactPoints());
        Contact changed = module.as(module.rep, () -> module.contacts.update(created.id(),
                new NewContact(company.id(), "王芳", "采购总监", BuyingRole.DECISION_MAKER, "", "139 1234 5678", "wf@hx.cn",
                        List.of(points.get(1)), Channel.WECHAT, ""), created.version()));
        assertEquals(List.of(points.get(1)), module.as(module.rep, () -> module.contacts.ofCustomer(company.id(), 0, 10))
                .get(0).contactPoints());
        assertEquals(changed.version(), module.as(module.rep, () -> module.contacts.ofCustomer(company.id(), 0, 10))
                .get(0).version());
        InputRefusedException refused = assertThrows(InputRefusedException.class, () -> module.as(module.rep,
                () -> module.contacts.create(new NewContact(company.id(), "李雷", "", null, "", "", "",
                        List.of(ContactPoint.email("", "nope")), null, ""))));
        assertEquals("contactPoints", refused.field());
    }

    @Test
    void storedTextKeepsTabsLineBreaksAndBackslashes() {
        List<ContactPoint> points = List.of(ContactPoint.address("a\\b", "line 1\nline 2\r\n\\n not a break"),
                ContactPoint.phone("", "123"));
        assertEquals(points, ContactPoints.fromText(ContactPoints.toText(points)));
        assertEquals(List.of(), ContactPoints.fromText(ContactPoints.toText(List.of())));
    }
}
