package org.partnerhub.web.shell;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.partnerhub.identity.Me;
import org.partnerhub.identity.PartnerRole;
import org.partnerhub.partner.PartnerType;

/**
 * The pages behind the menu's entries and who may open them. The menu shows an entry only to those it allows,
 * and {@link WorkspaceAccessFilter} answers 403 to everyone else: one table for both. The
 * services' {@code @RolesAllowed} stay the real guard behind both.
 */
public enum Workspace {
    HOME("/index.xhtml", "pi pi-home", roles(PartnerRole.values()), types(PartnerType.values())),
    CUSTOMERS("/customer/customers.xhtml", "pi pi-briefcase", roles(PartnerRole.values()),
            types(PartnerType.values())),
    NEW_CUSTOMER("/customer/new-customer.xhtml", CUSTOMERS,
            roles(PartnerRole.GLOBAL_ADMIN, PartnerRole.ADMIN_AGENT, PartnerRole.SALES_AGENT)),
    CUSTOMER_ACCOUNT("/customer/account.xhtml", CUSTOMERS, roles(PartnerRole.values())),
    CUSTOMER_USERS("/customer/users.xhtml", CUSTOMERS, roles(PartnerRole.values())),
    IMPORT_USERS("/customer/import-users.xhtml", CUSTOMERS, roles(PartnerRole.GLOBAL_ADMIN, PartnerRole.ADMIN_AGENT)),
    REQUEST_ADMIN_RELATIONSHIP("/customer/request-admin-relationship.xhtml", CUSTOMERS,
            roles(PartnerRole.GLOBAL_ADMIN, PartnerRole.ADMIN_AGENT)),
    INVITATIONS("/relationship/invitations.xhtml", CUSTOMERS, roles(PartnerRole.GLOBAL_ADMIN, PartnerRole.ADMIN_AGENT)),
    RELATIONSHIP_INVITE("/relationship/invite.xhtml", CUSTOMERS,
            roles(PartnerRole.GLOBAL_ADMIN, PartnerRole.ADMIN_AGENT)),
    INDIRECT_RESELLERS("/partnership/indirect-resellers.xhtml", "pi pi-sitemap",
            roles(PartnerRole.GLOBAL_ADMIN, PartnerRole.ADMIN_AGENT, PartnerRole.SALES_AGENT),
            types(PartnerType.INDIRECT_PROVIDER)),
    INDIRECT_PROVIDERS("/partnership/indirect-providers.xhtml", "pi pi-sitemap",
            roles(PartnerRole.GLOBAL_ADMIN, PartnerRole.ADMIN_AGENT, PartnerRole.SALES_AGENT),
            types(PartnerType.INDIRECT_RESELLER)),
    PARTNERSHIP_REQUEST("/partnership/request.xhtml", INDIRECT_RESELLERS,
            roles(PartnerRole.GLOBAL_ADMIN, PartnerRole.ADMIN_AGENT)),
    /**
     * Where a request link leads: under the reseller's Indirect providers, but open to every
     * partner, so that the wrong one is told why it cannot accept (its menu highlights nothing).
     */
    PARTNERSHIP_INVITATION("/partnership/accept.xhtml", INDIRECT_PROVIDERS, roles(PartnerRole.values()),
            types(PartnerType.values())),
    SUBSCRIPTION("/subscription/subscription.xhtml", CUSTOMERS, roles(PartnerRole.values())),
    /** The bell's list: every user's own, reached from the top bar rather than the menu. */
    NOTIFICATIONS("/notification/notifications.xhtml", HOME, roles(PartnerRole.values())),
    TRANSFERS("/subscription/transfers.xhtml", "pi pi-arrow-right-arrow-left",
            roles(PartnerRole.GLOBAL_ADMIN, PartnerRole.ADMIN_AGENT), types(PartnerType.values())),
    REQUEST_TRANSFER("/subscription/request-transfer.xhtml", CUSTOMERS,
            roles(PartnerRole.GLOBAL_ADMIN, PartnerRole.ADMIN_AGENT)),
    REFERRALS("/referral/referrals.xhtml", "pi pi-flag", roles(PartnerRole.values()), types(PartnerType.values())),
    NEW_REFERRAL("/referral/new-referral.xhtml", REFERRALS,
            roles(PartnerRole.GLOBAL_ADMIN, PartnerRole.ADMIN_AGENT, PartnerRole.SALES_AGENT)),
    REFERRAL("/referral/referral.xhtml", REFERRALS, roles(PartnerRole.values())),
    IMPORT_REFERRALS("/referral/import-referrals.xhtml", REFERRALS,
            roles(PartnerRole.GLOBAL_ADMIN, PartnerRole.ADMIN_AGENT, PartnerRole.SALES_AGENT)),
    CATALOG("/subscription/catalog.xhtml", "pi pi-th-large", roles(PartnerRole.values()), types(PartnerType.values())),
    /** The partner's whole audit log, filtered and exported; for those who answer for the partner's accounts. */
    AUDIT_LOG("/audit/audit-log.xhtml", "pi pi-history", roles(PartnerRole.GLOBAL_ADMIN, PartnerRole.ADMIN_AGENT),
            types(PartnerType.values())),
    USERS("/partner/users.xhtml", "pi pi-users", roles(PartnerRole.GLOBAL_ADMIN, PartnerRole.ADMIN_AGENT),
            types(PartnerType.values())),
    API_CLIENTS("/partner/api-clients.xhtml", USERS, roles(PartnerRole.GLOBAL_ADMIN)),
    BUSINESS_PROFILE("/partner/business-profile.xhtml", "pi pi-id-card", roles(PartnerRole.values()),
            types(PartnerType.values()));

    private final String viewId;
    private final String icon;
    private final Set<PartnerRole> roles;
    private final Set<PartnerType> partnerTypes;
    private final Workspace menuEntry;

    Workspace(String viewId, String icon, Set<PartnerRole> roles, Set<PartnerType> partnerTypes) {
        this.viewId = viewId;
        this.icon = icon;
        this.roles = roles;
        this.partnerTypes = partnerTypes;
        this.menuEntry = null;
    }

    /** A page opened from another workspace's page, shown under that workspace's menu entry. */
    Workspace(String viewId, Workspace menuEntry, Set<PartnerRole> roles) {
        this(viewId, menuEntry, roles, menuEntry.partnerTypes);
    }

    /** The same, for partner types the menu entry itself is not for. */
    Workspace(String viewId, Workspace menuEntry, Set<PartnerRole> roles, Set<PartnerType> partnerTypes) {
        this.viewId = viewId;
        this.icon = menuEntry.icon;
        this.roles = roles;
        this.partnerTypes = partnerTypes;
        this.menuEntry = menuEntry;
    }

    public boolean isInMenu() {
        return menuEntry == null;
    }

    /** The menu entry to highlight while this page is open. */
    public Workspace menuEntry() {
        return menuEntry == null ? this : menuEntry;
    }

    public boolean allows(Me me) {
        return partnerTypes.contains(me.partnerType()) && me.roles().stream().anyMatch(roles::contains);
    }

    public static Optional<Workspace> at(String viewId) {
        return Arrays.stream(values()).filter(w -> w.viewId.equals(viewId)).findFirst();
    }

    public String getViewId() {
        return viewId;
    }

    public String getIcon() {
        return icon;
    }

    public String getLabelKey() {
        return "menu." + name();
    }

    private static Set<PartnerRole> roles(PartnerRole... roles) {
        return EnumSet.copyOf(Arrays.asList(roles));
    }

    private static Set<PartnerType> types(PartnerType... types) {
        return EnumSet.copyOf(Arrays.asList(types));
    }
}
