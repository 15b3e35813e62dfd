package org.partnerhub.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.logging.Logger;
import org.partnerhub.identity.NewPartnerUser;
import org.partnerhub.identity.PartnerRole;
import org.partnerhub.partner.Partner;
import org.partnerhub.partner.PartnerRegistration;
import org.partnerhub.partner.PartnerType;
import org.partnerhub.partner.ProfileChange;
import org.partnerhub.shared.Language;
import org.partnerhub.shared.Settings;

/**
 * Loads the demo partners and users of the README when {@code PARTNERHUB_DEMO_DATA=true} and the
 * database holds no partner yet. The run command switches it on; a production deployment
 * leaves it off, and then this does nothing at all.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class DemoData {

    /** The README documents this password next to the demo users; it is demo data, not a secret. */
    static final String DEMO_PASSWORD = "Demo-Partner-2026";
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @PersistenceContext
    EntityManager em;

    @EJB
    PartnerRegistration registration;

    @PostConstruct
    void loadIntoEmptyDatabase() {
        if (!Settings.DEMO_DATA.isTrue()) {
            return;
        }
        long partners = em.createQuery("select count(p) from Partner p", Long.class).getSingleResult();
        if (partners > 0) {
            LOG.info("Demo data: the database already holds partners, nothing loaded");
            return;
        }
        Partner contoso = partner(PartnerType.INDIRECT_PROVIDER, "Contoso Distribution", "1000001", "US",
                "partners@contoso.example", "https://contoso.example", Language.EN);
        user(contoso, "ana@contoso.example", "Ana Souza", Language.EN, PartnerRole.GLOBAL_ADMIN);
        user(contoso, "bruno@contoso.example", "Bruno Costa", Language.EN, PartnerRole.ADMIN_AGENT);
        user(contoso, "carla@contoso.example", "Carla Mendes", Language.EN, PartnerRole.SALES_AGENT);
        user(contoso, "diego@contoso.example", "Diego Ramos", Language.ES, PartnerRole.HELPDESK_AGENT);
        Partner fabrikam = partner(PartnerType.INDIRECT_RESELLER, "Fabrikam Solutions", "2000001", "BR",
                "contact@fabrikam.example", "https://fabrikam.example", Language.PT_BR);
        user(fabrikam, "elena@fabrikam.example", "Elena Silva", Language.PT_BR, PartnerRole.GLOBAL_ADMIN);
        Partner northwind = partner(PartnerType.INDIRECT_RESELLER, "Northwind IT", "2000002", "MX",
                "hello@northwind.example", "https://northwind.example", Language.ES);
        user(northwind, "felipe@northwind.example", "Felipe Torres", Language.ES, PartnerRole.GLOBAL_ADMIN);
        Partner tailspin = partner(PartnerType.DIRECT_RESELLER, "Tailspin Direct", "3000001", "ES",
                "sales@tailspin.example", "https://tailspin.example", Language.ES);
        user(tailspin, "gabriela@tailspin.example", "Gabriela Ortiz", Language.ES, PartnerRole.GLOBAL_ADMIN);
        LOG.info("Demo data loaded: 4 partners, 7 users (see the README for how to sign in)");
    }

    private Partner partner(PartnerType type, String name, String mpnId, String country, String email,
            String website, Language language) {
        ProfileChange profile = new ProfileChange();
        profile.setName(name);
        profile.setMpnId(mpnId);
        profile.setCountry(country);
        profile.setContactEmail(email);
        profile.setWebsite(website);
        profile.setDefaultLanguage(language);
        return registration.register(type, profile);
    }

    private void user(Partner partner, String email, String name, Language language, PartnerRole role) {
        registration.addUser(partner.getId(), new NewPartnerUser(email, name, EnumSet.of(role), language),
                DEMO_PASSWORD.toCharArray());
    }
}
