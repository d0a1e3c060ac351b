package org.mosaiccrm.assembly.shared;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Dictionary;
import java.util.EnumMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.Before;
import org.junit.Test;
import org.mosaiccrm.assembly.TestUsers;
import org.mosaiccrm.assembly.ServiceByName;
import org.mosaiccrm.customer.ContactService;
import org.mosaiccrm.customer.Customer;
import org.mosaiccrm.customer.CustomerService;
import org.mosaiccrm.customer.CustomerType;
import org.mosaiccrm.customer.NewCustomer;
import org.mosaiccrm.platform.csv.CsvImportStatus;
import org.mosaiccrm.platform.csv.CsvSample;
import org.mosaiccrm.platform.event.UserNotices;
import org.mosaiccrm.platform.module.ModuleChange;
import org.mosaiccrm.platform.module.ModuleManager;
import org.mosaiccrm.platform.security.AccessDeniedException;
import org.mosaiccrm.platform.security.Subject;
import org.mosaiccrm.platform.security.Team;
import org.ops4j.pax.exam.Option;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

/**
 * Leads in the running module: round-robin assignment, record scope, refused input with nothing
 * written, a follow-up task whose reminder reaches its owner, the duplicate check against the
 * customer core, one-step conversion into customer + contact + opportunity, disqualification, and
 * a CSV import that skips duplicates and rejects bad rows with reasons.
 */
public class LeadsIT extends SharedKarafTestSupport {

    private static final String LEADS = "org.mosaiccrm.sales.LeadService";
    private static final String IMPORT = "org.mosaiccrm.sales.LeadImport";
    private static final String OPPORTUNITIES = "org.mosaiccrm.sales.OpportunityService";


    private Subject admin;
    private Subject manager;
    private Subject rep;
    private Subject otherRep;

    @Before
    public void users() throws Exception {
        TestUsers users = new TestUsers(bundleContext);
        admin = users.user("leadadmin", null, "user-admin");
        Team team = users.team("Leads East");
        manager = users.user("leadmanager", team.id(), "sales-manager");
        rep = users.user("leadrep", team.id(), "sales-rep");
        otherRep = users.user("leadrep2", team.id(), "sales-rep");
    }

    @Test
    public void aLeadIsAssignedWorkedAndConvertedIntoCustomerContactAndOpportunity() throws Exception {
        ModuleManager modules = service(ModuleManager.class, 60);
        CustomerService customers = service(CustomerService.class, 60);
        ContactService contacts = service(ContactService.class, 60);
        as(admin, () -> modules.apply("sales", ModuleChange.INSTALL));
        ServiceByName leads = new ServiceByName(bundleContext, LEADS);
        ServiceByName opportunities = new ServiceByName(bundleContext, OPPORTUNITIES);
        await("leads up", 30, leads::isUp);
        List<Long> notified = new CopyOnWriteArrayList<>();
        List<String> noticeArgs = new CopyOnWriteArrayList<>();
        Dictionary<String, Object> topic = new Hashtable<>(Map.of(EventConstants.EVENT_TOPIC, UserNotices.TOPIC));
        ServiceRegistration<EventHandler> listener = bundleContext.registerService(EventHandler.class, (Event event) -> {
            notified.add((Long) event.getProperty(UserNotices.PROPERTY_USER_ID));
            noticeArgs.addAll(List.of((String[]) event.getProperty(UserNotices.PROPERTY_ARGS)));
        }, topic);
        try {
            // round robin: only a manager sets it; new leads without an owner take turns
            Class<?>[] listOfLong = { List.class };
            assertThrows(AccessDeniedException.class, () -> leads.call(rep, "setRoundRobin", listOfLong, List.of(rep.userId())));
            leads.call(manager, "setRoundRobin", listOfLong, List.of(rep.userId(), otherRep.userId()));
            Object first = createLead(leads, rep, "王芳", "宁波海纳精工有限公司", "wang.fang@haina.example", "0574 8888 1234");
            Object second = createLead(leads, rep, "李雷", "杭州云帆科技", "li.lei@yunfan.example", "");
            assertEquals(rep.userId(), ServiceByName.read(first, "ownerId"));
            assertEquals("the next lead goes to the next member", otherRep.userId(), ServiceByName.read(second, "ownerId"));
            long firstId = (Long) ServiceByName.read(first, "id");

            // bad input is refused and nothing is written
            int before = openLeads(leads, manager).size();
            RuntimeException unreachable = assertThrows(RuntimeException.class,
                    () -> createLead(leads, rep, "赵六", "无联系方式公司", "", ""));
            assertEquals("sales.error.lead.reachable", unreachable.getMessage());
            assertEquals(before, openLeads(leads, manager).size());

            // record scope: a rep sees their own leads only, a manager all of the team's
            // out of scope reads exactly as a number nobody has
            assertEquals(java.util.Optional.empty(), leads.call(otherRep, "find", new Class<?>[] { long.class }, firstId));
            assertEquals(java.util.Optional.empty(), leads.call(otherRep, "find", new Class<?>[] { long.class }, Long.MAX_VALUE));
            assertEquals(1, openLeads(leads, rep).size());

            // a follow-up task whose reminder time has come reaches the owner as a notice
            Object task = leads.call(rep, "addTask", new Class<?>[] { long.class, String.class, Instant.class, Duration.class },
                    firstId, "回电确认需求", Instant.now().plusSeconds(60), Duration.ofMinutes(5));
            assertNotNull(ServiceByName.read(task, "remindAt"));
            await("reminder sent", 30, () -> notified.contains(rep.userId()));
            assertTrue(noticeArgs.contains("回电确认需求"));
            // sent by the sales module's scheduled job, on the platform's job service
            org.mosaiccrm.platform.job.JobStatus reminders = service(org.mosaiccrm.platform.job.Jobs.class, 10).statuses().stream()
                    .filter(j -> j.id().equals("sales.lead-reminders")).findFirst().orElseThrow();
            assertEquals("0/15 * * * * ?", reminders.schedule());
            assertTrue(reminders.toString(), reminders.runs() >= 1 && reminders.nextRun() != null);
            List<?> due = (List<?>) leads.call(rep, "myTasksDue", new Class<?>[] { Instant.class, int.class },
                    Instant.now().plus(Duration.ofDays(1)), 10);
            assertEquals(1, due.size());

            // the duplicate check finds the customer the lead already is
            Customer existing = as(rep, () -> customers.create(new NewCustomer("海纳精工（旧档案）", CustomerType.COMPANY,
                    "", "0574 8888 1234", "宁波")));
            List<?> duplicates = (List<?>) leads.call(rep, "duplicates", new Class<?>[] { long.class }, firstId);
            assertTrue(duplicates.stream().anyMatch(d -> ServiceByName.read(d, "customerId").equals(existing.id())));

            // one-step conversion: a new customer, the person as its contact, an opportunity
            Class<?> conversionClass = bundle("org.mosaiccrm.sales").loadClass("org.mosaiccrm.sales.LeadConversion");
            Object badCurrency = conversionClass.getConstructors()[0].newInstance(null, "二期扩产设备", new BigDecimal("800000"),
                    "人民币", null);
            RuntimeException refused = assertThrows(RuntimeException.class, () -> leads.call(rep, "convert",
                    new Class<?>[] { long.class, conversionClass, long.class }, firstId, badCurrency,
                    ServiceByName.read(first, "version")));
            assertEquals("sales.error.currency", refused.getMessage());
            assertEquals("a refused conversion makes no customer", 0,
                    as(rep, () -> customers.search("宁波海纳精工有限", 5)).size());
            Object conversion = conversionClass.getConstructors()[0].newInstance(null, "二期扩产设备", new BigDecimal("800000"),
                    "CNY", LocalDate.now().plusMonths(3));
            Object converted = leads.call(rep, "convert", new Class<?>[] { long.class, conversionClass, long.class }, firstId,
                    conversion, ServiceByName.read(first, "version"));
            assertEquals("CONVERTED", ServiceByName.read(converted, "status").toString());
            long customerId = (Long) ServiceByName.read(converted, "customerId");
            Customer customer = as(rep, () -> customers.find(customerId)).orElseThrow();
            assertEquals("宁波海纳精工有限公司", customer.name());
            assertEquals("王芳", as(rep, () -> contacts.ofCustomer(customerId, 0, 10)).get(0).name());
            List<?> opportunitiesOfCustomer = (List<?>) opportunities.call(rep, "forCustomer", new Class<?>[] { long.class },
                    customerId);
            assertEquals("二期扩产设备", ServiceByName.read(opportunitiesOfCustomer.get(0), "name"));
            assertEquals(ServiceByName.read(converted, "opportunityId"), ServiceByName.read(opportunitiesOfCustomer.get(0), "id"));
            RuntimeException twice = assertThrows(RuntimeException.class, () -> leads.call(rep, "convert",
                    new Class<?>[] { long.class, conversionClass, long.class }, firstId, conversion,
                    ServiceByName.read(converted, "version")));
            assertEquals("sales.error.lead.closed", twice.getMessage());
            assertEquals(1, ((List<?>) leads.call(rep, "forCustomer", new Class<?>[] { long.class }, customerId)).size());

            // disqualification needs a reason
            long secondId = (Long) ServiceByName.read(second, "id");
            Class<?>[] disqualify = { long.class, String.class, long.class };
            RuntimeException noReason = assertThrows(RuntimeException.class,
                    () -> leads.call(otherRep, "disqualify", disqualify, secondId, " ", ServiceByName.read(second, "version")));
            assertEquals("sales.error.lead.reason", noReason.getMessage());
            Object disqualified = leads.call(otherRep, "disqualify", disqualify, secondId, "没有预算",
                    ServiceByName.read(second, "version"));
            assertEquals("DISQUALIFIED", ServiceByName.read(disqualified, "status").toString());

            importLeads(leads);
        } finally {
            listener.unregister();
            as(admin, () -> modules.apply("sales", ModuleChange.UNINSTALL));
        }
    }

    /** A Chinese file: one good row, one duplicate of an open lead (skipped), one unreachable (rejected), a bad grade. */
    @SuppressWarnings({ "unchecked", "rawtypes" })
    private void importLeads(ServiceByName leads) throws Exception {
        createLead(leads, manager, "陈静", "苏州启明", "chen.jing@qiming.example", "");
        ServiceByName imports = new ServiceByName(bundleContext, IMPORT);
        String file = "姓名,公司,邮箱,手机,等级\n"
                + "周杰,深圳华拓电子,zhou.jie@huatuo.example,13800000001,热\n"
                + "陈静,苏州启明,CHEN.JING@qiming.example,,温\n"
                + "孙七,无联系方式,,,冷\n"
                + "吴八,广州远景,wu.ba@yuanjing.example,,滚烫\n";
        CsvSample sample = (CsvSample) imports.call(rep, "receive", new Class<?>[] { String.class, InputStream.class },
                "展会线索.csv", new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)));
        Map<?, Integer> mapping = (Map<?, Integer>) imports.call(rep, "suggestedMapping", new Class<?>[] { CsvSample.class }, sample);
        assertEquals("every column recognised from its Chinese header", 5, mapping.size());
        CsvImportStatus started = (CsvImportStatus) imports.call(rep, "start",
                new Class<?>[] { String.class, String.class, char.class, Map.class }, sample.fileId(), sample.encoding(),
                sample.delimiter(), mapping);
        await("import done", 30, () -> status(imports, started.jobId()).map(s -> s.state().finished()).orElse(false));
        CsvImportStatus done = status(imports, started.jobId()).orElseThrow();
        assertEquals(CsvImportStatus.State.DONE, done.state());
        assertEquals(1, done.created());
        assertEquals("the open lead with the same email is not imported twice", 1, done.skipped());
        assertEquals(2, done.rejected());
        assertEquals(List.of("sales.error.lead.reachable", "sales.error.lead.grade"),
                done.firstRejected().stream().map(r -> r.reasonKey()).toList());
        assertEquals(List.of(4L, 5L), done.firstRejected().stream().map(r -> r.line()).toList());
        List<?> found = (List<?>) leads.call(manager, "search", new Class<?>[] { String.class, int.class }, "周杰", 5);
        assertEquals("HOT", ServiceByName.read(found.get(0), "grade").toString());
        Class<Enum> field = (Class<Enum>) bundle("org.mosaiccrm.sales").loadClass("org.mosaiccrm.sales.LeadImport$Field");
        Map<Enum, Integer> noName = new EnumMap<>(field);
        noName.put(Enum.valueOf(field, "EMAIL"), 2);
        RuntimeException unmapped = assertThrows(RuntimeException.class, () -> imports.call(rep, "start",
                new Class<?>[] { String.class, String.class, char.class, Map.class }, sample.fileId(), sample.encoding(),
                sample.delimiter(), noName));
        assertEquals("sales.error.import.nameNotMapped", unmapped.getMessage());
    }

    @SuppressWarnings("unchecked")
    private Optional<CsvImportStatus> status(ServiceByName imports, String jobId) {
        return (Optional<CsvImportStatus>) imports.call(rep, "progress", new Class<?>[] { String.class }, jobId);
    }

    private List<?> openLeads(ServiceByName leads, Subject who) throws Exception {
        Class<?> status = bundle("org.mosaiccrm.sales").loadClass("org.mosaiccrm.sales.LeadStatus");
        return (List<?>) leads.call(who, "list", new Class<?>[] { status, int.class, int.class },
                status.getEnumConstants()[0], 0, 100);
    }

    private Object createLead(ServiceByName leads, Subject who, String name, String company, String email, String phone)
            throws Exception {
        Class<?> newLead = bundle("org.mosaiccrm.sales").loadClass("org.mosaiccrm.sales.NewLead");
        Object input = newLead.getConstructors()[0].newInstance(name, company, "", email, phone, "展会", null, 50, "", null);
        return leads.call(who, "create", new Class<?>[] { newLead }, input);
    }
}
