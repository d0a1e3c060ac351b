package org.mosaiccrm.example.notes;

import java.time.Instant;

/**
 * A note as other bundles see it.
 *
 * @param id      its id
 * @param text    what it says
 * @param created when it was written
 */
public record Note(long id, String text, Instant created) {
}
