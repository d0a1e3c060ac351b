package org.mosaiccrm.assembly.shared.sales;

import org.mosaiccrm.assembly.shared.ModulePart;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.mosaiccrm.assembly.shared.SalesModuleIT.Reps;
import org.mosaiccrm.sales.NewOpportunity;
import org.mosaiccrm.sales.Opportunity;
import org.mosaiccrm.sales.OpportunityService;
import org.mosaiccrm.sales.OpportunityStatus;
import org.mosaiccrm.sales.PipelineTotal;
import org.mosaiccrm.sales.StageChange;

/**
 * A rep's opportunity moves through the stages with its history, stale versions and bad input are
 * refused, another rep sees nothing of it, and it is won; gives back its id.
 */
public final class OpportunityLifecycle extends ModulePart<Reps, Long> {

    @Override
    protected Long run(Reps reps) throws Exception {
        OpportunityService opportunities = service(OpportunityService.class);
        Opportunity created = as(reps.rep(), () -> opportunities.create(new NewOpportunity(reps.customerId(), "二期扩产设备", "",
                new BigDecimal("1200000"), "", LocalDate.now().plusMonths(2), "", "")));
        long id = created.id();
        assertEquals("qualify", created.stageCode());
        assertEquals(10, created.probability());

        Opportunity moved = as(reps.rep(), () -> opportunities.moveToStage(id, "proposal", created.version()));
        assertEquals(50, moved.probability());
        RuntimeException stale = assertThrows(RuntimeException.class,
                () -> as(reps.rep(), () -> opportunities.moveToStage(id, "negotiation", created.version())));
        assertEquals("a stale version is refused", "OptimisticLockException", stale.getClass().getSimpleName());
        RuntimeException noStage = assertThrows(RuntimeException.class,
                () -> as(reps.rep(), () -> opportunities.moveToStage(id, "dreaming", moved.version())));
        assertEquals("sales.error.stage", noStage.getMessage());
        RuntimeException badAmount = assertThrows(RuntimeException.class, () -> as(reps.rep(), () -> opportunities.create(
                new NewOpportunity(reps.customerId(), "负数", "", new BigDecimal("-5"), "", null, "", ""))));
        assertEquals("sales.error.amount", badAmount.getMessage());

        List<PipelineTotal> pipeline = as(reps.rep(), opportunities::pipeline);
        assertEquals(1, pipeline.size());
        assertEquals(new BigDecimal("600000.00"), pipeline.get(0).weighted());
        assertEquals("another rep's opportunity reads as one nobody has", Optional.empty(),
                as(reps.otherRep(), () -> opportunities.find(id)));
        assertEquals(Optional.empty(), as(reps.otherRep(), () -> opportunities.find(Long.MAX_VALUE)));
        assertEquals(0, as(reps.otherRep(), opportunities::pipeline).size());

        RuntimeException noReason = assertThrows(RuntimeException.class,
                () -> as(reps.rep(), () -> opportunities.lose(id, " ", moved.version())));
        assertEquals("sales.error.lostReason", noReason.getMessage());
        Opportunity won = as(reps.rep(), () -> opportunities.win(id, moved.version()));
        assertEquals(OpportunityStatus.WON, won.status());
        assertEquals(List.of("qualify", "proposal", "won"),
                as(reps.rep(), () -> opportunities.history(id)).stream().map(StageChange::toStage).toList());
        return id;
    }
}
