/**
 * The API door: Jakarta REST resources under {@code /partnerhub/api}, wire-compatible with
 * Partner Center's REST API v1 where it has a shape, in the same style where it has none. A
 * resource maps HTTP to a service call and back; the services hold the rules, so the API meets
 * the same roles, tenant rule and audit as the pages.
 */
package org.partnerhub.web.api;
