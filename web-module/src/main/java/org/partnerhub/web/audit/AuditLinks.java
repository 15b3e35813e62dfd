package org.partnerhub.web.audit;

import org.partnerhub.audit.AuditAction;
import org.partnerhub.audit.AuditRecord;
import org.partnerhub.identity.Me;
import org.partnerhub.partner.PartnerType;
import org.partnerhub.web.shell.Workspace;

/**
 * Where an audit log row leads: the page of what the event concerns, as far as the event lets
 * one know it, and only a page the reader may open (the API clients are a Global admin's). A
 * subscription's or a referral's own page when the event keeps its id; the customer's account,
 * on the tab the action is about, when it keeps the customer's; else the workspace where such
 * things are done (partnerships, users, the catalog). Nothing for what has no page: a sign-in,
 * an email sent.
 */
final class AuditLinks {

    private static final String ACCOUNT = "/customer/account.xhtml?customer=";

    private AuditLinks() {
    }

    /** The page with its query ("/x.xhtml?y=1"), or null. */
    static String of(AuditRecord event, Me reader) {
        String link = link(event, reader.partnerType());
        if (link == null) {
            return null;
        }
        String page = link.contains("?") ? link.substring(0, link.indexOf('?')) : link;
        return Workspace.at(page).filter(workspace -> workspace.allows(reader)).isPresent() ? link : null;
    }

    private static String link(AuditRecord event, PartnerType readersType) {
        Long subject = event.subjectId();
        if (subject != null) {
            switch (event.action().subject()) {
                case SUBSCRIPTION:
                    return "/subscription/subscription.xhtml?subscription=" + subject;
                case REFERRAL:
                    return "/referral/referral.xhtml?id=" + subject;
                case NONE:
                    break;
            }
        }
        Long customer = event.customerId();
        return switch (event.action()) {
            case PARTNERSHIP_REQUESTED, PARTNERSHIP_LINK_RENEWED, PARTNERSHIP_ACCEPTED, PARTNERSHIP_DECLINED,
                    PARTNERSHIP_REVOKED, PARTNERSHIP_ENDED -> partnerships(readersType);
            case RELATIONSHIP_INVITED, INVITATION_RESENT, INVITATION_REVOKED, INVITATION_DECLINED ->
                    "/relationship/invitations.xhtml";
            case TRANSFER_REQUESTED, TRANSFER_APPROVED, TRANSFER_REJECTED -> "/subscription/transfers.xhtml";
            case USER_ADDED, ROLES_CHANGED, USER_DEACTIVATED, USER_UNLOCKED -> "/partner/users.xhtml";
            case API_CLIENT_REGISTERED, API_CLIENT_SECRET_ROTATED, API_CLIENT_DISABLED, API_CLIENT_ENABLED,
                    API_CLIENT_DELETED -> "/partner/api-clients.xhtml";
            case PARTNER_REGISTERED, PROFILE_CHANGED -> "/partner/business-profile.xhtml";
            case CATALOG_LOADED, OFFER_HIDDEN, OFFER_SHOWN -> "/subscription/catalog.xhtml";
            case REFERRALS_IMPORTED -> "/referral/referrals.xhtml";
            case CUSTOMER_USER_ADDED, CUSTOMER_USER_PASSWORD_RESET, CUSTOMER_USER_BLOCKED, CUSTOMER_USER_UNBLOCKED,
                    CUSTOMER_USER_DELETED, LICENSE_ASSIGNED, LICENSE_REMOVED, USERS_IMPORTED ->
                    customer == null ? null : "/customer/users.xhtml?customer=" + customer;
            case ORDER_SUBMITTED, SUBSCRIPTION_ATTRIBUTED, LICENSES_CHANGED, SUBSCRIPTION_SUSPENDED,
                    SUBSCRIPTION_REACTIVATED, SUBSCRIPTION_CANCELLED, SUBSCRIPTION_UPGRADED ->
                    customer == null ? null : ACCOUNT + customer + "&tab=1";
            case ADMIN_RELATIONSHIP_REQUESTED, ADMIN_RELATIONSHIP_APPROVED, ADMIN_RELATIONSHIP_DECLINED,
                    ADMIN_RELATIONSHIP_TERMINATED, LEGACY_ADMIN_REMOVED ->
                    customer == null ? null : ACCOUNT + customer + "&tab=3";
            default -> customer == null ? null : ACCOUNT + customer;
        };
    }

    /** A provider's partnerships are with resellers, a reseller's with providers; a direct reseller has none. */
    private static String partnerships(PartnerType readersType) {
        return switch (readersType) {
            case INDIRECT_PROVIDER -> "/partnership/indirect-resellers.xhtml";
            case INDIRECT_RESELLER -> "/partnership/indirect-providers.xhtml";
            default -> null;
        };
    }
}
