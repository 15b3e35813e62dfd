package org.partnerhub.web.home;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.partnerhub.activity.AuditLogQueries;
import org.partnerhub.audit.AuditEntry;
import org.partnerhub.identity.PartnerRole;
import org.partnerhub.web.shell.SignedInUser;

/** Home: a greeting and, for Global admins and Admin agents, the partner's latest activity. */
@Named
@RequestScoped
public class HomePage {

    private static final int RECENT_EVENTS = 20;

    @EJB
    AuditLogQueries auditLog;

    @Inject
    SignedInUser signedInUser;

    private List<AuditEntry> recentActivity;

    public boolean isMaySeeActivity() {
        return signedInUser.getMe().has(PartnerRole.GLOBAL_ADMIN) || signedInUser.getMe().has(PartnerRole.ADMIN_AGENT);
    }

    public List<AuditEntry> getRecentActivity() {
        if (recentActivity == null) {
            recentActivity = isMaySeeActivity() ? auditLog.latest(RECENT_EVENTS) : List.of();
        }
        return recentActivity;
    }
}
