package org.partnerhub.subscription;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import org.partnerhub.shared.TranslatedText;

/**
 * Something from the catalog a customer can subscribe to. The catalog file keeps the offers up
 * to date at each start ({@link CatalogLoader}); an offer the file no longer has is withdrawn:
 * kept for the subscriptions that have it, never ordered again. Its name and description are
 * English, with their Portuguese (Brazil) and Spanish translations where the file has them.
 */
@Entity
@Table(name = "offer")
public class Offer {

    @Id
    private Long id;

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "name_pt_br")
    private String namePtBr;

    @Column(name = "name_es")
    private String nameEs;

    @Column(nullable = false)
    private String description;

    @Column(name = "description_pt_br")
    private String descriptionPtBr;

    @Column(name = "description_es")
    private String descriptionEs;

    @Enumerated(EnumType.STRING)
    @Column(name = "billing_cycle", nullable = false)
    private BillingCycle billingCycle;

    @Column(name = "price_per_license", nullable = false)
    private BigDecimal pricePerLicense;

    @Column(nullable = false)
    private String currency;

    @Column(name = "min_licenses", nullable = false)
    private int minLicenses;

    @Column(name = "max_licenses", nullable = false)
    private int maxLicenses;

    @Column(name = "self_service", nullable = false)
    private boolean selfService;

    @Column(nullable = false)
    private boolean withdrawn;

    /** The offers a subscription to this one may be upgraded to. */
    @ManyToMany
    @JoinTable(name = "offer_upgrade", joinColumns = @JoinColumn(name = "from_offer_id"),
            inverseJoinColumns = @JoinColumn(name = "to_offer_id"))
    private Set<Offer> upgrades = new HashSet<>();

    protected Offer() {
        // for JPA
    }

    Offer(long id, CatalogLine line) {
        this.id = id;
        this.code = line.code();
        takeOver(line);
    }

    /**
     * Takes the file's line for this offer; it is in the catalog again if it was withdrawn. A
     * translation the file dropped is dropped here too: the offer then reads English.
     */
    void takeOver(CatalogLine line) {
        this.name = line.name().en();
        this.namePtBr = line.name().ptBr();
        this.nameEs = line.name().es();
        this.description = line.description().en();
        this.descriptionPtBr = line.description().ptBr();
        this.descriptionEs = line.description().es();
        this.billingCycle = line.billingCycle();
        this.pricePerLicense = line.pricePerLicense();
        this.currency = line.currency();
        this.minLicenses = line.minLicenses();
        this.maxLicenses = line.maxLicenses();
        this.selfService = line.selfService();
        this.withdrawn = false;
    }

    void withdraw() {
        this.withdrawn = true;
        this.upgrades.clear();
    }

    void upgradeTo(Set<Offer> targets) {
        upgrades.clear();
        upgrades.addAll(targets);
    }

    public boolean upgradesTo(Offer target) {
        return upgrades.stream().anyMatch(offer -> offer.getId().equals(target.getId()));
    }

    public boolean isWithdrawn() {
        return withdrawn;
    }

    public boolean isSelfService() {
        return selfService;
    }

    public String getCode() {
        return code;
    }

    public BillingCycle getBillingCycle() {
        return billingCycle;
    }

    public boolean allows(int licenses) {
        return licenses >= minLicenses && licenses <= maxLicenses;
    }

    public OfferRow toRow() {
        return new OfferRow(id, getNames(), new TranslatedText(description, descriptionPtBr, descriptionEs), billingCycle,
                pricePerLicense, currency, minLicenses, maxLicenses, selfService,
                upgrades.stream().sorted(Comparator.comparing(Offer::getName)).map(Offer::getNames).toList(), code);
    }

    public Long getId() {
        return id;
    }

    /** The English name: the one audit entries and the API use. */
    public String getName() {
        return name;
    }

    /** The name in every language, for what a page shows (a refusal's message too). */
    public TranslatedText getNames() {
        return new TranslatedText(name, namePtBr, nameEs);
    }

    public int getMinLicenses() {
        return minLicenses;
    }

    public int getMaxLicenses() {
        return maxLicenses;
    }
}
