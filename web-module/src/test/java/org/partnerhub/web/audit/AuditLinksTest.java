package org.partnerhub.web.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDateTime;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.partnerhub.audit.AuditAction;
import org.partnerhub.audit.AuditRecord;
import org.partnerhub.identity.Me;
import org.partnerhub.identity.PartnerRole;
import org.partnerhub.partner.PartnerType;
import org.partnerhub.shared.Language;

class AuditLinksTest {

    private static final Me ADMIN = me(PartnerType.INDIRECT_PROVIDER, PartnerRole.GLOBAL_ADMIN);

    @Test
    void aSubscriptionsOwnChangeOpensTheSubscription() {
        assertEquals("/subscription/subscription.xhtml?subscription=7",
                AuditLinks.of(event(AuditAction.LICENSES_CHANGED, 3L, 7L), ADMIN));
    }

    @Test
    void aReferralsStepOpensTheReferralEvenOnceItBecameACustomer() {
        assertEquals("/referral/referral.xhtml?id=5", AuditLinks.of(event(AuditAction.REFERRAL_CUSTOMER_ADDED, 3L, 5L), ADMIN));
    }

    @Test
    void anEventAboutACustomerOpensItsAccountOnTheTabOfWhatHappened() {
        assertEquals("/customer/account.xhtml?customer=3", AuditLinks.of(event(AuditAction.ACCOUNT_UPDATED, 3L, null), ADMIN));
        assertEquals("/customer/account.xhtml?customer=3&tab=1",
                AuditLinks.of(event(AuditAction.ORDER_SUBMITTED, 3L, null), ADMIN));
        // Recorded before events kept their subscription: the customer's subscriptions.
        assertEquals("/customer/account.xhtml?customer=3&tab=1",
                AuditLinks.of(event(AuditAction.SUBSCRIPTION_SUSPENDED, 3L, null), ADMIN));
        assertEquals("/customer/account.xhtml?customer=3&tab=3",
                AuditLinks.of(event(AuditAction.ADMIN_RELATIONSHIP_APPROVED, 3L, null), ADMIN));
        assertEquals("/customer/users.xhtml?customer=3", AuditLinks.of(event(AuditAction.CUSTOMER_USER_ADDED, 3L, null), ADMIN));
    }

    @Test
    void partnershipsOpenTheReadersOwnPartnershipPage() {
        assertEquals("/partnership/indirect-resellers.xhtml",
                AuditLinks.of(event(AuditAction.PARTNERSHIP_ACCEPTED, null, null), ADMIN));
        assertEquals("/partnership/indirect-providers.xhtml", AuditLinks.of(event(AuditAction.PARTNERSHIP_ACCEPTED, null, null),
                me(PartnerType.INDIRECT_RESELLER, PartnerRole.ADMIN_AGENT)));
        assertNull(AuditLinks.of(event(AuditAction.PARTNERSHIP_ACCEPTED, null, null),
                me(PartnerType.DIRECT_RESELLER, PartnerRole.GLOBAL_ADMIN)));
    }

    @Test
    void aPageTheReaderMayNotOpenIsNoLink() {
        assertEquals("/partner/api-clients.xhtml", AuditLinks.of(event(AuditAction.API_CLIENT_DISABLED, null, null), ADMIN));
        assertNull(AuditLinks.of(event(AuditAction.API_CLIENT_DISABLED, null, null),
                me(PartnerType.INDIRECT_PROVIDER, PartnerRole.ADMIN_AGENT)), "the API clients are a Global admin's");
    }

    @Test
    void whatHasNoPageIsNoLink() {
        assertNull(AuditLinks.of(event(AuditAction.SIGNED_IN, null, null), ADMIN));
        assertNull(AuditLinks.of(event(AuditAction.MAIL_QUEUED, null, null), ADMIN));
        assertNull(AuditLinks.of(event(AuditAction.ACCOUNT_UPDATED, null, null), ADMIN), "a customer unknown by id");
    }

    private static AuditRecord event(AuditAction action, Long customerId, Long subjectId) {
        return new AuditRecord(1, LocalDateTime.of(2026, 1, 2, 3, 4), "ana@contoso.example", action, "target", null,
                customerId, subjectId);
    }

    private static Me me(PartnerType type, PartnerRole role) {
        return new Me("someone@partner.example", "Someone", EnumSet.of(role), Language.EN, 1L, "Partner", type);
    }
}
