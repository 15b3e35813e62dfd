package org.partnerhub.subscription;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** Something from the catalog a customer can subscribe to. The catalog is seeded by migrations. */
@Entity
@Table(name = "offer")
public class Offer {

    @Id
    private Long id;

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String description;

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

    protected Offer() {
        // for JPA
    }

    public boolean allows(int licenses) {
        return licenses >= minLicenses && licenses <= maxLicenses;
    }

    public OfferRow toRow() {
        return new OfferRow(id, name, description, billingCycle, pricePerLicense, currency, minLicenses, maxLicenses);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public int getMinLicenses() {
        return minLicenses;
    }

    public int getMaxLicenses() {
        return maxLicenses;
    }
}
