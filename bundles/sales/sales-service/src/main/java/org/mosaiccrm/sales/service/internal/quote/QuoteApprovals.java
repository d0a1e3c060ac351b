package org.mosaiccrm.sales.service.internal.quote;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.mosaiccrm.platform.approval.ApprovableRecord;
import org.mosaiccrm.platform.approval.ApprovableRecords;
import org.mosaiccrm.platform.approval.ApprovalField;
import org.mosaiccrm.platform.approval.ApprovalOutcome;
import org.mosaiccrm.platform.persistence.ModuleDatabase;
import org.mosaiccrm.platform.security.AccessPolicy;
import org.mosaiccrm.sales.QuoteLine;
import org.mosaiccrm.sales.QuoteService;
import org.mosaiccrm.sales.QuoteStatus;
import org.mosaiccrm.sales.service.internal.SalesDatabase;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Quotes as an approvable type ({@value #TYPE}): a process administrator's flow may test the quote's
 * discount, its largest line discount and its net amount (e.g. "discount at least 10 %: the team lead").
 * Only a draft may be submitted, by whoever may edit it; approval covers its terms (validity, discount,
 * lines), which a rejection or withdrawal puts back; an approved quote may be sent.
 */
@Component(service = { ApprovableRecords.class, QuoteApprovals.class })
public class QuoteApprovals implements ApprovableRecords {

    public static final String TYPE = "sales.quote";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What approval covers, kept as JSON at submission. */
    record Terms(String validUntil, BigDecimal discountPercent, List<QuoteLine> lines) {
    }

    private final ModuleDatabase database;
    private final QuoteService quotes;
    private final AccessPolicy policy;
    private final Clock clock = Clock.systemDefaultZone();

    @Activate
    public QuoteApprovals(@Reference SalesDatabase database, @Reference QuoteService quotes, @Reference AccessPolicy policy) {
        this(database.database(), quotes, policy);
    }

    QuoteApprovals(ModuleDatabase database, QuoteService quotes, AccessPolicy policy) {
        this.database = database;
        this.quotes = quotes;
        this.policy = policy;
    }

    @Override
    public String recordType() {
        return TYPE;
    }

    @Override
    public String labelKey() {
        return "sales.approval.quote";
    }

    @Override
    public List<ApprovalField> fields() {
        return List.of(new ApprovalField("discountPercent", "sales.approval.field.discount", true),
                new ApprovalField("maxLineDiscountPercent", "sales.approval.field.lineDiscount", true),
                new ApprovalField("net", "sales.approval.field.net", true),
                new ApprovalField("currency", "sales.approval.field.currency", false));
    }

    @Override
    public Optional<ApprovableRecord> find(long recordId) {
        return Optional.ofNullable(database.read(em -> em.find(QuoteEntity.class, recordId))).map(quote -> {
            BigDecimal lineDiscount = quote.lineValues().stream().map(QuoteLine::discountPercent).reduce(BigDecimal.ZERO, BigDecimal::max);
            return new ApprovableRecord(quote.id(), quote.ownerId(), title(quote), "sales/quotes/" + quote.id(), Map.of("discountPercent", quote.discountPercent(),
                            "maxLineDiscountPercent", lineDiscount, "net", quote.netAmount(), "currency", quote.currency()));
        });
    }

    /**
     * "Q-2026-0042 (731,000.00 CNY)": the title in lists, notices and mails, whatever the reader's
     * language, so grouped as both English and Chinese readers write amounts.
     */
    static String title(QuoteEntity quote) {
        return quote.number() + " (" + String.format(Locale.ROOT, "%,.2f", quote.netAmount()) + " " + quote.currency() + ")";
    }

    @Override
    public boolean maySubmit(long recordId) {
        return policy.isPermitted(QuoteService.PERMISSION_EDIT)
                && quotes.find(recordId).filter(quote -> quote.status() == QuoteStatus.DRAFT).isPresent();
    }

    @Override
    public boolean mayRead(long recordId) {
        return quotes.find(recordId).isPresent();
    }

    @Override
    public String snapshot(long recordId) {
        QuoteEntity quote = database.read(em -> em.find(QuoteEntity.class, recordId));
        try {
            return JSON.writeValueAsString(new Terms(quote.validUntil().toString(), quote.discountPercent(), quote.lineValues()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void restore(long recordId, String snapshot) {
        Terms terms;
        try {
            terms = JSON.readValue(snapshot, Terms.class);
        } catch (IOException e) {
            throw new UncheckedIOException("quote " + recordId + " snapshot", e);
        }
        database.runInTransaction(em -> em.find(QuoteEntity.class, recordId).setTerms(
                new QuoteRules.Checked(LocalDate.parse(terms.validUntil()), terms.discountPercent(), terms.lines())));
    }

    @Override
    public void decided(long recordId, ApprovalOutcome outcome) {
        if (outcome == ApprovalOutcome.APPROVED) {
            database.runInTransaction(em -> em.find(QuoteEntity.class, recordId).approved(clock.instant()));
        }
    }
}
