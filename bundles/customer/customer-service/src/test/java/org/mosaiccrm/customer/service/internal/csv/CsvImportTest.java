package org.mosaiccrm.customer.service.internal.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.mosaiccrm.customer.ContactPoint;
import org.mosaiccrm.customer.Customer;
import org.mosaiccrm.customer.CustomerQuery;
import org.mosaiccrm.customer.CustomerType;
import org.mosaiccrm.customer.Grade;
import org.mosaiccrm.customer.LifecycleStage;
import org.mosaiccrm.customer.NewCustomer;
import org.mosaiccrm.customer.csv.CustomerCsv;
import org.mosaiccrm.customer.csv.ImportField;
import org.mosaiccrm.customer.service.internal.CustomerModule;
import org.mosaiccrm.platform.jobs.testing.ExecutorJobs;
import org.mosaiccrm.platform.audit.AuditEntry;
import org.mosaiccrm.platform.audit.AuditEvent;
import org.mosaiccrm.platform.audit.AuditLog;
import org.mosaiccrm.platform.audit.AuditQuery;
import org.mosaiccrm.platform.audit.AuditVerification;
import org.mosaiccrm.platform.csv.CsvFileException;
import org.mosaiccrm.platform.csv.CsvImportStatus;
import org.mosaiccrm.platform.csv.CsvImportStatus.State;
import org.mosaiccrm.platform.csv.CsvSample;
import org.mosaiccrm.platform.csv.DuplicatePolicy;
import org.mosaiccrm.platform.csv.ImportSettings;
import org.mosaiccrm.platform.csv.RejectedRowsText;
import org.mosaiccrm.platform.csv.Rejection;
import org.mosaiccrm.platform.csv.RowProblem;
import org.mosaiccrm.platform.csv.internal.ImportService;
import org.mosaiccrm.platform.security.AccessDeniedException;
import org.mosaiccrm.platform.security.Subject;

/**
 * CSV import and export through the real service path (validation, duplicate check, audit) on
 * real Derby, with the files real users bring: Excel's UTF-8 with BOM, GBK, semicolons, line
 * breaks in quotes, and broken ones.
 */
class CsvImportTest {

    private static final Charset GBK = Charset.forName("GBK");

    @TempDir
    Path work;
    private CustomerModule module;
    private JpaCustomerCsv csv;
    private ImportService imports;
    /** Called after each batch's audit is recorded (to cancel an import mid-way). */
    private final AtomicReference<Runnable> afterBatch = new AtomicReference<>(() -> { });

    @BeforeEach
    void open(TestInfo test) throws IOException {
        module = new CustomerModule("csv-" + test.getTestMethod().orElseThrow().getName());
        // the import runs on the calling thread: start() returns when it is done
        csv = new JpaCustomerCsv(module.customers, module.security.policy);
        imports = importsOn(ExecutorJobs.onCallingThread(), work);
    }

    /** The platform's imports offering the customer import, on the real audit log as {@link #observedAuditLog}. */
    private ImportService importsOn(org.mosaiccrm.platform.job.Jobs jobs, Path workDir) {
        ImportService service = ImportService.in(workDir, module.security.policy, jobs);
        service.addDefinition(CustomerImport.using(module.database, module.security.policy, observedAuditLog()));
        return service;
    }

    /** A received file and the mapping the import suggests for it, as the wizard's mapping step shows them. */
    private record Preview(CsvSample read, Map<String, Integer> names) {

        String fileId() {
            return read.fileId();
        }

        String encoding() {
            return read.encoding();
        }

        char delimiter() {
            return read.delimiter();
        }

        List<String> headers() {
            return read.headers();
        }

        List<List<String>> sample() {
            return read.sample();
        }

        Map<ImportField, Integer> mapping() {
            Map<ImportField, Integer> fields = new java.util.EnumMap<>(ImportField.class);
            names.forEach((name, column) -> fields.put(ImportField.valueOf(name), column));
            return fields;
        }
    }

    /** The real audit log, telling {@link #afterBatch} when a batch has been recorded. */
    private AuditLog observedAuditLog() {
        AuditLog auditLog = module.security.auditLog;
        return new AuditLog() {
            @Override
            public void record(AuditEvent event) {
                auditLog.record(event);
            }

            @Override
            public void recordAll(List<AuditEvent> events) {
                auditLog.recordAll(events);
                afterBatch.get().run();
            }

            @Override
            public List<AuditEntry> find(AuditQuery query) {
                return auditLog.find(query);
            }

            @Override
            public AuditVerification verify() {
                return auditLog.verify();
            }

            @Override
            public String rotateKey() {
                return auditLog.rotateKey();
            }
        };
    }

    @AfterEach
    void close() {
        module.close();
    }

    private Preview receive(Subject who, String name, byte[] content) {
        return module.as(who, () -> receiveWith(imports, name, content));
    }

    private static Preview receiveWith(ImportService service, String name, byte[] content) {
        try {
            CsvSample read = service.receive(CustomerCsv.IMPORT_ID, name, new ByteArrayInputStream(content));
            return new Preview(read, service.suggestedMapping(CustomerCsv.IMPORT_ID, read));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private CsvImportStatus importAll(Subject who, Preview preview, DuplicatePolicy policy) {
        String jobId = module.as(who, () -> imports.start(CustomerCsv.IMPORT_ID, preview.fileId(),
                new ImportSettings(preview.encoding(), preview.delimiter(), preview.names(), policy))).jobId();
        return module.as(who, () -> imports.status(CustomerCsv.IMPORT_ID, jobId)).orElseThrow();
    }

    private static byte[] utf8WithBom(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[body.length + 3];
        all[0] = (byte) 0xEF;
        all[1] = (byte) 0xBB;
        all[2] = (byte) 0xBF;
        System.arraycopy(body, 0, all, 3, body.length);
        return all;
    }

    /** The export of {@code query} as {@code who} sees it, with field names as headers. */
    private ByteArrayOutputStream exported(Subject who, CustomerQuery query) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        module.as(who, () -> {
            try {
                csv.export(query, field -> field.name().toLowerCase(), out);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
        return out;
    }

    private List<Customer> all(Subject who) {
        return module.as(who, () -> module.customers.list(CustomerQuery.ALL, null, 500)).items();
    }

    @Test
    void excelUtf8WithBomQuotedLineBreaksAndChineseHeadersImport() {
        String file = "客户名称,邮箱,电话,城市,客户等级,标签,备注\r\n"
                + "北京星云科技有限公司,info@xingyun.cn,010-6543 2100,北京,A,\"重点,华北\",\"第一行\r\n第二行，含\"\"引号\"\"\"\r\n"
                + "上海明远贸易,,021 5888 0000,上海,b,,\r\n"
                + "\"Acme, Inc.\",sales@acme.com,,Shenzhen,,export,\r\n";
        Preview preview = receive(module.rep, "客户.csv", utf8WithBom(file));
        assertEquals("UTF-8", preview.encoding());
        assertEquals(',', preview.delimiter());
        assertEquals("客户名称", preview.headers().get(0), "the BOM is not part of the first header");
        assertEquals(Map.of(ImportField.NAME, 0, ImportField.EMAIL, 1, ImportField.PHONE, 2, ImportField.CITY, 3,
                ImportField.GRADE, 4, ImportField.TAGS, 5, ImportField.NOTES, 6), preview.mapping());
        assertEquals(3, preview.sample().size());

        CsvImportStatus done = importAll(module.rep, preview, DuplicatePolicy.SKIP);
        assertEquals(State.DONE, done.state());
        assertEquals(3, done.created());
        assertEquals(0, done.rejected());
        Customer xingyun = all(module.rep).stream().filter(c -> c.name().startsWith("北京")).findFirst().orElseThrow();
        assertEquals("第一行\n第二行，含\"引号\"", xingyun.notes().replace("\r\n", "\n"));
        assertEquals(Set.of("重点", "华北"), xingyun.tags());
        assertEquals(Grade.A, xingyun.grade());
        assertEquals(Grade.B, all(module.rep).stream().filter(c -> c.name().startsWith("上海")).findFirst().orElseThrow().grade());
        assertEquals(module.rep.userId(), xingyun.ownerId(), "imported customers belong to the importer");
    }

    @Test
    void gbkFromChineseExcelWithSemicolonsIsDetected() {
        String file = "名称;类型;阶段;规模;电话\n深圳华信电子;企业;合作中;120;0755-8888 0000\n王小明;个人;线索;;13800138000\n";
        Preview preview = receive(module.rep, "gbk.csv", file.getBytes(GBK));
        assertEquals("GB18030", preview.encoding());
        assertEquals(';', preview.delimiter());
        assertEquals("深圳华信电子", preview.sample().get(0).get(0));
        CsvImportStatus done = importAll(module.rep, preview, DuplicatePolicy.SKIP);
        assertEquals(2, done.created());
        Customer person = all(module.rep).stream().filter(c -> c.name().equals("王小明")).findFirst().orElseThrow();
        assertEquals(CustomerType.PERSON, person.type());
        assertEquals(LifecycleStage.LEAD, person.stage());
        Customer company = all(module.rep).stream().filter(c -> c.name().equals("深圳华信电子")).findFirst().orElseThrow();
        assertEquals(LifecycleStage.ACTIVE, company.stage());
        assertEquals(org.mosaiccrm.customer.CompanySize.MEDIUM, company.size(), "a head count picks the band");
    }

    @Test
    void aFileReadWithTheWrongEncodingIsRefusedInWords() {
        Preview preview = receive(module.rep, "gbk.csv", "名称,城市\n华信,深圳\n".getBytes(GBK));
        CsvFileException wrong = assertThrows(CsvFileException.class,
                () -> module.as(module.rep, () -> imports.reread(CustomerCsv.IMPORT_ID, preview.fileId(), "UTF-8", ',')));
        assertEquals("import.error.encoding", wrong.getMessage());
        String jobId = module.as(module.rep, () -> imports.start(CustomerCsv.IMPORT_ID, preview.fileId(),
                new ImportSettings("UTF-8", ',', Map.of("NAME", 0), DuplicatePolicy.SKIP)).jobId());
        CsvImportStatus run = module.as(module.rep, () -> imports.status(CustomerCsv.IMPORT_ID, jobId)).orElseThrow();
        assertEquals(State.FAILED, run.state());
        assertEquals("import.error.encoding", run.failureKey());
        assertTrue(all(module.rep).isEmpty(), "nothing half-read was written");
        assertEquals("import.error.encoding.unknown", assertThrows(CsvFileException.class, () -> module.as(module.rep,
                () -> imports.reread(CustomerCsv.IMPORT_ID, preview.fileId(), "no-such-charset", ','))).getMessage());
    }

    @Test
    void missingColumnsAndAMissingNameColumnAreReported() {
        String file = "Name,Email,City\nGood One,good@one.com,Beijing\nShort Row,short@row.com\nGood Two,,Xi'an\n";
        Preview preview = receive(module.rep, "short.csv", file.getBytes(StandardCharsets.UTF_8));
        CsvImportStatus done = importAll(module.rep, preview, DuplicatePolicy.SKIP);
        assertEquals(2, done.created());
        assertEquals(List.of(new Rejection(3, null, "import.error.columns", List.of("Short Row", "short@row.com"))),
                done.firstRejected());

        Preview noName = receive(module.rep, "noname.csv", "Email,City\na@b.cn,Beijing\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("import.error.nameNotMapped", assertThrows(CsvFileException.class, () -> module.as(module.rep,
                () -> imports.start(CustomerCsv.IMPORT_ID, noName.fileId(),
                        new ImportSettings("UTF-8", ',', noName.names(), DuplicatePolicy.SKIP))))
                .getMessage());
        assertEquals("import.error.empty", assertThrows(CsvFileException.class,
                () -> receive(module.rep, "empty.csv", new byte[0])).getMessage());
    }

    @Test
    void brokenQuotingKeepsTheRowsBeforeAndSaysWhere() {
        String file = "Name,City\nFirst Ltd,Beijing\n\"Second Ltd,Shanghai\nThird Ltd,Shenzhen\nFourth Ltd,Hangzhou\n";
        Preview preview = receive(module.rep, "broken.csv", file.getBytes(StandardCharsets.UTF_8));
        CsvImportStatus done = importAll(module.rep, preview, DuplicatePolicy.SKIP);
        assertEquals(1, done.created(), "the row before the open quote");
        assertEquals(3, done.firstRejected().get(0).line(), "where the quote opens");
        assertTrue(done.firstRejected().get(0).reasonKey().startsWith("import.error."));
        assertEquals(List.of("First Ltd"), all(module.rep).stream().map(Customer::name).toList());
    }

    @Test
    void tenThousandBadRowsNeverStopTheGoodOnesAndAreAllDownloadable() throws IOException {
        StringBuilder file = new StringBuilder("Name,Email,Grade\n");
        for (int i = 0; i < 11_000; i++) {
            if (i % 11 == 0) {
                file.append("Good Company ").append(i).append(",good").append(i).append("@example.com,A\n");
            } else {
                file.append("Bad Company ").append(i).append(",not-an-email-").append(i).append(",A\n");
            }
        }
        Preview preview = receive(module.rep, "mixed.csv", file.toString().getBytes(StandardCharsets.UTF_8));
        CsvImportStatus done = importAll(module.rep, preview, DuplicatePolicy.SKIP);
        assertEquals(State.DONE, done.state());
        assertEquals(11_000, done.rowsRead());
        assertEquals(1_000, done.created());
        assertEquals(10_000, done.rejected());
        assertEquals(100, done.firstRejected().size(), "the screen shows the first hundred");
        assertEquals(new Rejection(3, "EMAIL", "customer.error.email.invalid",
                List.of("Bad Company 1", "not-an-email-1", "A")), done.firstRejected().get(0));
        assertEquals(1_000, module.as(module.rep, () -> module.customers.count(CustomerQuery.ALL, 100_000)));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        module.as(module.rep, () -> {
            try {
                imports.writeRejected(CustomerCsv.IMPORT_ID, done.jobId(), RejectedRowsText.plain(key -> "bad: " + key), out);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
        String rejected = out.toString(StandardCharsets.UTF_8);
        assertTrue(rejected.startsWith("\uFEFFline,field,reason,Name,Email,Grade"),
                "UTF-8 with BOM for Excel; the file's own headings over its columns");
        List<String> lines = rejected.lines().toList();
        assertEquals(10_001, lines.size());
        assertEquals("3,EMAIL,EMAIL: bad: customer.error.email.invalid,Bad Company 1,not-an-email-1,A", lines.get(1));
        assertEquals("11001,EMAIL,EMAIL: bad: customer.error.email.invalid,Bad Company 10999,not-an-email-10999,A",
                lines.get(10_000));
    }

    @Test
    void reRunningAFileAddsNothingTwiceAndThePoliciesDoWhatTheySay() {
        byte[] file = "Name,Email,City\n华信电子,info@hx.cn,深圳\n明远贸易,,上海\n".getBytes(StandardCharsets.UTF_8);
        assertEquals(2, importAll(module.rep, receive(module.rep, "a.csv", file), DuplicatePolicy.SKIP).created());
        CsvImportStatus again = importAll(module.rep, receive(module.rep, "a.csv", file), DuplicatePolicy.SKIP);
        assertEquals(0, again.created());
        assertEquals(2, again.skipped());

        byte[] moved = "Name,Email,City\n深圳华信电子有限公司,INFO@hx.cn,广州\n".getBytes(StandardCharsets.UTF_8);
        CsvImportStatus updated = importAll(module.rep, receive(module.rep, "b.csv", moved), DuplicatePolicy.UPDATE);
        assertEquals(1, updated.updated());
        Customer hx = all(module.rep).stream().filter(c -> c.email().equals("info@hx.cn") || c.email().equals("INFO@hx.cn"))
                .findFirst().orElseThrow();
        assertEquals("广州", hx.city(), "mapped fields change");
        assertEquals(2, all(module.rep).size());

        byte[] inFile = "Name,Email\n新客户,new@x.cn\n新客户有限公司,\n".getBytes(StandardCharsets.UTF_8);
        CsvImportStatus sameFile = importAll(module.rep, receive(module.rep, "c.csv", inFile), DuplicatePolicy.SKIP);
        assertEquals(1, sameFile.created(), "a duplicate within the file itself");
        assertEquals(1, sameFile.skipped());

        CsvImportStatus created = importAll(module.rep, receive(module.rep, "a.csv", file), DuplicatePolicy.CREATE);
        assertEquals(2, created.created());
        assertEquals(5, all(module.rep).size());
    }

    @Test
    void importNeedsItsPermissionAndUpdatesOnlyWithinTheRecordScope() {
        Subject agent = module.security.user("agent", null, "service-agent");
        assertThrows(AccessDeniedException.class, () -> receive(agent, "x.csv", "Name\nX\n".getBytes(StandardCharsets.UTF_8)));
        module.as(module.otherRep, () -> module.customers.create(new NewCustomer("别家公司", CustomerType.COMPANY,
                "other@x.cn", "", "")));
        CsvImportStatus done = importAll(module.rep, receive(module.rep, "x.csv",
                "Name,Email,City\n别家公司,other@x.cn,北京\n".getBytes(StandardCharsets.UTF_8)), DuplicatePolicy.UPDATE);
        assertEquals(0, done.updated());
        assertEquals("import.error.notYours", done.firstRejected().get(0).reasonKey());
        assertTrue(module.as(module.otherRep, () -> module.customers.list(CustomerQuery.ALL, null, 10)).items().get(0)
                .city().isEmpty(), "the other rep's customer is unchanged");
        assertTrue(module.as(module.otherRep, () -> imports.status(CustomerCsv.IMPORT_ID, done.jobId())).isEmpty(), "imports are private to their user");
    }

    @Test
    void cancellingStopsAfterTheBatchBeingWrittenAndAReRunContinues() throws Exception {
        StringBuilder file = new StringBuilder("Name,Email\n");
        for (int i = 0; i < 2_000; i++) {
            file.append("Company ").append(i).append(",c").append(i).append("@example.com\n");
        }
        byte[] content = file.toString().getBytes(StandardCharsets.UTF_8);
        ExecutorService worker = Executors.newSingleThreadExecutor();
        ImportService background = importsOn(ExecutorJobs.on(worker), work.resolve("background"));
        CompletableFuture<String> jobId = new CompletableFuture<>();
        // the user presses cancel while the first batch is being audited
        afterBatch.set(() -> module.as(module.rep, () -> {
            background.cancel(CustomerCsv.IMPORT_ID, jobId.join());
            return null;
        }));
        Preview preview = module.as(module.rep, () -> receiveWith(background, "big.csv", content));
        jobId.complete(module.as(module.rep, () -> background.start(CustomerCsv.IMPORT_ID, preview.fileId(),
                new ImportSettings(preview.encoding(), preview.delimiter(), preview.names(), DuplicatePolicy.SKIP))).jobId());
        worker.shutdown();
        assertTrue(worker.awaitTermination(60, TimeUnit.SECONDS));
        CsvImportStatus cancelled = module.as(module.rep, () -> background.status(CustomerCsv.IMPORT_ID, jobId.join())).orElseThrow();
        assertEquals(State.CANCELLED, cancelled.state());
        assertEquals(org.mosaiccrm.platform.csv.CsvImports.BATCH, cancelled.created(), "whole batches only");

        afterBatch.set(() -> { });
        CsvImportStatus rest = importAll(module.rep, receive(module.rep, "big.csv", content), DuplicatePolicy.SKIP);
        assertEquals(2_000 - org.mosaiccrm.platform.csv.CsvImports.BATCH, rest.created(), "a re-run continues");
        assertEquals(org.mosaiccrm.platform.csv.CsvImports.BATCH, rest.skipped());
        assertEquals(2_000, module.as(module.rep, () -> module.customers.count(CustomerQuery.ALL, 100_000)));
    }

    @Test
    void exportWritesTheFilteredListThatImportsAgain() throws IOException {
        module.as(module.rep, () -> module.customers.create(NewCustomer.builder("华信电子", CustomerType.COMPANY)
                .grade(Grade.A).region("华南").tags(Set.of("重点")).email("info@hx.cn").build()));
        module.as(module.rep, () -> module.customers.create(NewCustomer.builder("明远贸易", CustomerType.COMPANY)
                .grade(Grade.B).region("华东").build()));
        ByteArrayOutputStream out = exported(module.rep, CustomerQuery.ALL.withGrade(Grade.A));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFname,type,stage,grade"), text);
        assertEquals(2, text.lines().count(), "the header and the one A customer");
        assertTrue(text.contains("华信电子,COMPANY,LEAD,A"), text);

        Preview again = receive(module.manager, "export.csv", out.toByteArray());
        assertEquals(List.of(ImportField.values()).stream().filter(f -> f != ImportField.TAX_ID && !f.ofContact()).toList(),
                again.mapping().keySet().stream().sorted().toList(), "every exported column maps back to its field");
        assertThrows(AccessDeniedException.class, () -> module.as(module.security.user("nobody", null), () -> {
            try {
                csv.export(CustomerQuery.ALL, f -> "", new ByteArrayOutputStream());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return null;
        }));
    }

    @Test
    void furtherAddressesPhonesAndEmailsImportWithLabelsCountForDuplicatesAndRoundTrip() throws IOException {
        String file = "名称,电话,其他电话,其他地址,其他邮箱\n"
                + "北京星云科技,010-6543 2100,\"传真: 010-6543 2101；139 0000 1111\","
                + "\"开票地址：北京市海淀区中关村大街1号\n3层; 收货地址: 北京市朝阳区酒仙桥路10号\",\"a@xingyun.cn, b@xingyun.cn\"\n"
                + "星云北京分部,13900001111,,,\n";
        Preview preview = receive(module.rep, "points.csv", file.getBytes(StandardCharsets.UTF_8));
        assertEquals(Map.of(ImportField.NAME, 0, ImportField.PHONE, 1, ImportField.OTHER_PHONES, 2,
                ImportField.OTHER_ADDRESSES, 3, ImportField.OTHER_EMAILS, 4), preview.mapping());

        CsvImportStatus done = importAll(module.rep, preview, DuplicatePolicy.SKIP);
        assertEquals(1, done.created());
        assertEquals(1, done.skipped(), "the second row's phone is the first one's further phone");
        Customer xingyun = all(module.rep).get(0);
        assertEquals(List.of(ContactPoint.address("开票地址", "北京市海淀区中关村大街1号\n3层"),
                ContactPoint.address("收货地址", "北京市朝阳区酒仙桥路10号"), ContactPoint.phone("传真", "010-6543 2101"),
                ContactPoint.phone("", "139 0000 1111"), ContactPoint.email("", "a@xingyun.cn"),
                ContactPoint.email("", "b@xingyun.cn")), xingyun.contactPoints());

        ByteArrayOutputStream out = exported(module.rep, CustomerQuery.ALL);
        module.as(module.rep, () -> module.customers.update(xingyun.id(),
                NewCustomer.of(xingyun).toBuilder().contactPoints(List.of()).build(), xingyun.version()));
        CsvImportStatus again = importAll(module.rep, receive(module.rep, "export.csv", out.toByteArray()),
                DuplicatePolicy.UPDATE);
        assertEquals(1, again.updated());
        assertEquals(xingyun.contactPoints(), all(module.rep).get(0).contactPoints(), "the export imports back as it was");
    }

    @Test
    void formulaLikeNamesAndPhonesAreExportedAsTextAndImportBackAsTyped() throws IOException {
        String formula = "=HYPERLINK(\"http://evil.example\",\"点我\")";
        module.as(module.rep, () -> module.customers.create(NewCustomer.builder(formula, CustomerType.COMPANY)
                .phone("+49 30 1234567").notes("@mention -- see").build()));
        ByteArrayOutputStream out = exported(module.rep, CustomerQuery.ALL);
        List<String> cells = org.apache.commons.csv.CSVParser.builder()
                .setReader(new java.io.StringReader(out.toString(StandardCharsets.UTF_8).substring(1)))
                .setFormat(org.apache.commons.csv.CSVFormat.DEFAULT).get().getRecords().get(1).toList();
        assertTrue(cells.contains("'" + formula), cells.toString());
        assertTrue(cells.contains("'+49 30 1234567"), cells.toString());
        assertTrue(cells.stream().noneMatch(cell -> !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0),
                "no cell begins a formula: " + cells);

        Customer typed = all(module.rep).get(0);
        module.as(module.rep, () -> module.customers.update(typed.id(), NewCustomer.of(typed).toBuilder().name("改名")
                .phone(null).notes(null).build(), typed.version()));
        CsvImportStatus again = importAll(module.rep, receive(module.rep, "export.csv", out.toByteArray()),
                DuplicatePolicy.SKIP);
        assertEquals(1, again.created(), again.toString());
        Customer back = all(module.rep).stream().filter(c -> c.id() != typed.id()).findFirst().orElseThrow();
        assertEquals(formula, back.name());
        assertEquals(typed.phone(), back.phone());
        assertEquals("@mention -- see", back.notes());
    }

    @Test
    void aContactColumnAddsTheCustomersFirstContactOnceAndBadContactDataRejectsTheRow() {
        String file = "客户名称,联系人,职务,联系人手机,联系人邮箱,电话\n"
                + "苏州明达精密,李娜,采购经理,139 1234 5678,lina@mingda.example,0512-6666 0001\n"
                + "杭州远航贸易,,,,,0571-8888 0002\n"
                + "南京坤泰电子,赵磊,,,not-an-email,025-5555 0003\n";
        Preview preview = receive(module.rep, "contacts.csv", file.getBytes(StandardCharsets.UTF_8));
        assertEquals(Map.of(ImportField.NAME, 0, ImportField.CONTACT_NAME, 1, ImportField.CONTACT_TITLE, 2,
                ImportField.CONTACT_PHONE, 3, ImportField.CONTACT_EMAIL, 4, ImportField.PHONE, 5), preview.mapping(),
                "联系人 and its columns are recognised");
        CsvImportStatus done = importAll(module.rep, preview, DuplicatePolicy.SKIP);
        assertEquals(2, done.created());
        assertEquals(List.of(new Rejection(4, "CONTACT_EMAIL", "customer.error.email.invalid",
                List.of("南京坤泰电子", "赵磊", "", "", "not-an-email", "025-5555 0003"))), done.firstRejected());
        Customer mingda = all(module.rep).stream().filter(c -> c.name().equals("苏州明达精密")).findFirst().orElseThrow();
        Customer yuanhang = all(module.rep).stream().filter(c -> c.name().equals("杭州远航贸易")).findFirst().orElseThrow();
        List<org.mosaiccrm.customer.Contact> contacts = module.as(module.rep, () -> module.contacts.ofCustomer(mingda.id(), 0, 10));
        assertEquals(1, contacts.size());
        assertEquals(List.of("李娜", "采购经理", "139 1234 5678", "lina@mingda.example"), List.of(contacts.get(0).name(),
                contacts.get(0).title(), contacts.get(0).mobile(), contacts.get(0).email()));
        assertEquals("0512-6666 0001", mingda.phone(), "the customer keeps its own phone");
        assertTrue(module.as(module.rep, () -> module.contacts.ofCustomer(yuanhang.id(), 0, 10)).isEmpty(), "no name, no contact");

        CsvImportStatus again = importAll(module.rep, receive(module.rep, "contacts.csv", file.getBytes(StandardCharsets.UTF_8)),
                DuplicatePolicy.UPDATE);
        assertEquals(2, again.updated());
        assertEquals(1, module.as(module.rep, () -> module.contacts.ofCustomer(mingda.id(), 0, 10)).size(),
                "the same contact is not added twice");
    }

    @Test
    void aRejectedRowNamesEverythingWrongWithItByFieldLabelUnderTheFilesOwnHeadings() throws IOException {
        String file = "客户名称,邮箱,客户等级,联系人,联系人邮箱\n"
                + "坏行公司,not-an-email,Z,王五,also-bad\n"
                + "好行公司,ok@good.example,A,,\n";
        CsvImportStatus done = importAll(module.rep, receive(module.rep, "bad.csv", file.getBytes(StandardCharsets.UTF_8)),
                DuplicatePolicy.SKIP);
        assertEquals(1, done.created());
        Rejection row = done.firstRejected().get(0);
        assertEquals(List.of(new RowProblem("GRADE", "import.error.choice.GRADE"),
                new RowProblem("EMAIL", "customer.error.email.invalid"),
                new RowProblem("CONTACT_EMAIL", "customer.error.email.invalid")),
                row.problems().stream().sorted(java.util.Comparator.comparing(p -> ImportField.valueOf(p.field()).ordinal())).toList(),
                "all three problems, not only the first");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        module.as(module.rep, () -> {
            try {
                imports.writeRejected(CustomerCsv.IMPORT_ID, done.jobId(), new RejectedRowsText() {
                    @Override
                    public List<String> headings() {
                        return List.of("行号", "字段", "原因");
                    }

                    @Override
                    public String field(String field) {
                        return "«" + field.toLowerCase() + "»";
                    }

                    @Override
                    public String reason(String reasonKey) {
                        return reasonKey.substring(reasonKey.lastIndexOf('.') + 1);
                    }

                    @Override
                    public String problem(String fieldLabel, String reason) {
                        return fieldLabel + "：" + reason;
                    }
                }, out);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
        List<String> lines = out.toString(StandardCharsets.UTF_8).substring(1).lines().toList();
        assertEquals("行号,字段,原因,客户名称,邮箱,客户等级,联系人,联系人邮箱", lines.get(0), "a heading over every column");
        assertTrue(lines.get(1).startsWith("2,"), lines.get(1));
        for (String expected : List.of("«email»：invalid", "«grade»：GRADE", "«contact_email»：invalid")) {
            assertTrue(lines.get(1).contains(expected), "labelled reasons: " + lines.get(1));
        }
        assertTrue(lines.get(1).endsWith(",坏行公司,not-an-email,Z,王五,also-bad"), lines.get(1));
        assertTrue(!lines.get(1).contains("EMAIL"), "labels, not field codes: " + lines.get(1));
    }
}
