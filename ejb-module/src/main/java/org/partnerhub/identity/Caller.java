package org.partnerhub.identity;

import org.partnerhub.audit.Actor;
import org.partnerhub.partner.Partner;

/**
 * Who calls a service for a partner: a person signed in to the pages ({@link PartnerUser}) or an
 * integration calling the API ({@link ApiClient}). Both meet the same roles, the same tenant rule
 * and the same audit: the services ask for a caller, not for a door.
 */
public interface Caller extends Actor {

    /** The partner the caller acts for: the tenant of every service it calls. */
    Partner getPartner();
}
