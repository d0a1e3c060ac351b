package org.mosaiccrm.sales.service.internal.opportunity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mosaiccrm.platform.InputRefusedException;
import org.mosaiccrm.sales.Stage;

/** A manager's stage list is checked as a whole before anything is written. */
class StageSettingsTest {

    private static final Set<String> STORED = Set.of("qualify", "proposal");

    @Test
    void positionsFollowTheListAndNamesAreTrimmed() {
        List<Stage> checked = StageSettings.check(List.of(new Stage("proposal", 40, 9), new Stage("", " 技术交流 ", 30, 1),
                new Stage("qualify", "", 5, 2)), STORED);
        assertEquals(List.of(new Stage("proposal", "", 40, 1), new Stage("", "技术交流", 30, 2), new Stage("qualify", "", 5, 3)),
                checked);
    }

    @Test
    void badListsAreRefusedWithATextKey() {
        assertRefused("sales.error.stages.none", List.of());
        assertRefused("sales.error.stages.tooMany", Collections.nCopies(21, new Stage("", "x", 1, 1)));
        assertRefused("sales.error.stage", List.of(new Stage("unknown", 10, 1)));
        assertRefused("sales.error.stage", List.of(new Stage("qualify", 10, 1), new Stage("qualify", 20, 2)));
        assertRefused("sales.error.stages.name", List.of(new Stage("", " ", 10, 1)));
        assertRefused("sales.error.stages.duplicate", List.of(new Stage("", "Demo", 10, 1), new Stage("", "demo", 20, 2)));
        assertRefused("sales.error.probability", List.of(new Stage("qualify", 101, 1)));
        assertRefused("sales.error.stages.nameTooLong", List.of(new Stage("", "x".repeat(61), 10, 1)));
    }

    private static void assertRefused(String key, List<Stage> stages) {
        InputRefusedException refused = assertThrows(InputRefusedException.class, () -> StageSettings.check(stages, STORED));
        assertEquals(key, refused.getMessage());
    }
}
