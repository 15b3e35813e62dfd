package org.partnerhub.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Objects;
import org.partnerhub.shared.Language;

/**
 * A customer organisation. Its domain prefix is chosen once, when it is created, and is unique
 * across the system; the rest of its account may change. Which partners may act for it is not
 * the customer's business but its reseller relationships'.
 */
@Entity
@Table(name = "customer")
public class Customer {

    @Id
    @SequenceGenerator(name = "customer_seq", sequenceName = "customer_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "company_name", nullable = false)
    private String companyName;

    @Column(name = "company_name_key", nullable = false)
    private String companyNameKey;

    @Column(name = "domain_prefix", nullable = false, updatable = false)
    private String domainPrefix;

    @Column(name = "address_line1", nullable = false)
    private String addressLine1;

    @Column(name = "address_line2")
    private String addressLine2;

    @Column(nullable = false)
    private String city;

    private String region;

    @Column(name = "postal_code")
    private String postalCode;

    @Column(nullable = false)
    private String country;

    @Column(name = "contact_first_name", nullable = false)
    private String contactFirstName;

    @Column(name = "contact_last_name", nullable = false)
    private String contactLastName;

    @Column(name = "contact_email", nullable = false)
    private String contactEmail;

    @Column(name = "contact_phone")
    private String contactPhone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Language language;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    protected Customer() {
        // for JPA
    }

    /** The caller has validated the input and checked that the domain prefix is free. */
    public Customer(NewCustomer details) {
        this.domainPrefix = normalizedDomainPrefix(details.getDomainPrefix());
        this.createdAt = LocalDateTime.now(ZoneOffset.UTC);
        updateAccountInfo(details.getAccount());
    }

    public static String normalizedDomainPrefix(String prefix) {
        return prefix == null ? null : prefix.trim().toLowerCase(Locale.ROOT);
    }

    /**
     * A prefix to start from for a company of this name (a user checks and changes it): its letters
     * and digits without accents, lower case, at most 27; null when fewer than 3 remain.
     */
    public static String suggestedDomainPrefix(String companyName) {
        if (companyName == null) {
            return null;
        }
        String plain = Normalizer.normalize(companyName, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        String cut = plain.length() > 27 ? plain.substring(0, 27) : plain;
        return cut.length() < 3 ? null : cut;
    }

    public void updateAccountInfo(AccountInfo info) {
        this.companyName = info.getCompanyName().trim();
        this.companyNameKey = searchKey(companyName);
        this.addressLine1 = info.getAddressLine1().trim();
        this.addressLine2 = blankToNull(info.getAddressLine2());
        this.city = info.getCity().trim();
        this.region = blankToNull(info.getRegion());
        this.postalCode = blankToNull(info.getPostalCode());
        this.country = info.getCountry().trim().toUpperCase(Locale.ROOT);
        this.contactFirstName = info.getContactFirstName().trim();
        this.contactLastName = info.getContactLastName().trim();
        this.contactEmail = info.getContactEmail().trim().toLowerCase(Locale.ROOT);
        this.contactPhone = blankToNull(info.getContactPhone());
        this.language = Objects.requireNonNull(info.getLanguage(), "language");
    }

    /** What the customer list searches: lower case, so one index-free LIKE finds any spelling. */
    public static String searchKey(String text) {
        return text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public String domain() {
        return CustomerDomain.of(domainPrefix);
    }

    public AccountInfo accountInfo() {
        AccountInfo info = new AccountInfo();
        info.setVersion(version);
        info.setCompanyName(companyName);
        info.setAddressLine1(addressLine1);
        info.setAddressLine2(addressLine2);
        info.setCity(city);
        info.setRegion(region);
        info.setPostalCode(postalCode);
        info.setCountry(country);
        info.setContactFirstName(contactFirstName);
        info.setContactLastName(contactLastName);
        info.setContactEmail(contactEmail);
        info.setContactPhone(contactPhone);
        info.setLanguage(language);
        return info;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getCompanyName() {
        return companyName;
    }

    public String getDomainPrefix() {
        return domainPrefix;
    }

    public String getCountry() {
        return country;
    }

    public String getContactFirstName() {
        return contactFirstName;
    }

    public String getContactLastName() {
        return contactLastName;
    }

    public Language getLanguage() {
        return language;
    }

    public String getCompanyNameKey() {
        return companyNameKey;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }
}
