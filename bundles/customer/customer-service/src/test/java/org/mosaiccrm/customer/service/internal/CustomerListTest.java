package org.mosaiccrm.customer.service.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.mosaiccrm.customer.Category;
import org.mosaiccrm.customer.CompanySize;
import org.mosaiccrm.customer.Customer;
import org.mosaiccrm.customer.CustomerQuery;
import org.mosaiccrm.customer.CustomerType;
import org.mosaiccrm.customer.Grade;
import org.mosaiccrm.customer.LifecycleStage;
import org.mosaiccrm.customer.NewCustomer;
import org.mosaiccrm.customer.Page;
import org.mosaiccrm.customer.PageCursor;
import org.mosaiccrm.customer.SavedFilter;
import org.mosaiccrm.platform.InputRefusedException;
import org.mosaiccrm.platform.security.AccessDeniedException;
import org.mosaiccrm.platform.security.CurrentSubject;

/** The full customer profile, filters, keyset paging, suggestions and saved filters on real Derby. */
class CustomerListTest {

    private CustomerModule module;

    @BeforeEach
    void open(TestInfo test) {
        module = new CustomerModule("list-" + test.getTestMethod().orElseThrow().getName());
    }

    @AfterEach
    void close() {
        module.close();
    }

    private Customer create(NewCustomer customer) {
        return module.as(module.rep, () -> module.customers.create(customer));
    }

    @Test
    void theWholeProfileIsStoredAndReadBack() {
        Customer parent = create(NewCustomer.builder("华东控股集团", CustomerType.COMPANY).build());
        Customer created = create(NewCustomer.builder("杭州云帆网络科技有限公司", CustomerType.COMPANY)
                .industry("软件").size(CompanySize.MEDIUM).source("展会").stage(LifecycleStage.PROSPECT).grade(Grade.A)
                .region("华东").city("杭州").address("西湖区文三路 90 号\n3 楼").email("sales@yunfan.cn")
                .phone("0571-8888 1234").website("www.yunfan.cn").parentId(parent.id()).notes("年底前预算确定")
                .tags(Set.of("VIP", "云服务")).build());
        Customer read = module.as(module.rep, () -> module.customers.find(created.id()).orElseThrow());
        assertEquals(created, read);
        assertEquals("软件", read.industry());
        assertEquals(CompanySize.MEDIUM, read.size());
        assertEquals(LifecycleStage.PROSPECT, read.stage());
        assertEquals(Grade.A, read.grade());
        assertEquals("西湖区文三路 90 号\n3 楼", read.address(), "addresses keep their line breaks");
        assertEquals(parent.id(), read.parentId());
        assertEquals(Set.of("vip", "云服务"), read.tags(), "tags are folded to lower case");
        assertEquals(LifecycleStage.LEAD, parent.stage(), "a new customer without a stage is a lead");
    }

    @Test
    void badProfileInputIsRefusedAndWritesNothing() {
        Customer person = create(new NewCustomer("李娜", CustomerType.PERSON, "", "", ""));
        assertRefused(NewCustomer.builder("A", CustomerType.COMPANY).website("not a site").build(), "website");
        assertRefused(NewCustomer.builder("A", CustomerType.COMPANY).tags(Set.of("a,b")).build(), "tags");
        assertRefused(NewCustomer.builder("A", CustomerType.COMPANY).parentId(person.id()).build(), "parentId");
        assertRefused(NewCustomer.builder("A", CustomerType.COMPANY).parentId(999_999L).build(), "parentId");
        assertRefused(NewCustomer.builder("A", CustomerType.COMPANY).notes("x".repeat(4001)).build(), "notes");
        assertRefused(NewCustomer.builder("A", CustomerType.COMPANY).industry("a\u0007b").build(), "industry");
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            many.add("t" + i);
        }
        assertRefused(NewCustomer.builder("A", CustomerType.COMPANY).tags(Set.copyOf(many)).build(), "tags");
        assertEquals(1, module.as(module.rep, () -> module.customers.count(CustomerQuery.ALL, 100)), "only 李娜");
    }

    @Test
    void filtersCombineAndEachPageContinuesWhereTheLastEnded() {
        for (int i = 0; i < 30; i++) {
            create(NewCustomer.builder(String.format("客户%02d", i), CustomerType.COMPANY)
                    .stage(i % 2 == 0 ? LifecycleStage.ACTIVE : LifecycleStage.LEAD).grade(i % 3 == 0 ? Grade.A : Grade.C)
                    .region(i < 10 ? "华北" : "华南").tags(i % 5 == 0 ? Set.of("重点") : Set.of())
                    .email("c" + i + "@example.cn").phone("138 0000 00" + String.format("%02d", i)).build());
        }
        List<String> walked = new ArrayList<>();
        PageCursor cursor = null;
        do {
            PageCursor after = cursor;
            Page<Customer> page = module.as(module.rep, () -> module.customers.list(CustomerQuery.ALL, after, 7));
            page.items().forEach(c -> walked.add(c.name()));
            cursor = page.next();
        } while (cursor != null);
        assertEquals(30, walked.size());
        assertEquals(walked.stream().sorted().toList(), walked, "in name order, no row twice, none left out");

        CustomerQuery activeA = CustomerQuery.ALL.withStage(LifecycleStage.ACTIVE).withGrade(Grade.A);
        assertEquals(List.of("客户00", "客户06", "客户12", "客户18", "客户24"), names(activeA));
        assertEquals(List.of("客户00", "客户06"), names(activeA.withRegion("华北")));
        assertEquals(List.of("客户00", "客户05", "客户10", "客户15", "客户20", "客户25"), names(CustomerQuery.ALL.withTag("重点")));
        assertEquals(List.of("客户12"), names(CustomerQuery.ALL.withText("c12@")), "email prefix");
        assertEquals(List.of("客户17"), names(CustomerQuery.ALL.withText("138 0000 0017")), "phone digits");
        assertEquals(10, names(CustomerQuery.ALL.withText("客户1")).size(), "name prefix: 客户10 to 客户19");
        assertEquals(30, module.as(module.rep, () -> module.customers.count(CustomerQuery.ALL, 1_000)));
        assertEquals(10, module.as(module.rep, () -> module.customers.count(CustomerQuery.ALL, 10)), "bounded");
        assertEquals(30, module.as(module.rep, () -> module.customers.count(CustomerQuery.ALL, Long.MAX_VALUE)));
        assertTrue(names(CustomerQuery.ALL.withOwner(module.otherRep.userId())).isEmpty());
    }

    @Test
    void suggestionsListValuesInUseMostUsedFirst() {
        create(NewCustomer.builder("甲", CustomerType.COMPANY).industry("制造").tags(Set.of("a")).build());
        create(NewCustomer.builder("乙", CustomerType.COMPANY).industry("软件").tags(Set.of("a", "b")).build());
        create(NewCustomer.builder("丙", CustomerType.COMPANY).industry("软件").build());
        assertEquals(List.of("软件", "制造"), module.as(module.rep, () -> module.customers.suggestions(Category.INDUSTRY, 10)));
        assertEquals(List.of("a", "b"), module.as(module.rep, () -> module.customers.suggestions(Category.TAG, 10)));
    }

    @Test
    void savedFiltersBelongToTheirUser() {
        CustomerQuery query = CustomerQuery.ALL.withStage(LifecycleStage.ACTIVE).withRegion("华东");
        SavedFilter saved = module.as(module.rep, () -> module.customers.saveFilter("华东在合作", query));
        assertEquals(query, saved.query());
        module.as(module.rep, () -> module.customers.saveFilter("华东在合作", query.withGrade(Grade.A)));
        List<SavedFilter> mine = module.as(module.rep, module.customers::savedFilters);
        assertEquals(1, mine.size(), "the same name replaces");
        assertEquals(Grade.A, mine.get(0).query().grade());
        assertTrue(module.as(module.otherRep, module.customers::savedFilters).isEmpty(), "not shared");
        CurrentSubject.runAs(module.otherRep, () -> module.customers.deleteFilter(saved.id()));
        assertEquals(1, module.as(module.rep, module.customers::savedFilters).size(), "others cannot delete it");
    }

    @Test
    void ownersCanBeChangedOnlyWithinTheCallersScope() {
        Customer mine = create(new NewCustomer("转交测试", CustomerType.COMPANY, "", "", ""));
        CurrentSubject.runAs(module.rep, () -> assertThrows(AccessDeniedException.class, () -> module.customers.update(
                mine.id(), NewCustomer.of(mine).toBuilder().ownerId(module.otherRep.userId()).build(), mine.version())));
        Customer moved = module.as(module.manager, () -> module.customers.update(mine.id(),
                NewCustomer.of(mine).toBuilder().ownerId(module.otherRep.userId()).build(), mine.version()));
        assertEquals(module.otherRep.userId(), moved.ownerId(), "the team's manager hands it over");
        assertEquals(Optional.empty(), module.as(module.rep, () -> module.customers.find(mine.id())),
                "handed over: out of the rep's scope, it reads as absent");
    }

    @Test
    void chineseNamesAreListedInPinyinOrderAlsoForRowsFromBeforeTheSortKey() {
        for (String name : List.of("张三贸易", "无锡宏达电子", "Acme Trading", "苏州恒通机械", "阿明科技", "北京星云", "长沙湘江")) {
            create(new NewCustomer(name, CustomerType.COMPANY, "", "", ""));
        }
        List<String> pinyin = List.of("Acme Trading", "阿明科技", "北京星云", "长沙湘江", "苏州恒通机械", "无锡宏达电子", "张三贸易");
        assertEquals(pinyin, names(CustomerQuery.ALL));
        List<String> paged = new ArrayList<>();
        PageCursor cursor = null;
        do { // two at a time: the keyset follows the same order
            PageCursor after = cursor;
            Page<Customer> page = module.as(module.rep, () -> module.customers.list(CustomerQuery.ALL, after, 2));
            page.items().forEach(c -> paged.add(c.name()));
            cursor = page.next();
        } while (cursor != null);
        assertEquals(pinyin, paged);

        // a database migrated from before: rows marked by changeset 6 until the backfill computes them
        module.database.runInTransaction(em -> em.createNativeQuery(
                "UPDATE CUS_CUSTOMER SET SORT_KEY = SUBSTR('!' || NAME_KEY, 1, 160)").executeUpdate());
        assertEquals(List.of("acme trading"), names(CustomerQuery.ALL).subList(0, 1).stream().map(String::toLowerCase)
                .toList(), "meanwhile complete, in code-point order");
        assertEquals(7, names(CustomerQuery.ALL).size());
        new SortKeyBackfill(module.database).run();
        assertEquals(pinyin, names(CustomerQuery.ALL));
    }

    private List<String> names(CustomerQuery query) {
        return module.as(module.rep, () -> module.customers.list(query, null, 100)).items().stream().map(Customer::name).toList();
    }

    private void assertRefused(NewCustomer input, String field) {
        InputRefusedException refused = assertThrows(InputRefusedException.class, () -> create(input));
        assertEquals(field, refused.field());
    }
}
