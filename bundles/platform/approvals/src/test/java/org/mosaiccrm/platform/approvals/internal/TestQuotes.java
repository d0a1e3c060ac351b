package org.mosaiccrm.platform.approvals.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.mosaiccrm.platform.approval.ApprovableRecord;
import org.mosaiccrm.platform.approval.ApprovableRecords;
import org.mosaiccrm.platform.approval.ApprovalField;
import org.mosaiccrm.platform.approval.ApprovalOutcome;
import org.mosaiccrm.platform.approval.DefaultFlow;
import org.mosaiccrm.platform.security.CurrentSubject;

/**
 * The module side in these tests, as a quote module is: quotes kept in memory with an owner, an amount
 * and a discount; its owner may submit and see one; the engine's snapshot, restore and outcome are
 * recorded so the tests can see what the engine asked of the module.
 */
final class TestQuotes implements ApprovableRecords {

    static final String TYPE = "test.quote";

    record Quote(long id, long ownerId, BigDecimal amount, BigDecimal discount, String category) {
    }

    final Map<Long, Quote> quotes = new ConcurrentHashMap<>();
    final List<String> told = new CopyOnWriteArrayList<>();
    /** The flow the type ships with, if a test gives it one. */
    volatile DefaultFlow shipped;

    Quote put(long id, long ownerId, String amount, String discount, String category) {
        Quote quote = new Quote(id, ownerId, new BigDecimal(amount), new BigDecimal(discount), category);
        quotes.put(id, quote);
        return quote;
    }

    @Override
    public String recordType() {
        return TYPE;
    }

    @Override
    public String labelKey() {
        return "test.quote";
    }

    @Override
    public List<ApprovalField> fields() {
        return List.of(new ApprovalField("amount", "test.amount", true), new ApprovalField("discount", "test.discount", true),
                new ApprovalField("category", "test.category", false));
    }

    @Override
    public Optional<ApprovableRecord> find(long recordId) {
        return Optional.ofNullable(quotes.get(recordId)).map(q -> new ApprovableRecord(q.id(), q.ownerId(), "Q-" + q.id(),
                "sales/quotes/" + q.id(), Map.of("amount", q.amount(), "discount", q.discount(), "category", q.category())));
    }

    @Override
    public boolean maySubmit(long recordId) {
        Quote quote = quotes.get(recordId);
        return quote != null && CurrentSubject.get().map(s -> s.userId() == quote.ownerId()).orElse(false);
    }

    @Override
    public boolean mayRead(long recordId) {
        return maySubmit(recordId);
    }

    @Override
    public String snapshot(long recordId) {
        Quote quote = quotes.get(recordId);
        return quote.amount() + "|" + quote.discount();
    }

    @Override
    public void restore(long recordId, String snapshot) {
        String[] parts = snapshot.split("\\|");
        Quote quote = quotes.get(recordId);
        quotes.put(recordId, new Quote(recordId, quote.ownerId(), new BigDecimal(parts[0]), new BigDecimal(parts[1]), quote.category()));
        told.add("restored " + recordId);
    }

    @Override
    public void decided(long recordId, ApprovalOutcome outcome) {
        told.add(outcome + " " + recordId);
    }

    @Override
    public Optional<DefaultFlow> defaultFlow() {
        return Optional.ofNullable(shipped);
    }
}
