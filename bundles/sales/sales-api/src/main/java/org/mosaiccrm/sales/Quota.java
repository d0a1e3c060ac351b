package org.mosaiccrm.sales;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * What one owner is to win in one month, in one currency.
 *
 * @param ownerName the owner's display name (ignored when saving)
 * @param amount    {@code 0} for none
 */
public record Quota(long ownerId, String ownerName, YearMonth month, String currency, BigDecimal amount) {
}
