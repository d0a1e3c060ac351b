package org.mosaiccrm.sales.service.internal.opportunity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.mosaiccrm.platform.InputRefusedException;
import org.mosaiccrm.sales.OpportunityStatus;
import org.mosaiccrm.sales.Stage;

import jakarta.persistence.EntityManager;

/**
 * Replaces the stages of the sales process: checks the whole list first, then writes it in one
 * transaction. Shipped stages keep their codes (their names are texts); added ones get
 * {@code custom-<n>} codes, since history rows refer to stages by code for ever.
 */
final class StageSettings {

    static final int MAX_STAGES = 20;
    static final int MAX_NAME = 60;
    private static final String CUSTOM = "custom-";

    private StageSettings() {
    }

    /** Checks {@code wanted} against the stored stages; refusals carry a text key. */
    static List<Stage> check(List<Stage> wanted, Set<String> existing) {
        if (wanted.isEmpty()) {
            throw new InputRefusedException("sales.error.stages.none");
        }
        if (wanted.size() > MAX_STAGES) {
            throw new InputRefusedException("sales.error.stages.tooMany");
        }
        Set<String> codes = new HashSet<>();
        Set<String> names = new HashSet<>();
        List<Stage> checked = new ArrayList<>();
        for (Stage stage : wanted) {
            String code = stage.code() == null ? "" : stage.code().strip();
            String name = stage.name() == null ? "" : stage.name().strip();
            if (!code.isEmpty() && (!existing.contains(code) || !codes.add(code))) {
                throw new InputRefusedException("sales.error.stage");
            }
            if (code.isEmpty() && name.isEmpty()) {
                throw new InputRefusedException("sales.error.stages.name");
            }
            if (name.length() > MAX_NAME) {
                throw new InputRefusedException("sales.error.stages.nameTooLong");
            }
            if (!name.isEmpty() && !names.add(name.toLowerCase(Locale.ROOT))) {
                throw new InputRefusedException("sales.error.stages.duplicate");
            }
            if (stage.probability() < 0 || stage.probability() > 100) {
                throw new InputRefusedException("sales.error.probability");
            }
            checked.add(new Stage(code, name, stage.probability(), checked.size() + 1));
        }
        return checked;
    }

    /** Writes checked stages; refuses (before any write) to remove a stage open opportunities are in. */
    static void save(EntityManager em, List<Stage> checked) {
        Map<String, StageEntity> stored = em.createQuery("select s from StageEntity s", StageEntity.class).getResultList()
                .stream().collect(Collectors.toMap(StageEntity::code, Function.identity()));
        Set<String> kept = checked.stream().map(Stage::code).filter(code -> !code.isEmpty()).collect(Collectors.toSet());
        List<StageEntity> removed = stored.values().stream().filter(s -> !kept.contains(s.code())).toList();
        for (StageEntity stage : removed) {
            long open = em.createQuery("select count(o) from OpportunityEntity o where o.stageCode = :code and o.status = :open",
                    Long.class).setParameter("code", stage.code()).setParameter("open", OpportunityStatus.OPEN).getSingleResult();
            if (open > 0) {
                throw new InputRefusedException("sales.error.stages.inUse");
            }
        }
        removed.forEach(em::remove);
        Set<String> used = new HashSet<>(stored.keySet());
        used.addAll(em.createQuery("select distinct c.toStage from StageChangeEntity c where c.toStage like 'custom-%'", String.class)
                .getResultList());
        int next = nextCustomNumber(used);
        for (Stage stage : checked) {
            if (stage.code().isEmpty()) {
                em.persist(new StageEntity(CUSTOM + next++, stage.name(), stage.probability(), stage.position()));
            } else {
                stored.get(stage.code()).set(stage.name(), stage.probability(), stage.position());
            }
        }
    }

    private static int nextCustomNumber(Set<String> codes) {
        return codes.stream().filter(code -> code.startsWith(CUSTOM)).mapToInt(code -> {
            try {
                return Integer.parseInt(code.substring(CUSTOM.length()));
            } catch (NumberFormatException notOurs) {
                return 0;
            }
        }).max().orElse(0) + 1;
    }
}
