package org.mosaiccrm.platform.approval;

import java.time.LocalDate;

/** While its user is away, from and to inclusive, their approval tasks go to the deputy. */
public record ApprovalDelegation(long deputyId, LocalDate from, LocalDate to) {
}
