package org.partnerhub.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.DenyAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.logging.Logger;
import org.partnerhub.account.AccountInfo;
import org.partnerhub.account.Customer;
import org.partnerhub.account.NewCustomer;
import org.partnerhub.audit.AuditAction;
import org.partnerhub.audit.AuditTrail;
import org.partnerhub.audit.Summary;
import org.partnerhub.customeruser.CustomerUser;
import org.partnerhub.identity.PartnerRole;
import org.partnerhub.identity.PartnerUser;
import org.partnerhub.partner.Partner;
import org.partnerhub.partner.PartnerType;
import org.partnerhub.partner.ProfileChange;
import org.partnerhub.partnership.Partnership;
import org.partnerhub.relationship.ActiveRelationships;
import org.partnerhub.relationship.ResellerRelationship;
import org.partnerhub.security.PasswordHashing;
import org.partnerhub.security.TemporaryPassword;
import org.partnerhub.shared.Language;
import org.partnerhub.shared.LinkToken;
import org.partnerhub.shared.Settings;
import org.partnerhub.shared.StartupLock;
import org.partnerhub.referral.NewReferral;
import org.partnerhub.referral.Referral;
import org.partnerhub.subscription.CustomerOrder;
import org.partnerhub.subscription.Offer;
import org.partnerhub.subscription.Subscription;

/**
 * Loads the demo partners and users of the README when {@code PARTNERHUB_DEMO_DATA=true} and the
 * database holds no partner yet. The run command switches it on; a production deployment
 * leaves it off, and then this does nothing at all.
 */
@Singleton
@Startup
@DenyAll
@DependsOn({"DatabaseMigration", "CatalogLoader"})
public class DemoData {

    /** The README documents this password next to the demo users; it is demo data, not a secret. */
    static final String DEMO_PASSWORD = "Demo-Partner-2026";
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    StartupLock startupLock;

    @Inject
    PasswordHashing hashing;

    @Inject
    AuditTrail auditTrail;

    @PostConstruct
    void loadIntoEmptyDatabase() {
        if (!Settings.DEMO_DATA.isTrue()) {
            return;
        }
        startupLock.hold();
        long partners = em.createQuery("select count(p) from Partner p", Long.class).getSingleResult();
        if (partners == 0) {
            loadPartners();
        }
        long customers = em.createQuery("select count(c) from Customer c", Long.class).getSingleResult();
        Optional<Partner> contoso = demoPartner("1000001");
        Optional<Partner> fabrikam = demoPartner("2000001");
        Optional<Partner> northwind = demoPartner("2000002");
        Optional<Partner> tailspin = demoPartner("3000001");
        // A database of an earlier version has the demo partners but no customers yet.
        if (customers == 0 && contoso.isPresent() && fabrikam.isPresent() && northwind.isPresent()
                && tailspin.isPresent()) {
            int loaded = customers(contoso.get(), fabrikam.get(), northwind.get(), tailspin.get());
            LOG.info("Demo data: " + loaded + " customers loaded");
        } else if (partners > 0) {
            LOG.info("Demo data: the database already holds customers, none loaded");
        }
        // A database of an earlier version has the demo customers but no partnerships yet.
        if (contoso.isPresent() && fabrikam.isPresent() && northwind.isPresent() && em.createQuery(
                "select count(p) from Partnership p where p.provider = :contoso", Long.class)
                .setParameter("contoso", contoso.get()).getSingleResult() == 0) {
            int credited = partnerships(contoso.get(), fabrikam.get(), northwind.get());
            LOG.info("Demo data: 2 partnerships loaded, " + credited + " subscriptions credited to Fabrikam");
        }
        // A database of an earlier version has no referrals yet.
        if (contoso.isPresent() && fabrikam.isPresent() && em.createQuery(
                "select count(r) from Referral r where r.owner = :contoso", Long.class)
                .setParameter("contoso", contoso.get()).getSingleResult() == 0) {
            referrals(contoso.get(), fabrikam.get());
            LOG.info("Demo data: 3 referrals loaded");
        }
    }

    /**
     * Contoso and Fabrikam are partners, and the subscriptions of the customers they share are
     * credited to Fabrikam; Contoso's request to Northwind waits for an answer (its link was
     * never sent: Contoso can resend it).
     */
    private int partnerships(Partner contoso, Partner fabrikam, Partner northwind) {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        Partnership active = Partnership.requestedByProvider(contoso, fabrikam, "ana@contoso.example",
                now.minusDays(40), LinkToken.generate(), Duration.ofDays(30));
        active.accept(fabrikam, "elena@fabrikam.example", now.minusDays(38));
        em.persist(active);
        em.persist(Partnership.requestedByProvider(contoso, northwind, "bruno@contoso.example", now.minusDays(2),
                LinkToken.generate(), Duration.ofDays(30)));
        List<Subscription> shared = em.createQuery("""
                        select s from Subscription s
                        where s.partner = :contoso and s.customer.id in (
                            select r.customer.id from ResellerRelationship r
                            where r.partner = :fabrikam
                              and %s)""".formatted(ActiveRelationships.condition("r")),
                        Subscription.class)
                .setParameter("contoso", contoso)
                .setParameter("fabrikam", fabrikam)
                .getResultList();
        shared.forEach(subscription -> subscription.creditTo(fabrikam));
        return shared.size();
    }

    /**
     * Contoso referred Adatum Bikes to Fabrikam, which has yet to answer, and Lamna Healthcare,
     * which Fabrikam accepted and contacted; Contoso works Wide World Importers itself.
     */
    private void referrals(Partner contoso, Partner fabrikam) {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        Referral adatum = new Referral(contoso, lead("Adatum Bikes", "Rui", "Pereira", "PT", 25,
                "3750.00", "Vendor referral", "Wants to move off its own mail server before March."),
                offer("M365-BUSINESS-STANDARD"), "carla@contoso.example", now.minusDays(5));
        adatum.referTo(contoso, fabrikam, now.minusDays(5));
        em.persist(adatum);
        Referral lamna = new Referral(contoso, lead("Lamna Healthcare", "Beatriz", "Moura", "BR", 40,
                "10560.00", "Trade show", null), offer("M365-BUSINESS-PREMIUM"), "ana@contoso.example",
                now.minusDays(12));
        lamna.referTo(contoso, fabrikam, now.minusDays(12));
        lamna.accept(fabrikam, now.minusDays(11));
        lamna.markContacted(fabrikam, now.minusDays(9));
        em.persist(lamna);
        em.persist(new Referral(contoso, lead("Wide World Importers", "Grace", "Kim", "US", null, null,
                "Web form", "Asked for a quote for 120 users."), null, "bruno@contoso.example", now.minusDays(2)));
    }

    private static NewReferral lead(String company, String firstName, String lastName, String country,
            Integer licenses, String value, String source, String note) {
        NewReferral lead = new NewReferral();
        lead.setCompanyName(company);
        lead.setContactFirstName(firstName);
        lead.setContactLastName(lastName);
        String domain = company.split(" ")[0].toLowerCase(Locale.ROOT);
        lead.setContactEmail(firstName.toLowerCase(Locale.ROOT) + "@" + domain + ".example");
        lead.setCountry(country);
        lead.setLicenses(licenses);
        lead.setEstimatedValue(value == null ? null : new BigDecimal(value));
        lead.setSource(source);
        lead.setNote(note);
        return lead;
    }

    private Offer offer(String code) {
        return em.createQuery("select o from Offer o where o.code = :code", Offer.class)
                .setParameter("code", code).getSingleResult();
    }

    private void loadPartners() {
        Partner contoso = partner(PartnerType.INDIRECT_PROVIDER, "Contoso Distribution", "1000001", "US",
                "partners@contoso.example", "https://contoso.example", Language.EN);
        contoso.offer("Microsoft 365, Dynamics 365 and Azure for resellers in the Americas; billing in USD,"
                + " BRL and MXN; partner onboarding and pre-sales support.");
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

    private Optional<Partner> demoPartner(String mpnId) {
        return em.createQuery("select p from Partner p where p.mpnId = :mpnId", Partner.class)
                .setParameter("mpnId", mpnId)
                .getResultStream()
                .findFirst();
    }

    /**
     * Customers for every demo partner, a few of them shared between Contoso and one of its
     * resellers, each with an order of one or two subscriptions: bought through its partner, or
     * for Fabrikam's through Contoso, its provider; Northwind's, without a provider, have none.
     */
    private int customers(Partner contoso, Partner fabrikam, Partner northwind, Partner tailspin) {
        String[][] companies = {
            {"Adatum Corporation", "adatum", "US"}, {"Alpine Ski House", "alpineskihouse", "US"},
            {"Bellows College", "bellows", "US"}, {"Best For You Organics", "bestforyou", "CA"},
            {"Blue Yonder Airlines", "blueyonder", "US"}, {"City Power & Light", "citypower", "US"},
            {"Coho Winery", "cohowinery", "US"}, {"Consolidated Messenger", "consolidated", "GB"},
            {"Fourth Coffee", "fourthcoffee", "US"}, {"Graphic Design Institute", "graphicdesign", "GB"},
            {"Humongous Insurance", "humongous", "US"}, {"Lamna Healthcare", "lamna", "US"},
            {"Litware Inc.", "litware", "US"}, {"Lucerne Publishing", "lucerne", "CH"},
            {"Margie's Travel", "margiestravel", "US"}, {"Munson's Pickles", "munsons", "US"},
            {"Nod Publishers", "nodpublishers", "US"}, {"Proseware Inc.", "proseware", "US"},
            {"Relecloud", "relecloud", "US"}, {"School of Fine Art", "fineart", "US"},
            {"Southridge Video", "southridge", "US"}, {"Trey Research", "treyresearch", "US"},
            {"VanArsdel Ltd.", "vanarsdel", "NL"}, {"Wide World Importers", "wideworld", "US"},
            {"Woodgrove Bank", "woodgrove", "US"}, {"Padaria Boa Vista", "boavista", "BR"},
            {"Construtora Horizonte", "horizonte", "BR"}, {"Farmacia del Sol", "farmaciasol", "MX"},
            {"Transportes Rápidos", "transrapidos", "MX"}, {"Librería Cervantes", "cervantes", "ES"},
            {"Bodegas Ribera", "bodegasribera", "ES"}, {"Clínica Santa Clara", "santaclara", "ES"},
        };
        // The first catalog's offers, whatever the file adds later: the demo stays the same.
        List<Offer> offers = em.createQuery("select o from Offer o where o.code in :codes order by o.id", Offer.class)
                .setParameter("codes", List.of("M365-BUSINESS-BASIC", "M365-BUSINESS-STANDARD", "M365-BUSINESS-PREMIUM",
                        "O365-E3", "EXCHANGE-ONLINE-P1", "TEAMS-ESSENTIALS"))
                .getResultList();
        // Nobody signs in as a demo customer's admin: one hash of a throw-away password serves all.
        String adminPasswordHash = hashing.hash(TemporaryPassword.generate().value().toCharArray());
        for (int i = 0; i < companies.length; i++) {
            String country = companies[i][2];
            // Brazil to Fabrikam, Mexico to Northwind, Spain to Tailspin, the rest to Contoso;
            // every fourth Contoso customer is shared with one of its resellers.
            Partner seller = switch (country) {
                case "BR" -> fabrikam;
                case "MX" -> northwind;
                case "ES" -> tailspin;
                default -> contoso;
            };
            Customer customer = customer(companies[i][0], companies[i][1], country, i);
            em.persist(customer);
            em.persist(new ResellerRelationship(seller, customer, true, "demo@partnerhub.example"));
            if (seller == contoso && i % 4 == 0) {
                em.persist(new ResellerRelationship(i % 8 == 0 ? fabrikam : northwind, customer, false, "demo@partnerhub.example"));
            }
            em.persist(CustomerUser.firstAdmin(customer, adminPasswordHash));
            if (seller == northwind) {
                // Northwind has no provider yet (Contoso's request waits): an indirect reseller's
                // customers buy through one, so its customers have nothing yet.
                continue;
            }
            // Fabrikam, an indirect reseller, sells through Contoso: Contoso serves its customers
            // too and buys for them (partnerships() then credits Fabrikam).
            Partner buyer = seller == fabrikam ? contoso : seller;
            if (buyer != seller) {
                em.persist(new ResellerRelationship(buyer, customer, true, "demo@partnerhub.example"));
            }
            CustomerOrder order = new CustomerOrder(buyer, customer, "demo@partnerhub.example");
            em.persist(order);
            Offer first = offers.get(i % offers.size());
            em.persist(order.subscribe(first, Math.max(first.getMinLicenses(), 5 + (i * 7) % 40)));
            if (i % 3 == 0) {
                Offer second = offers.get((i + 2) % offers.size());
                em.persist(order.subscribe(second, Math.max(second.getMinLicenses(), 10 + i)));
            }
        }
        return companies.length;
    }

    private static Customer customer(String company, String prefix, String country, int i) {
        NewCustomer details = new NewCustomer();
        details.setDomainPrefix(prefix);
        AccountInfo account = details.getAccount();
        account.setCompanyName(company);
        account.setAddressLine1((100 + i * 17) + " Main Street");
        account.setCity(switch (country) {
            case "BR" -> "São Paulo";
            case "MX" -> "Guadalajara";
            case "ES" -> "Madrid";
            case "GB" -> "London";
            case "CA" -> "Toronto";
            case "CH" -> "Zürich";
            case "NL" -> "Amsterdam";
            default -> "Seattle";
        });
        account.setPostalCode(String.valueOf(10000 + i * 311));
        account.setCountry(country);
        account.setContactFirstName(List.of("Alex", "Beatriz", "Carmen", "Daniel", "Eva", "Jordan").get(i % 6));
        account.setContactLastName(List.of("Kim", "Santos", "López", "Meyer", "Ruiz", "Taylor").get(i % 7 % 6));
        account.setContactEmail("it@" + prefix + ".example");
        account.setContactPhone("+1 555 01" + String.format("%02d", i));
        account.setLanguage(switch (country) {
            case "BR" -> Language.PT_BR;
            case "MX", "ES" -> Language.ES;
            default -> Language.EN;
        });
        return new Customer(details);
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
        Partner partner = new Partner(type, profile);
        em.persist(partner);
        em.flush(); // the audit event refers to the partner by its id only: the partner row goes first
        auditTrail.record(null, partner.getId(), AuditAction.PARTNER_REGISTERED, partner.getName(),
                Summary.of("partnerRegistered", Summary.word("partnerType." + type.name()), partner.getMpnId()));
        return partner;
    }

    private void user(Partner partner, String email, String name, Language language, PartnerRole role) {
        PartnerUser user = new PartnerUser(partner, email, name, EnumSet.of(role), language,
                hashing.hash(DEMO_PASSWORD.toCharArray()));
        em.persist(user);
        auditTrail.record(null, partner.getId(), AuditAction.USER_ADDED, user.getEmail(),
                Summary.of("roles", Summary.words("role.", new TreeSet<>(user.getRoles()))));
    }
}
