/**
 * What a module's Jakarta REST resources use to look like every other: the path and limits of the
 * API ({@link org.mosaiccrm.platform.rest.Api}), keyset cursors ({@link org.mosaiccrm.platform.rest.Cursor}),
 * versions as ETags with {@code If-Match} required for changes ({@link org.mosaiccrm.platform.rest.Versions})
 * rows created in bulk as one import run ({@link org.mosaiccrm.platform.rest.ImportResult}),
 * and refusals the platform turns into {@code application/problem+json}
 * ({@link org.mosaiccrm.platform.rest.ApiProblem}). A resource is a DS component with
 * {@code @JakartarsResource} rooted at {@code @Path(Api.V1)}, its paths named on its methods;
 * the platform authenticates the caller (an API token) before it runs, so every service call it makes
 * is checked as for that user.
 */
@org.osgi.annotation.versioning.Version("1.1.0")
package org.mosaiccrm.platform.rest;
