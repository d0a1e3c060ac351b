package org.mosaiccrm.sales;

import java.util.List;
import java.util.Optional;

import org.mosaiccrm.platform.InputRefusedException;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Opportunities and the pipeline. Every call checks permission and record scope: reps see and
 * change their own opportunities, managers their team's (as the role grants). Changes are audited.
 */
@ProviderType
public interface OpportunityService {

    String MODULE_ID = "sales";
    String PERMISSION_READ = "sales.opportunity.read";
    String PERMISSION_CREATE = "sales.opportunity.create";
    String PERMISSION_EDIT = "sales.opportunity.edit";
    /** Sets up the sales process: its stages and default probabilities. */
    String PERMISSION_ADMINISTER = "sales.opportunity.administer";
    /**
     * Extension point of actions offered on a won opportunity (e.g. the contract module's "create
     * contract"). The context's attributes: {@code customerId} (Long), {@code name}, {@code amount}
     * (BigDecimal), {@code currency}; with an accepted quote, its lines as {@link QuoteLines#ATTRIBUTE_LINES}
     * and {@link QuoteLines#ATTRIBUTE_DISCOUNT} say.
     */
    String ACTIONS_WON = "sales.opportunity.won";

    /** The stages of the sales process, in order. */
    List<Stage> stages();

    /**
     * @throws InputRefusedException when a field is not acceptable; nothing is written
     * @throws java.util.NoSuchElementException when the customer does not exist
     */
    Opportunity create(NewOpportunity opportunity);

    /** @return the opportunity, or empty when it does not exist or lies outside the caller's scope (alike, so nobody learns which exist) */
    Optional<Opportunity> find(long id);

    /** Opportunities in the caller's scope with the given status, newest first. */
    List<Opportunity> list(OpportunityStatus status, int offset, int limit);

    /**
     * The same list keyset-paged: the page after the record {@code afterId} (null: from the newest), as
     * fast deep in the list as on its first page. A program pages with it; the last id given is the next {@code afterId}.
     * {@code status} {@code null} for all.
     *
     * @since 3.2
     */
    List<Opportunity> listAfter(OpportunityStatus status, Long afterId, int limit);

    /** The customer's opportunities in the caller's scope, newest first. */
    List<Opportunity> forCustomer(long customerId);

    /**
     * Changes an open opportunity's facts (not its stage or status).
     *
     * @param version the version the caller read; a concurrent change is refused, not overwritten
     * @throws InputRefusedException when a field is not acceptable; nothing is written
     */
    Opportunity update(long id, OpportunityEdit edit, long version);

    /**
     * Replaces the stages of the sales process with {@code stages}, in that order (positions are
     * renumbered). A stage with an empty code is added; a stage left out is removed, which is refused
     * while open opportunities are in it. Existing opportunities keep their own probability.
     *
     * @throws InputRefusedException when a stage is not acceptable; nothing is written
     */
    List<Stage> saveStages(List<Stage> stages);

    /**
     * Moves an open opportunity to another stage; its probability becomes the stage's.
     *
     * @param version the version the caller read; a concurrent change is refused, not overwritten
     */
    Opportunity moveToStage(long id, String stageCode, long version);

    /** Marks an open opportunity won. */
    Opportunity win(long id, long version);

    /** Marks an open opportunity lost, with the reason (required). */
    Opportunity lose(long id, String reason, long version);

    /** The stage history, oldest first. */
    List<StageChange> history(long id);

    /**
     * The board: per stage, in order, the totals of the open opportunities in the caller's scope and
     * the newest {@code perStage} of them (at most 200).
     *
     * @since 1.3
     */
    List<BoardColumn> board(int perStage);

    /** The open pipeline in the caller's scope, one total per currency. */
    List<PipelineTotal> pipeline();

    /** Opportunities whose name starts with {@code prefix}, in the caller's scope. */
    List<Opportunity> search(String prefix, int limit);
}
