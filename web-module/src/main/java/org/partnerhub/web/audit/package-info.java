/**
 * The audit log workspace: a partner's whole log, filtered and paged by the database, each row
 * linked to what it concerns, and exported as the user's filter left it.
 */
package org.partnerhub.web.audit;
