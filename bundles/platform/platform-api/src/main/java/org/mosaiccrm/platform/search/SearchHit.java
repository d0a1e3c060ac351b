package org.mosaiccrm.platform.search;

/**
 * One result of the global search.
 *
 * @param title    main text, e.g. the customer's name
 * @param subtitle second line, e.g. an email or a city; may be empty
 * @param route    where the UI navigates on click, e.g. {@code customers/42}
 */
public record SearchHit(String title, String subtitle, String route) {
}
