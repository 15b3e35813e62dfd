package org.partnerhub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ejb.EJB;
import jakarta.transaction.UserTransaction;
import java.util.List;
import javax.naming.InitialContext;
import org.junit.jupiter.api.Test;
import org.partnerhub.audit.Summary;
import org.partnerhub.identity.PartnerRole;
import org.partnerhub.it.Fixtures.TestPartner;
import org.partnerhub.notification.NotificationKind;
import org.partnerhub.notification.NotificationRow;
import org.partnerhub.notification.NotificationService;
import org.partnerhub.partner.PartnerType;
import org.partnerhub.partnership.PartnershipService;
import org.partnerhub.shared.BusinessException;

/** The notification centre: who is told, in the same transaction as the change, and each user's own. */
class NotificationsIT extends InContainerTest {

    @EJB
    NotificationService notifications;

    @EJB
    PartnershipService partnerships;

    @Test
    void aRequestTellsTheAnsweringSidesAdminsAndTheAnswerTellsTheAskingSide() {
        TestPartner provider = fixtures.newPartner(PartnerType.INDIRECT_PROVIDER);
        String agent = fixtures.newUser(provider, PartnerRole.ADMIN_AGENT);
        String sales = fixtures.newUser(provider, PartnerRole.SALES_AGENT);
        TestPartner reseller = fixtures.newPartner(PartnerType.INDIRECT_RESELLER);
        fixtures.signInAs(reseller.adminEmail());
        long partnership = partnerships.requestProviderWithMpnId(provider.mpnId());

        assertEquals(0, notifications.unreadCount(), "the asking side is not told of its own request");
        fixtures.signInAs(sales);
        assertEquals(0, notifications.unreadCount(), "a sales agent does not answer partnerships");
        fixtures.signInAs(agent);
        assertEquals(1, notifications.unreadCount());
        NotificationRow agents = notifications.page(null, 10).items().get(0);
        assertEquals(NotificationKind.PARTNERSHIP_REQUEST_RECEIVED, agents.kind());
        assertEquals(Summary.of("partner", reseller.name() + " (" + reseller.mpnId() + ")"), agents.summary());
        assertEquals("/partnership/indirect-resellers.xhtml", agents.link());

        // Each user's own: the Global admin has one of its own, and cannot open the agent's.
        fixtures.signInAs(provider.adminEmail());
        NotificationRow admins = notifications.page(null, 10).items().get(0);
        assertEquals(NotificationKind.PARTNERSHIP_REQUEST_RECEIVED, admins.kind());
        assertEquals("notification.notFound",
                assertThrows(BusinessException.class, () -> notifications.open(agents.id())).messageKey());
        assertEquals("/partnership/indirect-resellers.xhtml", notifications.open(admins.id()));
        assertEquals(0, notifications.unreadCount(), "opened is read");
        assertEquals(true, notifications.page(null, 10).items().get(0).read());

        fixtures.signInAs(agent);
        assertEquals(1, notifications.unreadCount(), "the admin's reading is not the agent's");
        assertEquals(1, notifications.markAllRead());
        assertEquals(0, notifications.unreadCount());

        partnerships.decline(partnership, "Only resellers in Brazil.");
        fixtures.signInAs(reseller.adminEmail());
        NotificationRow answer = notifications.page(null, 10).items().get(0);
        assertEquals(NotificationKind.PARTNERSHIP_DECLINED, answer.kind());
        assertEquals(Summary.of("partner", provider.name() + " (" + provider.mpnId() + ")")
                .and("reason", "Only resellers in Brazil."), answer.summary());
        assertEquals("/partnership/indirect-providers.xhtml", answer.link());
    }

    @Test
    void aChangeThatIsRolledBackTellsNobody() throws Exception {
        TestPartner provider = fixtures.newPartner(PartnerType.INDIRECT_PROVIDER);
        TestPartner reseller = fixtures.newPartner(PartnerType.INDIRECT_RESELLER);
        fixtures.signInAs(reseller.adminEmail());
        UserTransaction transaction = InitialContext.doLookup("java:comp/UserTransaction");

        transaction.begin();
        partnerships.requestProviderWithMpnId(provider.mpnId());
        transaction.rollback();

        fixtures.signInAs(provider.adminEmail());
        assertEquals(0, notifications.unreadCount(), "no request, no notification");
        assertEquals(List.of(), notifications.page(null, 10).items());
    }
}
