package org.partnerhub.web.home;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.partnerhub.activity.AuditLogQueries;
import org.partnerhub.audit.AuditEntry;
import org.partnerhub.dashboard.Dashboard;
import org.partnerhub.dashboard.DashboardQueries;
import org.partnerhub.dashboard.Waiting;
import org.partnerhub.dashboard.WaitingForYou;
import org.partnerhub.identity.PartnerRole;
import org.partnerhub.partner.PartnerType;
import org.partnerhub.web.shell.LanguageSwitch;
import org.partnerhub.web.shell.SignedInUser;
import org.partnerhub.web.shell.Workspace;

/**
 * Home: a greeting, the partner's dashboard (figures with their trends, charts whose figures
 * download as CSV), what waits for the user, and, for Global admins and Admin agents, the
 * partner's latest activity without the sign-ins.
 */
@Named
@RequestScoped
public class HomePage {

    private static final int RECENT_EVENTS = 10;
    private static final DateTimeFormatter COUNTED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @EJB
    AuditLogQueries auditLog;

    @Inject
    DashboardQueries dashboards;

    @Inject
    SignedInUser signedInUser;

    @Inject
    LanguageSwitch languageSwitch;

    private Dashboard dashboard;
    private WaitingForYou waiting;
    private List<AuditEntry> recentActivity;
    private final Map<DashboardChart, String> configs = new EnumMap<>(DashboardChart.class);

    public Dashboard getDashboard() {
        if (dashboard == null) {
            dashboard = dashboards.dashboard();
        }
        return dashboard;
    }

    public WaitingForYou getWaiting() {
        if (waiting == null) {
            waiting = dashboards.waitingForYou();
        }
        return waiting;
    }

    /** Where the user acts on what waits: its page, or the list of ending admin relationships below. */
    public String linkTo(Waiting item) {
        return switch (item.kind()) {
            case PARTNERSHIP_REQUESTS -> (signedInUser.getMe().partnerType() == PartnerType.INDIRECT_PROVIDER
                    ? Workspace.INDIRECT_RESELLERS : Workspace.INDIRECT_PROVIDERS).getViewId();
            case TRANSFERS -> Workspace.TRANSFERS.getViewId();
            case INVITATIONS_EXPIRING -> Workspace.INVITATIONS.getViewId();
            case ADMIN_RELATIONSHIPS_ENDING -> Workspace.HOME.getViewId() + "#expiring";
            case REFERRALS -> Workspace.REFERRALS.getViewId();
        };
    }

    /** The partners figure names the other side of the channel: a provider's resellers, a reseller's providers. */
    public String getPartnersLabelKey() {
        return switch (signedInUser.getMe().partnerType()) {
            case INDIRECT_PROVIDER -> Workspace.INDIRECT_RESELLERS.getLabelKey();
            case INDIRECT_RESELLER -> Workspace.INDIRECT_PROVIDERS.getLabelKey();
            case DIRECT_RESELLER -> null;
        };
    }

    /** When the figures were counted, as the page writes times (UTC). */
    public String getCountedAt() {
        return COUNTED_AT.format(getDashboard().countedAt());
    }

    public boolean isProvider() {
        return signedInUser.getMe().partnerType() == PartnerType.INDIRECT_PROVIDER;
    }

    public String chartConfig(DashboardChart chart) {
        return configs.computeIfAbsent(chart, which -> which.config(getDashboard(), languageSwitch.getLocale()));
    }

    public boolean isEmpty(DashboardChart chart) {
        return chart.isEmpty(getDashboard());
    }

    /** A chart's figures as a CSV file, in the page's language. */
    public void download(DashboardChart chart) {
        chart.download(getDashboard(), languageSwitch.getLocale());
    }

    public boolean isMaySeeActivity() {
        return signedInUser.getMe().hasAny(PartnerRole.GLOBAL_ADMIN, PartnerRole.ADMIN_AGENT);
    }

    public List<AuditEntry> getRecentActivity() {
        if (recentActivity == null) {
            recentActivity = isMaySeeActivity() ? auditLog.latestWithoutSignIns(RECENT_EVENTS) : List.of();
        }
        return recentActivity;
    }
}
