package org.mosaiccrm.customer.service.internal.csv;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.mosaiccrm.customer.CustomerService;
import org.mosaiccrm.customer.csv.CustomerCsv;
import org.mosaiccrm.customer.csv.ImportField;
import org.mosaiccrm.customer.service.internal.CustomerDatabase;
import org.mosaiccrm.platform.audit.AuditLog;
import org.mosaiccrm.platform.csv.CsvFileException;
import org.mosaiccrm.platform.csv.CsvRowHandler;
import org.mosaiccrm.platform.csv.DuplicatePolicy;
import org.mosaiccrm.platform.csv.ImportDefinition;
import org.mosaiccrm.platform.csv.ImportRequest;
import org.mosaiccrm.platform.persistence.ModuleDatabase;
import org.mosaiccrm.platform.security.AccessPolicy;
import org.mosaiccrm.platform.security.OwnerFilter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The customer import, offered through the platform's import: the {@link ImportField}s with the
 * headings people give them, the duplicate policies, and {@link ImportBatchWriter} for the rows.
 * Needs {@code customer.import} and {@code customer.create}; updating duplicates stays within the
 * importer's edit scope, and only who may see tax IDs imports them.
 */
@Component(service = ImportDefinition.class)
public class CustomerImport implements ImportDefinition {

    private static final Map<ImportField, List<String>> HEADERS = Map.ofEntries(
            Map.entry(ImportField.NAME, List.of("name", "customer", "customername", "company", "companyname", "名称", "客户名称",
                    "客户", "公司名称", "企业名称", "姓名")),
            Map.entry(ImportField.TYPE, List.of("type", "customertype", "类型", "客户类型")),
            Map.entry(ImportField.STAGE, List.of("stage", "lifecyclestage", "status", "阶段", "客户阶段", "状态")),
            Map.entry(ImportField.GRADE, List.of("grade", "rating", "level", "等级", "客户等级", "级别")),
            Map.entry(ImportField.INDUSTRY, List.of("industry", "行业", "所属行业")),
            Map.entry(ImportField.SIZE, List.of("size", "companysize", "employees", "headcount", "规模", "人数", "员工人数")),
            Map.entry(ImportField.SOURCE, List.of("source", "leadsource", "来源", "客户来源")),
            Map.entry(ImportField.REGION, List.of("region", "province", "state", "区域", "地区", "省份")),
            Map.entry(ImportField.CITY, List.of("city", "城市", "所在城市")),
            Map.entry(ImportField.ADDRESS, List.of("address", "street", "地址", "详细地址")),
            Map.entry(ImportField.EMAIL, List.of("email", "e-mail", "mail", "邮箱", "电子邮箱", "电子邮件", "邮件")),
            Map.entry(ImportField.PHONE, List.of("phone", "telephone", "tel", "mobile", "电话", "手机", "联系电话", "电话号码")),
            Map.entry(ImportField.WEBSITE, List.of("website", "web", "url", "网站", "网址", "官网")),
            Map.entry(ImportField.TAX_ID, List.of("taxid", "taxnumber", "vat", "税号", "纳税人识别号", "统一社会信用代码")),
            Map.entry(ImportField.TAGS, List.of("tags", "tag", "标签")),
            Map.entry(ImportField.NOTES, List.of("notes", "note", "remarks", "comment", "备注", "说明")),
            Map.entry(ImportField.OTHER_ADDRESSES, List.of("otheraddresses", "moreaddresses", "address2", "其他地址", "更多地址")),
            Map.entry(ImportField.OTHER_PHONES, List.of("otherphones", "morephones", "phone2", "fax", "其他电话", "更多电话",
                    "传真")),
            Map.entry(ImportField.OTHER_EMAILS, List.of("otheremails", "moreemails", "email2", "其他邮箱", "更多邮箱")),
            Map.entry(ImportField.CONTACT_NAME, List.of("contact", "contactname", "contactperson", "联系人", "联系人姓名",
                    "联系人名称")),
            Map.entry(ImportField.CONTACT_TITLE, List.of("contacttitle", "jobtitle", "position", "职务", "职位", "联系人职务",
                    "联系人职位")),
            Map.entry(ImportField.CONTACT_PHONE, List.of("contactphone", "contactmobile", "联系人手机", "联系人电话")),
            Map.entry(ImportField.CONTACT_EMAIL, List.of("contactemail", "联系人邮箱", "联系人电子邮箱")));

    private final ModuleDatabase database;
    private final AccessPolicy policy;
    private final AuditLog auditLog;

    @Activate
    public CustomerImport(@Reference CustomerDatabase database, @Reference AccessPolicy policy,
            @Reference AuditLog auditLog) {
        this(database.database(), policy, auditLog);
    }

    /** Outside OSGi (tests). */
    public static CustomerImport using(ModuleDatabase database, AccessPolicy policy, AuditLog auditLog) {
        return new CustomerImport(database, policy, auditLog);
    }

    private CustomerImport(ModuleDatabase database, AccessPolicy policy, AuditLog auditLog) {
        this.database = database;
        this.policy = policy;
        this.auditLog = auditLog;
    }

    @Override
    public String id() {
        return CustomerCsv.IMPORT_ID;
    }

    @Override
    public String permission() {
        return CustomerService.PERMISSION_IMPORT;
    }

    @Override
    public List<org.mosaiccrm.platform.csv.ImportField> fields() {
        return List.of(ImportField.values()).stream()
                .map(field -> new org.mosaiccrm.platform.csv.ImportField(field.name(), field.labelKey(), HEADERS.get(field)))
                .toList();
    }

    @Override
    public List<DuplicatePolicy> duplicatePolicies() {
        return List.of(DuplicatePolicy.SKIP, DuplicatePolicy.UPDATE, DuplicatePolicy.CREATE);
    }

    @Override
    public String duplicatePolicyKey() {
        return "import.policy";
    }

    @Override
    public CsvRowHandler<?> rows(ImportRequest request) {
        policy.require(CustomerService.PERMISSION_CREATE);
        Map<ImportField, Integer> mapping = new EnumMap<>(ImportField.class);
        request.mapping().forEach((field, column) -> mapping.put(ImportField.valueOf(field), column));
        if (!mapping.containsKey(ImportField.NAME)) {
            throw new CsvFileException("import.error.nameNotMapped", 1);
        }
        if (mapping.containsKey(ImportField.TAX_ID) && !policy.isPermitted(CustomerService.PERMISSION_TAX_ID)) {
            throw new CsvFileException("import.error.taxIdNotAllowed", 1);
        }
        OwnerFilter editScope = request.policy() == DuplicatePolicy.UPDATE
                ? policy.ownerFilter(CustomerService.PERMISSION_EDIT) : OwnerFilter.owners(Set.of());
        return new ImportBatchWriter(database, auditLog, mapping, request.policy(), editScope,
                request.subject().userId(), request.jobId(), request.fileName());
    }
}
