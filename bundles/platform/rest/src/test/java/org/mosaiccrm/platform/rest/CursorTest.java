package org.mosaiccrm.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.mosaiccrm.platform.InputRefusedException;

class CursorTest {

    @Test
    void aCursorComesBackAsItWasGivenOutWhateverItsKeyHolds() {
        Cursor cursor = new Cursor("上海:云帆 贸易", 42);
        assertEquals(cursor, Cursor.decode(cursor.encode()));
        assertEquals(new Cursor("", 7), Cursor.decode(new Cursor(null, 7).encode()));
        assertNull(Cursor.decode(null));
        assertNull(Cursor.decode(" "));
    }

    @Test
    void aCursorNoPageGaveOutIsRefusedForItsField() {
        assertEquals("after", assertThrows(InputRefusedException.class, () -> Cursor.decode("!!")).field());
        assertEquals("api.error.cursor", assertThrows(InputRefusedException.class, () -> Cursor.decode("bm9jb2xvbg")).getMessage());
    }

    @Test
    void aLimitIsBetweenOneAndTheMaximum() {
        assertEquals(Api.DEFAULT_LIMIT, Api.limit(null));
        assertEquals(200, Api.limit(200));
        assertEquals("limit", assertThrows(InputRefusedException.class, () -> Api.limit(0)).field());
        assertThrows(InputRefusedException.class, () -> Api.limit(201));
    }
}
