package org.mosaiccrm.assembly.shared.sales;

import org.mosaiccrm.assembly.shared.ModulePart;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mosaiccrm.assembly.shared.LeadsIT.People;
import org.mosaiccrm.customer.ContactService;
import org.mosaiccrm.customer.Customer;
import org.mosaiccrm.customer.CustomerService;
import org.mosaiccrm.customer.CustomerType;
import org.mosaiccrm.customer.NewCustomer;
import org.mosaiccrm.platform.csv.CsvImportStatus;
import org.mosaiccrm.platform.csv.CsvSample;
import org.mosaiccrm.platform.csv.ImportSettings;
import org.mosaiccrm.platform.csv.Imports;
import org.mosaiccrm.platform.csv.Rejection;
import org.mosaiccrm.platform.security.AccessDeniedException;
import org.mosaiccrm.platform.security.Subject;
import org.mosaiccrm.sales.Lead;
import org.mosaiccrm.sales.LeadConversion;
import org.mosaiccrm.sales.LeadGrade;
import org.mosaiccrm.sales.LeadService;
import org.mosaiccrm.sales.LeadStatus;
import org.mosaiccrm.sales.LeadTask;
import org.mosaiccrm.sales.NewLead;
import org.mosaiccrm.sales.Opportunity;
import org.mosaiccrm.sales.OpportunityService;

/**
 * Round robin, record scope, refused input, a follow-up task and its reminder (the notices arrive in
 * the scenario's listener, {@link People#notified}), the duplicate check, conversion into customer,
 * contact and opportunity, disqualification, and a Chinese CSV import.
 */
public final class LeadsToCustomers extends ModulePart<People, Void> {

    @Override
    protected Void run(People people) throws Exception {
        LeadService leads = service(LeadService.class);
        OpportunityService opportunities = service(OpportunityService.class);
        CustomerService customers = service(CustomerService.class);
        ContactService contacts = service(ContactService.class);
        Subject rep = people.rep();
        Subject otherRep = people.otherRep();

        // round robin: only a manager sets it; new leads without an owner take turns
        assertThrows(AccessDeniedException.class, () -> as(rep, () -> roundRobin(leads, List.of(rep.userId()))));
        as(people.manager(), () -> roundRobin(leads, List.of(rep.userId(), otherRep.userId())));
        Lead first = create(leads, rep, "王芳", "宁波海纳精工有限公司", "wang.fang@haina.example", "0574 8888 1234");
        Lead second = create(leads, rep, "李雷", "杭州云帆科技", "li.lei@yunfan.example", "");
        assertEquals(rep.userId(), first.ownerId());
        assertEquals("the next lead goes to the next member", otherRep.userId(), second.ownerId());

        // bad input is refused and nothing is written
        int before = open(leads, people.manager()).size();
        RuntimeException unreachable = assertThrows(RuntimeException.class, () -> create(leads, rep, "赵六", "无联系方式公司", "", ""));
        assertEquals("sales.error.lead.reachable", unreachable.getMessage());
        assertEquals(before, open(leads, people.manager()).size());

        // record scope: a rep sees their own leads only, a manager all of the team's;
        // out of scope reads exactly as a number nobody has
        assertEquals(Optional.empty(), as(otherRep, () -> leads.find(first.id())));
        assertEquals(Optional.empty(), as(otherRep, () -> leads.find(Long.MAX_VALUE)));
        assertEquals(1, open(leads, rep).size());

        // a follow-up task whose reminder time has come reaches the owner as a notice
        LeadTask task = as(rep, () -> leads.addTask(first.id(), "回电确认需求", Instant.now().plusSeconds(60), Duration.ofMinutes(5)));
        assertNotNull(task.remindAt());
        await("reminder sent", () -> people.notified().contains(rep.userId()));
        assertTrue(people.noticeArgs().contains("回电确认需求"));
        assertEquals(1, as(rep, () -> leads.myTasksDue(Instant.now().plus(Duration.ofDays(1)), 10)).size());

        // the duplicate check finds the customer the lead already is
        Customer existing = as(rep, () -> customers.create(new NewCustomer("海纳精工（旧档案）", CustomerType.COMPANY,
                "", "0574 8888 1234", "宁波")));
        assertTrue(as(rep, () -> leads.duplicates(first.id())).stream().anyMatch(d -> d.customerId() == existing.id()));

        // one-step conversion: a new customer, the person as its contact, an opportunity
        RuntimeException refused = assertThrows(RuntimeException.class, () -> as(rep, () -> leads.convert(first.id(),
                new LeadConversion(null, "二期扩产设备", new BigDecimal("800000"), "人民币", null), first.version())));
        assertEquals("sales.error.currency", refused.getMessage());
        assertEquals("a refused conversion makes no customer", 0, as(rep, () -> customers.search("宁波海纳精工有限", 5)).size());
        LeadConversion conversion = new LeadConversion(null, "二期扩产设备", new BigDecimal("800000"), "CNY",
                LocalDate.now().plusMonths(3));
        Lead converted = as(rep, () -> leads.convert(first.id(), conversion, first.version()));
        assertEquals(LeadStatus.CONVERTED, converted.status());
        long customerId = converted.customerId();
        assertEquals("宁波海纳精工有限公司", as(rep, () -> customers.find(customerId)).orElseThrow().name());
        assertEquals("王芳", as(rep, () -> contacts.ofCustomer(customerId, 0, 10)).get(0).name());
        List<Opportunity> ofCustomer = as(rep, () -> opportunities.forCustomer(customerId));
        assertEquals("二期扩产设备", ofCustomer.get(0).name());
        assertEquals(converted.opportunityId(), Long.valueOf(ofCustomer.get(0).id()));
        RuntimeException twice = assertThrows(RuntimeException.class,
                () -> as(rep, () -> leads.convert(first.id(), conversion, converted.version())));
        assertEquals("sales.error.lead.closed", twice.getMessage());
        assertEquals(1, as(rep, () -> leads.forCustomer(customerId)).size());

        // disqualification needs a reason
        RuntimeException noReason = assertThrows(RuntimeException.class,
                () -> as(otherRep, () -> leads.disqualify(second.id(), " ", second.version())));
        assertEquals("sales.error.lead.reason", noReason.getMessage());
        assertEquals(LeadStatus.DISQUALIFIED, as(otherRep, () -> leads.disqualify(second.id(), "没有预算", second.version())).status());

        importLeads(leads, people);
        return null;
    }

    /** A Chinese file: one good row, one duplicate of an open lead (skipped), one unreachable (rejected), a bad grade. */
    private void importLeads(LeadService leads, People people) throws Exception {
        Imports imports = service(Imports.class);
        String id = LeadService.IMPORT_ID;
        await("the lead import offered", () -> as(people.rep(), () -> imports.definition(id)).isPresent());
        Subject rep = people.rep();
        create(leads, people.manager(), "陈静", "苏州启明", "chen.jing@qiming.example", "");
        String file = "姓名,公司,邮箱,手机,等级\n"
                + "周杰,深圳华拓电子,zhou.jie@huatuo.example,13800000001,热\n"
                + "陈静,苏州启明,CHEN.JING@qiming.example,,温\n"
                + "孙七,无联系方式,,,冷\n"
                + "吴八,广州远景,wu.ba@yuanjing.example,,滚烫\n";
        CsvSample sample = as(rep, () -> {
            try {
                return imports.receive(id, "展会线索.csv", new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Map<String, Integer> mapping = as(rep, () -> imports.suggestedMapping(id, sample));
        assertEquals("every column recognised from its Chinese header", 5, mapping.size());
        CsvImportStatus started = as(rep, () -> imports.start(id, sample.fileId(),
                new ImportSettings(sample.encoding(), sample.delimiter(), mapping, null)));
        await("import done", () -> as(rep, () -> imports.status(id, started.jobId())).map(s -> s.state().finished()).orElse(false));
        CsvImportStatus done = as(rep, () -> imports.status(id, started.jobId())).orElseThrow();
        assertEquals(CsvImportStatus.State.DONE, done.state());
        assertEquals(1, done.created());
        assertEquals("the open lead with the same email is not imported twice", 1, done.skipped());
        assertEquals(2, done.rejected());
        assertEquals(List.of("sales.error.lead.reachable", "sales.error.lead.grade"),
                done.firstRejected().stream().map(Rejection::reasonKey).toList());
        assertEquals(List.of(4L, 5L), done.firstRejected().stream().map(Rejection::line).toList());
        assertEquals(LeadGrade.HOT, as(people.manager(), () -> leads.search("周杰", 5)).get(0).grade());
        Map<String, Integer> noName = Map.of("EMAIL", 2);
        RuntimeException unmapped = assertThrows(RuntimeException.class,
                () -> as(rep, () -> imports.start(id, sample.fileId(),
                        new ImportSettings(sample.encoding(), sample.delimiter(), noName, null))));
        assertEquals("sales.error.import.nameNotMapped", unmapped.getMessage());
    }

    private static Void roundRobin(LeadService leads, List<Long> userIds) {
        leads.setRoundRobin(userIds);
        return null;
    }

    private static List<Lead> open(LeadService leads, Subject who) {
        return as(who, () -> leads.list(LeadStatus.OPEN, 0, 100));
    }

    private static Lead create(LeadService leads, Subject who, String name, String company, String email, String phone) {
        return as(who, () -> leads.create(new NewLead(name, company, "", email, phone, "展会", null, 50, "", null)));
    }
}
