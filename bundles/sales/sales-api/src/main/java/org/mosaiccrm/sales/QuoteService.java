package org.mosaiccrm.sales;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.mosaiccrm.platform.InputRefusedException;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Quotes for opportunities. Every call checks permission and record scope (the opportunity's owner);
 * changes are audited. Refused input writes nothing.
 */
@ProviderType
public interface QuoteService {

    String PERMISSION_READ = "sales.quote.read";
    String PERMISSION_CREATE = "sales.quote.create";
    String PERMISSION_EDIT = "sales.quote.edit";

    /**
     * A first revision, as a draft, in the opportunity's currency.
     *
     * @throws InputRefusedException when a line or field is not acceptable
     * @throws java.util.NoSuchElementException when the opportunity does not exist
     */
    Quote create(long opportunityId, QuoteDraft draft);

    /** Replaces a draft's lines and terms. */
    Quote update(long id, QuoteDraft draft, long version);

    /** A draft with at least one line, valid today or later, becomes sent and can no longer change. */
    Quote send(long id, long version);

    /**
     * Whether the quote must be approved before it is sent: the platform's approval flow for quotes
     * applies to it and it is not approved yet (also while it waits for approval; a change after
     * approval needs a new one).
     *
     * @since 3.1
     */
    boolean approvalNeeded(long id);

    /**
     * The customer accepted the latest, sent, unexpired revision: it becomes a sales order (confirmed),
     * and the opportunity, if still open, is won — all in one transaction.
     */
    SalesOrder accept(long id, long version);

    /** The customer declined a sent revision; the reason is required. */
    Quote reject(long id, String reason, long version);

    /** The next revision of a sent, rejected or expired latest revision, as a draft with the same lines. */
    Quote revise(long id, long version);

    Optional<Quote> find(long id);

    /** The opportunity's quotes, every revision, newest first. */
    List<Quote> forOpportunity(long opportunityId);

    /** The customer's quotes in the caller's scope, latest revisions only, newest first. */
    List<Quote> forCustomer(long customerId);

    /** Latest revisions in the caller's scope, newest first; {@code status} {@code null} for all. */
    List<Quote> list(QuoteStatus status, int offset, int limit);

    /**
     * The same list keyset-paged: the page after the record {@code afterId} (null: from the newest), as
     * fast deep in the list as on its first page. A program pages with it; the last id given is the next {@code afterId}.
     *
     * @since 3.2
     */
    List<Quote> listAfter(QuoteStatus status, Long afterId, int limit);

    /** The quote as a PDF document, its labels in {@code locale} (English or Simplified Chinese). */
    byte[] pdf(long id, Locale locale);
}
