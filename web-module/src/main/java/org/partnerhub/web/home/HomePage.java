package org.partnerhub.web.home;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.partnerhub.activity.AuditLogQueries;
import org.partnerhub.adminrelationship.AdminRelationshipRow;
import org.partnerhub.adminrelationship.AdminRelationshipService;
import org.partnerhub.audit.AuditEntry;
import org.partnerhub.identity.PartnerRole;
import org.partnerhub.web.shell.SignedInUser;

/**
 * Home: a greeting, the partner's admin relationships that end within 30 days (if any), and,
 * for Global admins and Admin agents, the partner's latest activity.
 */
@Named
@RequestScoped
public class HomePage {

    private static final int RECENT_EVENTS = 20;

    @EJB
    AuditLogQueries auditLog;

    @Inject
    SignedInUser signedInUser;

    @Inject
    AdminRelationshipService adminRelationships;

    private List<AuditEntry> recentActivity;
    private List<AdminRelationshipRow> expiring;

    public boolean isMaySeeActivity() {
        return signedInUser.getMe().has(PartnerRole.GLOBAL_ADMIN) || signedInUser.getMe().has(PartnerRole.ADMIN_AGENT);
    }

    /** Admin relationships about to end without extending themselves: renew them in time. */
    public List<AdminRelationshipRow> getExpiring() {
        if (expiring == null) {
            expiring = adminRelationships.expiringSoon();
        }
        return expiring;
    }

    public List<AuditEntry> getRecentActivity() {
        if (recentActivity == null) {
            recentActivity = isMaySeeActivity() ? auditLog.latest(RECENT_EVENTS) : List.of();
        }
        return recentActivity;
    }
}
