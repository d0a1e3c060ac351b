package org.mosaiccrm.customer.service.internal.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.mosaiccrm.platform.csv.CsvExport;

/**
 * Realistic demo customers, Chinese and English, as a CSV file the import reads (Chinese headers,
 * UTF-8 with BOM, as Chinese Excel saves "CSV UTF-8"). The same seed gives the same file, so a
 * benchmark is repeatable. Every name is unique (a running number keeps large files free of
 * duplicates); emails and phones are unique too.
 *
 * <p>Run from the assembly: {@code bin/demo-data 10000 demo-customers.csv}, then import the file
 * on the customer list's Import page.
 */
public final class DemoCustomers {

    static final List<String> HEADER = List.of("客户名称", "类型", "客户阶段", "客户等级", "行业", "规模", "来源", "区域",
            "城市", "地址", "邮箱", "电话", "网站", "标签", "备注");

    private static final String[][] CITIES = { { "北京", "华北" }, { "天津", "华北" }, { "上海", "华东" }, { "杭州", "华东" },
        { "苏州", "华东" }, { "南京", "华东" }, { "宁波", "华东" }, { "广州", "华南" }, { "深圳", "华南" }, { "东莞", "华南" },
        { "厦门", "华南" }, { "成都", "西南" }, { "重庆", "西南" }, { "武汉", "华中" }, { "长沙", "华中" }, { "西安", "西北" },
        { "郑州", "华中" }, { "济南", "华东" }, { "青岛", "华东" }, { "沈阳", "东北" } };
    private static final String[] BRAND = { "华", "信", "远", "景", "恒", "通", "瑞", "丰", "宏", "达", "星", "云", "博", "创",
        "明", "德", "金", "泰", "安", "盛", "永", "新", "鑫", "汇", "天", "宇", "中", "科", "海", "润" };
    private static final String[][] INDUSTRIES = { { "电子", "电子制造" }, { "机械", "机械设备" }, { "科技", "软件与信息服务" },
        { "贸易", "批发零售" }, { "纺织", "纺织服装" }, { "医药", "医药健康" }, { "物流", "交通物流" }, { "建材", "建筑建材" },
        { "食品", "食品饮料" }, { "新材料", "化工材料" } };
    private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱",
        "胡", "郭", "何", "林", "高", "罗" };
    private static final String[] GIVEN = { "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛",
        "明", "超", "秀英", "婷", "晨", "浩然" };
    private static final String[] EN_FIRST = { "James", "Mary", "John", "Linda", "David", "Susan", "Michael", "Karen",
        "Robert", "Emma", "Daniel", "Olivia", "Thomas", "Sophia", "Peter", "Grace" };
    private static final String[] EN_LAST = { "Smith", "Brown", "Taylor", "Wilson", "Clark", "Walker", "Hughes", "Green",
        "Turner", "Baker", "Carter", "Mitchell", "Parker", "Evans", "Collins", "Reed" };
    private static final String[] EN_NOUN = { "Harbor", "Summit", "Pioneer", "Crescent", "Atlas", "Beacon", "Evergreen",
        "Northwind", "Silverline", "Bluewater" };
    private static final String[][] EN_INDUSTRY = { { "Trading", "批发零售" }, { "Electronics", "电子制造" },
        { "Logistics", "交通物流" }, { "Software", "软件与信息服务" }, { "Foods", "食品饮料" }, { "Machinery", "机械设备" } };
    private static final String[] STAGES = { "LEAD", "LEAD", "PROSPECT", "PROSPECT", "ACTIVE", "ACTIVE", "ACTIVE", "DORMANT", "LOST" };
    private static final String[] GRADES = { "A", "B", "B", "C", "C", "" };
    private static final String[] SOURCES = { "展会", "官网", "转介绍", "电话营销", "合作伙伴", "广告" };
    private static final String[] TAGS = { "重点", "VIP", "华东大区", "新客户", "老客户", "政府采购", "外资", "上市公司" };
    private static final String[] MOBILE_PREFIX = { "138", "139", "136", "150", "151", "158", "186", "187", "189", "177" };

    private final Random random;

    public DemoCustomers(long seed) {
        this.random = new Random(seed);
    }

    /** The {@code index}-th demo customer's row, in {@link #HEADER}'s order. */
    public List<String> row(long index) {
        String[] city = pick(CITIES);
        boolean person = random.nextInt(10) == 0;
        boolean english = !person && random.nextInt(6) == 0;
        String name;
        String industry;
        String domain;
        if (person) {
            name = pick(SURNAMES) + pick(GIVEN) + "（" + index + "）";
            industry = "";
            domain = "mail" + (index % 7) + ".example.cn";
        } else if (english) {
            String[] kind = pick(EN_INDUSTRY);
            name = pick(EN_NOUN) + " " + kind[0] + " " + index + " Co., Ltd.";
            industry = kind[1];
            domain = "co" + index + ".example.com";
        } else {
            String[] kind = pick(INDUSTRIES);
            name = city[0] + pick(BRAND) + pick(BRAND) + kind[0] + index + "有限公司";
            industry = kind[1];
            domain = "c" + index + ".example.cn";
        }
        String contactName = english ? pick(EN_FIRST) + "." + pick(EN_LAST) : person ? "p" + index : "info";
        List<String> row = new ArrayList<>(HEADER.size());
        row.add(name);
        row.add(person ? "PERSON" : "COMPANY");
        row.add(pick(STAGES));
        row.add(pick(GRADES));
        row.add(industry);
        row.add(person ? "" : String.valueOf(5 + random.nextInt(3000)));
        row.add(pick(SOURCES));
        row.add(city[1]);
        row.add(city[0]);
        row.add(person ? "" : city[0] + "市" + pick(BRAND) + pick(BRAND) + "路 " + (1 + random.nextInt(300)) + " 号");
        row.add(contactName.toLowerCase() + "@" + domain);
        row.add(pick(MOBILE_PREFIX) + String.format("%08d", index % 100_000_000));
        row.add(person ? "" : "www." + domain);
        row.add(random.nextInt(3) == 0 ? pick(TAGS) + "," + pick(TAGS) : "");
        row.add(random.nextInt(5) == 0 ? "年度采购预算约 " + (10 + random.nextInt(500)) + " 万元" : "");
        return row;
    }

    /** A demo contact (联系人) of a company: name, title, mobile, email; the index makes mobile and email unique. */
    public DemoContact contact(long index) {
        boolean english = random.nextInt(6) == 0;
        String name = english ? pick(EN_FIRST) + " " + pick(EN_LAST) : pick(SURNAMES) + pick(GIVEN)
                + (random.nextBoolean() ? pick(GIVEN) : "");
        String mobile = pick(MOBILE_PREFIX) + String.format("%08d", (index * 7_919) % 100_000_000);
        return new DemoContact(name, pick(TITLES), mobile, "u" + index + "@mail" + (index % 97) + ".example.cn");
    }

    /** One demo contact. */
    public record DemoContact(String name, String title, String mobile, String email) {
    }

    private static final String[] TITLES = { "采购经理", "总经理", "技术总监", "财务主管", "设备科科长", "Purchasing Manager",
        "IT Director", "销售总监", "行政主管" };

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    /** Writes {@code count} demo customers as CSV (UTF-8 with BOM, as every file the CRM writes: {@link CsvExport}). */
    public void write(long count, OutputStream out) throws IOException {
        CsvExport export = CsvExport.to(out);
        export.row(HEADER);
        for (long i = 1; i <= count; i++) {
            export.row(row(i));
        }
        export.flush();
    }

    /** {@code DemoCustomers <count> <file.csv>}: writes demo customers for the import. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2 || !args[0].matches("\\d{1,8}")) {
            System.err.println("usage: demo-data <number of customers, up to 99999999> <file.csv>");
            System.exit(2);
        }
        long count = Long.parseLong(args[0]);
        Path file = Path.of(args[1]);
        try (OutputStream out = Files.newOutputStream(file)) {
            new DemoCustomers(20261124L).write(count, out);
        }
        System.out.println(count + " demo customers written to " + file.toAbsolutePath()
                + " - import them on the customer list's Import page.");
    }
}
