package org.mosaiccrm.contract.service.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.mosaiccrm.contract.ContractLines;
import org.mosaiccrm.platform.InputRefusedException;
import org.mosaiccrm.platform.money.LineTotals;

/** A contract's line items in {@code CON_CONTRACT_LINE}, read and replaced with the contract locked by the caller. */
final class ContractLineItems {

    static final String RECORD_TYPE = "ContractLines";

    private ContractLineItems() {
    }

    static List<ContractLineEntity> of(EntityManager em, long contractId) {
        return em.createQuery("select l from ContractLineEntity l where l.contractId = :contract order by l.position",
                ContractLineEntity.class).setParameter("contract", contractId).getResultList();
    }

    /**
     * Replaces the lines of {@code contract} (a draft, locked) with {@code lines}; with some, its amount
     * becomes their total, which must not fall below its payment plan.
     *
     * @return the lines as the audit log shows them, before and after
     */
    static List<Map<String, Object>> replace(EntityManager em, ContractEntity contract, ContractLineInput.Checked lines) {
        List<ContractLineEntity> old = of(em, contract.id());
        Map<String, Object> before = auditFields(old.stream().map(ContractLineEntity::input).toList(), contract);
        LineTotals totals = lines.totals();
        if (!lines.lines().isEmpty() && totals.total().compareTo(contract.planned()) < 0) {
            throw new InputRefusedException("lines", "contract.error.amountBelowPlan", contract.planned().toPlainString());
        }
        old.forEach(em::remove);
        // the old rows go first: the new ones take the same positions
        em.flush();
        int position = 0;
        for (ContractLineInput line : lines.lines()) {
            em.persist(new ContractLineEntity(contract.id(), ++position, line));
        }
        contract.lined(lines.lines().size(), lines.discountPercent(), totals.total());
        return List.of(before, auditFields(lines.lines(), contract));
    }

    /** The lines of {@code from} given to {@code to} (a renewal), with its discount on the whole. */
    static void copy(EntityManager em, ContractEntity from, ContractEntity to) {
        List<ContractLineEntity> lines = of(em, from.id());
        lines.forEach(line -> em.persist(line.copyFor(to.id())));
        to.lined(lines.size(), from.linesDiscount(), from.amount());
    }

    static ContractLines read(EntityManager em, ContractEntity contract, boolean amountVisible) {
        List<ContractLineEntity> lines = of(em, contract.id());
        LineTotals totals = LineTotals.of(lines.stream().map(ContractLineEntity::taxedNet).toList(), contract.linesDiscount());
        return new ContractLines(lines.stream().map(line -> line.toLine(amountVisible)).toList(), contract.linesDiscount(),
                amountVisible ? totals : null);
    }

    private static Map<String, Object> auditFields(List<ContractLineInput> lines, ContractEntity contract) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            fields.put("line " + (i + 1), lines.get(i).auditText());
        }
        fields.put("discountPercent", contract.linesDiscount().toPlainString());
        return fields;
    }
}
