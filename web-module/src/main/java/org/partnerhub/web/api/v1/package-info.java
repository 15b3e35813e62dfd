/**
 * Partner Center's REST API v1, as {@code ../shared/PARTNER-CENTER-API.md} writes it down: the
 * paths, JSON fields, enum spellings and statuses that Microsoft's Java SDK sends and reads.
 */
package org.partnerhub.web.api.v1;
