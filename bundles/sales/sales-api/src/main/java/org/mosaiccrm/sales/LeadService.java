package org.mosaiccrm.sales;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.mosaiccrm.customer.DuplicateMatch;
import org.mosaiccrm.platform.InputRefusedException;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Leads: captured by form or import, assigned (by hand or round robin), followed up with tasks,
 * then converted into customer + contact + opportunity or disqualified. Every call checks
 * permission and record scope (reps their own leads, managers their team's); changes are audited.
 *
 * @since 1.1
 */
@ProviderType
public interface LeadService {

    String PERMISSION_READ = "sales.lead.read";
    String PERMISSION_CREATE = "sales.lead.create";
    String PERMISSION_EDIT = "sales.lead.edit";
    String PERMISSION_IMPORT = "sales.lead.import";
    /**
     * The id of the lead import in the platform's {@code org.mosaiccrm.platform.csv.Imports}: a row
     * whose email or phone matches an open lead is skipped; rows without an owner go by round robin.
     * Needs {@link #PERMISSION_IMPORT} and {@link #PERMISSION_CREATE}.
     *
     * @since 3.0
     */
    String IMPORT_ID = "sales.lead";
    /** Needed to set who receives new leads by round robin. */
    String PERMISSION_ADMINISTER = "sales.lead.administer";

    /**
     * @throws InputRefusedException when a field is not acceptable; nothing is written
     * @throws org.mosaiccrm.platform.security.AccessDeniedException when the chosen owner may not work leads
     */
    Lead create(NewLead lead);

    /** Changes an open lead's fields (not its owner). */
    Lead update(long id, NewLead changes, long version);

    Optional<Lead> find(long id);

    /** Leads in the caller's scope with the given status, newest first. */
    List<Lead> list(LeadStatus status, int offset, int limit);

    /**
     * The same list keyset-paged: the page after the record {@code afterId} (null: from the newest), as
     * fast deep in the list as on its first page. A program pages with it; the last id given is the next {@code afterId}.
     * {@code status} {@code null} for all.
     *
     * @since 3.2
     */
    List<Lead> listAfter(LeadStatus status, Long afterId, int limit);

    /** The leads converted into this customer, in the caller's scope. */
    List<Lead> forCustomer(long customerId);

    /** Leads whose person or company starts with {@code prefix}, in the caller's scope. */
    List<Lead> search(String prefix, int limit);

    /** Gives an open lead to another user, who must be allowed to work leads; its open tasks go along. */
    Lead assign(long id, long ownerId, long version);

    /** Ends an open lead as not worth pursuing, with the reason (required). */
    Lead disqualify(long id, String reason, long version);

    /** Existing customers the lead may already be (same company name, email or phone). */
    List<DuplicateMatch> duplicates(long id);

    /**
     * Converts an open lead in one step: a customer (new, or the existing one chosen from
     * {@link #duplicates}), the lead's person as its contact, and an opportunity if asked for.
     * Every check is made before anything is written.
     *
     * @return the converted lead, with the customer and opportunity it became
     */
    Lead convert(long id, LeadConversion conversion, long version);

    /** Plans a follow-up on an open lead; {@code remindBefore} null for no reminder. */
    LeadTask addTask(long leadId, String title, Instant dueAt, Duration remindBefore);

    /** The lead's tasks, open ones first by due time. */
    List<LeadTask> tasks(long leadId);

    /** Marks a task done. */
    LeadTask completeTask(long taskId);

    /** The caller's open tasks due before {@code until}, earliest first (overdue included). */
    List<LeadTask> myTasksDue(Instant until, int limit);

    /** Who receives new leads that come without an owner, in turn; empty: the user who enters them. */
    List<Long> roundRobin();

    /** Sets the round-robin members (each must be allowed to work leads); empty turns it off. */
    void setRoundRobin(List<Long> userIds);
}
