package org.mosaiccrm.sales.service.internal.lead;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.mosaiccrm.platform.InputRefusedException;
import org.mosaiccrm.sales.LeadGrade;
import org.mosaiccrm.sales.NewLead;

class LeadInputTest {

    private static NewLead lead(String name, String email, String phone, int score) {
        return new NewLead(name, " 宁波海纳精工 ", "", email, phone, "", null, score, "", null);
    }

    @Test
    void aLeadNeedsANameAndAWayToReachThePerson() {
        assertEquals("sales.error.lead.name", assertThrows(InputRefusedException.class,
                () -> LeadInput.check(lead(" ", "a@b.cn", "", 0))).getMessage());
        InputRefusedException unreachable = assertThrows(InputRefusedException.class,
                () -> LeadInput.check(lead("王芳", "", "", 0)));
        assertEquals("sales.error.lead.reachable", unreachable.getMessage());
        assertEquals("EMAIL", unreachable.field());
        LeadInput.Checked checked = LeadInput.check(lead(" 王芳 ", "", "0574-8888 1234", 0));
        assertEquals("王芳", checked.name());
        assertEquals("宁波海纳精工", checked.company());
        assertEquals(LeadGrade.WARM, checked.grade(), "warm unless said");
    }

    @Test
    void emailPhoneAndScoreFollowTheRulesOfTheCustomerCore() {
        assertEquals("sales.error.lead.email", assertThrows(InputRefusedException.class,
                () -> LeadInput.check(lead("王芳", "wang.fang@", "", 0))).getMessage());
        assertEquals("sales.error.lead.phone", assertThrows(InputRefusedException.class,
                () -> LeadInput.check(lead("王芳", "", "电话待定", 0))).getMessage());
        assertEquals("sales.error.lead.score", assertThrows(InputRefusedException.class,
                () -> LeadInput.check(lead("王芳", "a@b.cn", "", 101))).getMessage());
        assertEquals("sales.error.lead.tooLong", assertThrows(InputRefusedException.class,
                () -> LeadInput.check(lead("王".repeat(101), "a@b.cn", "", 0))).getMessage());
    }

    @Test
    void importedGradesAndScoresAreReadAsPeopleWriteThem() {
        assertEquals(LeadGrade.HOT, LeadInput.grade("热"));
        assertEquals(LeadGrade.COLD, LeadInput.grade(" Cold "));
        assertNull(LeadInput.grade(""));
        assertEquals("GRADE", assertThrows(InputRefusedException.class, () -> LeadInput.grade("滚烫")).field());
        assertEquals(0, LeadInput.score(""));
        assertEquals(85, LeadInput.score(" 85 "));
        assertEquals("SCORE", assertThrows(InputRefusedException.class, () -> LeadInput.score("高")).field());
    }

    @Test
    void duplicateKeysIgnoreCaseAndPhoneFormatting() {
        assertEquals("wang@haina.cn", LeadInput.emailKey("Wang@HaiNa.cn"));
        assertEquals("8657488881234", LeadInput.phoneKey("+86 (0574) 8888-1234".replace("(0574)", "574")));
        assertEquals("abc123", LeadInput.textKey("ＡＢＣ１２３"));
    }
}
