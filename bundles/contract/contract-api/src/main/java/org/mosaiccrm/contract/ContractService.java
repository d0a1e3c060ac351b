package org.mosaiccrm.contract;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Contracts. Every call checks the caller's permission and, for a contract, the record scope of its
 * owner; a contract outside the caller's scope reads as one that does not exist. Changes are audited
 * with the fields before and after. Bad input is refused with an {@code InputRefusedException} naming
 * the field, and nothing is written.
 */
@ProviderType
public interface ContractService {

    String MODULE_ID = "contract";
    String PERMISSION_READ = "contract.read";
    String PERMISSION_CREATE = "contract.create";
    String PERMISSION_EDIT = "contract.edit";
    String PERMISSION_APPROVE = "contract.approve";
    String PERMISSION_ADMINISTER = "contract.administer";
    /** Field-level: who holds it sees contract amounts; others get them as null. */
    String PERMISSION_AMOUNT = "contract.amount.read";
    /** The contracts' approvable type in the platform's approval engine (审批). */
    String APPROVAL_TYPE = "contract.contract";
    /** Contracts take attachments (the signed scan): their record type in the platform's attachments. */
    String ATTACHMENT_TYPE = "contract";
    /** The role the module brings for the finance step of the default approval flow (财务). */
    String ROLE_FINANCE = "finance";
    int MAX_TITLE = 200;
    int MAX_TEXT = 4000;
    /** @since 1.2 */
    int MAX_LINES = 200;
    /** @since 1.2 */
    int MAX_CODE = 64;
    /** @since 1.2 */
    int MAX_UNIT = 20;
    /** @since 1.2 */
    int MAX_TAGS = 10;
    /** @since 1.2 */
    int MAX_TAG = 30;

    /** The contract types, the active ones first. */
    List<ContractType> types();

    /** Creates a draft owned by the caller, numbered from the year's series. */
    Contract create(NewContract contract);

    /**
     * Creates a draft with line items (from an accepted order, say) in one step: its amount is their
     * total, whatever {@code contract} says; a refused line leaves nothing made.
     *
     * @since 1.2
     */
    Contract create(NewContract contract, NewContractLines lines);

    /**
     * A contract's line items and their figures.
     *
     * @since 1.2
     */
    ContractLines lines(long id);

    /**
     * Replaces the line items of a draft read at {@code version}; its amount becomes their total (no
     * lines: the amount stays as it was, to be typed). Refused when the total falls below the payment
     * plan ({@code contract.error.amountBelowPlan}) or the contract is not a draft.
     *
     * @since 1.2
     */
    Contract setLines(long id, NewContractLines lines, long version);

    /**
     * Changes a draft read at {@code version}. A draft with line items keeps their total as its
     * amount: another amount is refused ({@code contract.error.amountFromLines}).
     *
     * @throws jakarta.persistence.OptimisticLockException when it was changed meanwhile (nothing overwritten)
     * @throws org.mosaiccrm.platform.InputRefusedException when it is no longer a draft (field {@code status})
     */
    Contract update(long id, NewContract changes, long version);

    /**
     * Submits a draft read at {@code version} for approval: it is locked while its approval runs, and
     * approved (or back to draft) when the approval ends. When no step of the contracts' flow applies
     * (or the process administrator switched the flow off) it is approved at once.
     *
     * @throws org.mosaiccrm.platform.InputRefusedException when it is not a draft ({@code contract.error.notDraft}),
     *         or the flow finds no approver
     */
    Contract submit(long id, long version, String comment);

    /**
     * Records the signatures of an approved contract read at {@code version}: it is then signed. Both
     * dates are required and none after today.
     *
     * @throws org.mosaiccrm.platform.InputRefusedException when it is not approved ({@code contract.error.notApproved})
     *         or a date is missing or in the future
     */
    Contract sign(long id, LocalDate customerSignedOn, LocalDate ourSignedOn, long version);

    /**
     * Terminates a signed contract (or one in execution) read at {@code version} early (终止): from
     * {@code on}, not before its signing, for {@code reason}. Its payment plan and payments stay as
     * they are; no more reminders.
     *
     * @throws org.mosaiccrm.platform.InputRefusedException when it is not signed ({@code contract.error.notTerminable}),
     *         or the reason or date is missing
     */
    Contract terminate(long id, LocalDate on, String reason, long version);

    /**
     * Voids a contract that has not taken effect — a draft or an approved one not yet signed (作废) —
     * read at {@code version}, for {@code reason}. A contract in approval is withdrawn first.
     *
     * @throws org.mosaiccrm.platform.InputRefusedException when it was signed ({@code contract.error.notVoidable})
     *         or the reason is missing
     */
    Contract voidContract(long id, String reason, long version);

    /**
     * Renews a signed contract (or one in execution, or completed) read at {@code version}: a new
     * draft owned by the caller with its terms, starting the day after it ends for as long as it ran,
     * linked to it as its successor ({@link Contract#predecessorId()}). A contract renewed (by a
     * successor not void) gets no more expiry notices.
     *
     * @throws org.mosaiccrm.platform.InputRefusedException when it is not signed ({@code contract.error.notRenewable})
     *         or was renewed already ({@code contract.error.renewedAlready})
     */
    Contract renew(long id, long version);

    /** The contract renewing {@code id} (not void), if any, as the caller may see it. */
    Optional<Contract> successorOf(long id);

    Optional<Contract> find(long id);

    /**
     * Contracts being collected (signed, in execution) in the caller's scope that end from
     * {@code from} to {@code to}, the earliest end first, at most {@code limit} (up to 200).
     */
    List<Contract> ending(LocalDate from, LocalDate to, int limit);

    /** A customer's contracts in the caller's scope, newest first, at most {@code limit} (up to 200). */
    List<Contract> forCustomer(long customerId, int limit);

    /**
     * Contracts in the caller's scope whose number or title starts with {@code query} (the number in
     * any case: {@code ht-2026} finds {@code HT-2026-00001}), newest first, at most {@code limit}.
     */
    List<Contract> search(String query, int limit);

    /**
     * Contracts in the caller's scope, newest first, keyset-paged: the page after the contract
     * {@code afterId} (null: from the newest); {@code status} null for all.
     */
    List<Contract> listAfter(ContractStatus status, Long afterId, int limit);

    /**
     * A contract's tags (标签), as they were given.
     *
     * @since 1.2
     */
    List<String> tags(long id);

    /**
     * Replaces the tags of a contract read at {@code version}, in any status but void (tags classify,
     * they are not terms: an approved or signed contract is tagged too); its version moves on. Tags
     * are trimmed, inner spaces made one, at most {@link #MAX_TAGS} of at most {@link #MAX_TAG}
     * characters, one of each in any case (the first spelling kept).
     *
     * @throws org.mosaiccrm.platform.InputRefusedException naming {@code tags}
     * @since 1.2
     */
    Contract setTags(long id, List<String> tags, long version);

    /**
     * The tags on contracts in the caller's scope starting with {@code prefix} (any case), in
     * alphabetical order, at most {@code limit} (up to 50): what a tag field suggests.
     *
     * @since 1.2
     */
    List<String> knownTags(String prefix, int limit);

    /**
     * The contracts tagged {@code tag} (any case) as {@link #listAfter} gives them: in the caller's
     * scope, newest first, keyset-paged, {@code status} null for all.
     *
     * @since 1.2
     */
    List<Contract> listTagged(String tag, ContractStatus status, Long afterId, int limit);
}
