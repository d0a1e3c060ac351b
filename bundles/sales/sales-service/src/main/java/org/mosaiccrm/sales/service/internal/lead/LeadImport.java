package org.mosaiccrm.sales.service.internal.lead;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.mosaiccrm.platform.audit.AuditLog;
import org.mosaiccrm.platform.csv.CsvFileException;
import org.mosaiccrm.platform.csv.CsvRowHandler;
import org.mosaiccrm.platform.csv.ImportDefinition;
import org.mosaiccrm.platform.csv.ImportField;
import org.mosaiccrm.platform.csv.ImportRequest;
import org.mosaiccrm.platform.persistence.ModuleDatabase;
import org.mosaiccrm.platform.security.AccessPolicy;
import org.mosaiccrm.sales.LeadService;
import org.mosaiccrm.sales.service.internal.SalesDatabase;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The lead import, offered through the platform's import: the lead fields with the headings people
 * give them; {@link LeadRows} checks and writes the rows. A row whose email or phone matches an open
 * lead is skipped (no choice offered), so re-running a file adds nothing twice; rows without an
 * owner go by the round-robin rule. Needs {@link LeadService#PERMISSION_IMPORT} and
 * {@link LeadService#PERMISSION_CREATE}.
 */
@Component(service = ImportDefinition.class)
public class LeadImport implements ImportDefinition {

    /** The fields a column can fill. */
    enum Field {
        NAME, COMPANY, TITLE, EMAIL, PHONE, SOURCE, GRADE, SCORE, NOTES
    }

    /** Headings people give these columns, English and Chinese. */
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

    @Activate
    public LeadImport(@Reference SalesDatabase database, @Reference AccessPolicy policy, @Reference AuditLog audit) {
        this(database.database(), policy, audit);
    }

    /** Outside OSGi (tests). */
    public static LeadImport using(ModuleDatabase database, AccessPolicy policy, AuditLog audit) {
        return new LeadImport(database, policy, audit);
    }

    private LeadImport(ModuleDatabase database, AccessPolicy policy, AuditLog audit) {
        this.database = database;
        this.policy = policy;
        this.audit = audit;
    }

    @Override
    public String id() {
        return LeadService.IMPORT_ID;
    }

    @Override
    public String permission() {
        return LeadService.PERMISSION_IMPORT;
    }

    @Override
    public List<ImportField> fields() {
        return List.of(Field.values()).stream().map(field -> new ImportField(field.name(),
                "sales.lead.field." + field.name().toLowerCase(Locale.ROOT), HEADERS.get(field))).toList();
    }

    @Override
    public CsvRowHandler<?> rows(ImportRequest request) {
        policy.require(LeadService.PERMISSION_CREATE);
        Map<Field, Integer> mapping = new EnumMap<>(Field.class);
        request.mapping().forEach((field, column) -> mapping.put(Field.valueOf(field), column));
        if (!mapping.containsKey(Field.NAME)) {
            throw new CsvFileException("sales.error.import.nameNotMapped", 1);
        }
        return new LeadRows(database, audit, mapping, request.subject(), request.jobId(), request.fileName());
    }
}
