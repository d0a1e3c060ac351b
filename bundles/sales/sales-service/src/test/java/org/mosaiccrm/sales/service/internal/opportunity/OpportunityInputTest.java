package org.mosaiccrm.sales.service.internal.opportunity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.mosaiccrm.platform.InputRefusedException;
import org.mosaiccrm.sales.NewOpportunity;

/** A new opportunity is checked before anything is written; refusals name a text the page translates. */
class OpportunityInputTest {

    private static NewOpportunity of(String name, String amount, String currency) {
        return new NewOpportunity(7, name, "", amount == null ? null : new BigDecimal(amount), currency, null, " ", "");
    }

    @Test
    void defaultsAndTrimming() {
        OpportunityInput.Checked checked = OpportunityInput.check(of("  二期扩产设备 ", "1200000.5", ""), "qualify");
        assertEquals("二期扩产设备", checked.name());
        assertEquals("qualify", checked.stageCode());
        assertEquals("CNY", checked.currency());
        assertEquals(new BigDecimal("1200000.50"), checked.amount());
        assertEquals("", checked.competitors());
    }

    @Test
    void badInputIsRefusedWithATextKey() {
        assertEquals("sales.error.name", assertThrows(InputRefusedException.class, () -> OpportunityInput.check(of(" ", "1", ""), "q")).getMessage());
        assertEquals("sales.error.amount", assertThrows(InputRefusedException.class, () -> OpportunityInput.check(of("x", "-1", ""), "q")).getMessage());
        assertEquals("sales.error.amount", assertThrows(InputRefusedException.class, () -> OpportunityInput.check(of("x", "0.001", ""), "q")).getMessage());
        assertEquals("sales.error.currency", assertThrows(InputRefusedException.class, () -> OpportunityInput.check(of("x", "1", "RMB1"), "q")).getMessage());
        assertEquals("sales.error.lostReason", assertThrows(InputRefusedException.class, () -> OpportunityInput.reason("  ")).getMessage());
    }
}
