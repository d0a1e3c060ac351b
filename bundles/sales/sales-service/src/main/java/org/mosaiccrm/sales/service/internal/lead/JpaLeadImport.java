package org.mosaiccrm.sales.service.internal.lead;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.mosaiccrm.platform.audit.AuditLog;
import org.mosaiccrm.platform.csv.CsvFileException;
import org.mosaiccrm.platform.csv.CsvImportStatus;
import org.mosaiccrm.platform.csv.CsvImports;
import org.mosaiccrm.platform.csv.CsvSample;
import org.mosaiccrm.platform.csv.RejectedRowsText;
import org.mosaiccrm.platform.csv.Rejection;
import org.mosaiccrm.platform.job.Jobs;
import org.mosaiccrm.platform.persistence.ModuleDatabase;
import org.mosaiccrm.platform.security.AccessPolicy;
import org.mosaiccrm.platform.security.Subject;
import org.mosaiccrm.sales.LeadImport;
import org.mosaiccrm.sales.LeadService;
import org.mosaiccrm.sales.service.internal.SalesDatabase;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * Lead import on the platform's {@link CsvImports}: this class checks permissions and suggests the
 * mapping; {@link LeadRows} checks and writes the rows. The imports belong to this bundle: they end
 * when the sales module is uninstalled.
 *
 * <p>Immediate: it holds the running imports, so it must not be deactivated (and its jobs lost)
 * when no caller happens to hold the service at the moment, as a delayed component would be.
 */
@Component(service = LeadImport.class, immediate = true)
public class JpaLeadImport implements LeadImport {

    /** Headers people give these columns, English and Chinese, lower case. */
    private static final Map<Field, List<String>> HEADERS = Map.of(
            Field.NAME, List.of("name", "contact", "contact name", "姓名", "联系人", "名字"),
            Field.COMPANY, List.of("company", "organisation", "organization", "公司", "公司名称", "单位", "企业"),
            Field.TITLE, List.of("title", "job title", "position", "职位", "职务"),
            Field.EMAIL, List.of("email", "e-mail", "mail", "邮箱", "电子邮件", "电子邮箱"),
            Field.PHONE, List.of("phone", "mobile", "telephone", "tel", "电话", "手机", "联系电话", "手机号"),
            Field.SOURCE, List.of("source", "lead source", "来源", "线索来源"),
            Field.GRADE, List.of("grade", "rating", "等级", "级别"),
            Field.SCORE, List.of("score", "评分", "分数"),
            Field.NOTES, List.of("notes", "note", "remarks", "备注", "说明"));

    private final ModuleDatabase database;
    private final AccessPolicy policy;
    private final AuditLog audit;
    private final CsvImports imports;

    @Activate
    public JpaLeadImport(@Reference SalesDatabase database, @Reference AccessPolicy policy, @Reference AuditLog audit,
            @Reference Jobs jobs, BundleContext context) throws IOException {
        this(database.database(), policy, audit, new CsvImports(context.getDataFile("lead-imports").toPath(), jobs, "sales.lead-import"));
    }

    JpaLeadImport(ModuleDatabase database, AccessPolicy policy, AuditLog audit, CsvImports imports) {
        this.database = database;
        this.policy = policy;
        this.audit = audit;
        this.imports = imports;
    }

    @Override
    public CsvSample receive(String fileName, InputStream content) throws IOException {
        policy.require(LeadService.PERMISSION_IMPORT);
        return imports.receive(fileName, content);
    }

    @Override
    public CsvSample reread(String fileId, String encoding, char delimiter) {
        policy.require(LeadService.PERMISSION_IMPORT);
        return imports.reread(fileId, encoding, delimiter);
    }

    @Override
    public Map<Field, Integer> suggestedMapping(CsvSample sample) {
        Map<Field, Integer> mapping = new EnumMap<>(Field.class);
        for (int column = 0; column < sample.headers().size(); column++) {
            String header = sample.headers().get(column).strip().toLowerCase(Locale.ROOT);
            for (Map.Entry<Field, List<String>> field : HEADERS.entrySet()) {
                if (field.getValue().contains(header) || header.equals(field.getKey().name().toLowerCase(Locale.ROOT))) {
                    mapping.putIfAbsent(field.getKey(), column);
                }
            }
        }
        return mapping;
    }

    @Override
    public CsvImportStatus start(String fileId, String encoding, char delimiter, Map<Field, Integer> mapping) {
        Subject subject = policy.require(LeadService.PERMISSION_IMPORT);
        policy.require(LeadService.PERMISSION_CREATE);
        if (!mapping.containsKey(Field.NAME)) {
            throw new CsvFileException("sales.error.import.nameNotMapped", 1);
        }
        String fileName = imports.fileName(fileId);
        return imports.start(fileId, encoding, delimiter, subject,
                jobId -> new LeadRows(database, audit, mapping, subject, jobId, fileName));
    }

    @Override
    public Optional<CsvImportStatus> progress(String jobId) {
        return imports.status(jobId, policy.require(LeadService.PERMISSION_IMPORT).userId());
    }

    @Override
    public void cancel(String jobId) {
        imports.cancel(jobId, policy.require(LeadService.PERMISSION_IMPORT).userId());
    }

    @Override
    public void writeRejected(String jobId, Function<Rejection, String> reasonText, OutputStream out) throws IOException {
        imports.writeRejected(jobId, policy.require(LeadService.PERMISSION_IMPORT).userId(), reasonText, out);
    }

    @Override
    public void writeRejected(String jobId, RejectedRowsText text, OutputStream out) throws IOException {
        imports.writeRejected(jobId, policy.require(LeadService.PERMISSION_IMPORT).userId(), text, out);
    }

    @Deactivate
    void close() throws InterruptedException {
        imports.close();
    }
}
