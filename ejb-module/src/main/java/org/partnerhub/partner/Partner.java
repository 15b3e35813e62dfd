package org.partnerhub.partner;

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
import java.util.Objects;
import org.partnerhub.shared.Language;

/** A partner organisation. Its type is fixed when it registers; its profile may change. */
@Entity
@Table(name = "partner")
public class Partner {

    @Id
    @SequenceGenerator(name = "partner_seq", sequenceName = "partner_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "partner_seq")
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "partner_type", nullable = false, updatable = false)
    private PartnerType type;

    @Column(nullable = false)
    private String name;

    @Column(name = "mpn_id", nullable = false)
    private String mpnId;

    @Column(nullable = false)
    private String country;

    @Column(name = "contact_email", nullable = false)
    private String contactEmail;

    private String website;

    private String offering;

    @Enumerated(EnumType.STRING)
    @Column(name = "default_language", nullable = false)
    private Language defaultLanguage;

    protected Partner() {
        // for JPA
    }

    public Partner(PartnerType type, ProfileChange profile) {
        this.type = Objects.requireNonNull(type, "type");
        apply(profile);
    }

    /** Replaces the business profile; the caller has validated it and checked the MPN ID is free. */
    public void apply(ProfileChange profile) {
        this.name = profile.getName().trim();
        this.mpnId = profile.getMpnId().trim();
        this.country = profile.getCountry();
        this.contactEmail = profile.getContactEmail().trim().toLowerCase();
        this.website = profile.getWebsite() == null || profile.getWebsite().isBlank()
                ? null : profile.getWebsite().trim();
        this.offering = profile.getOffering() == null || profile.getOffering().isBlank()
                ? null : profile.getOffering().trim();
        this.defaultLanguage = Objects.requireNonNull(profile.getDefaultLanguage(), "defaultLanguage");
    }

    /** Only what the partner offers; the rest of the profile stays. */
    public void offer(String offering) {
        this.offering = offering;
    }

    public BusinessProfile profile() {
        return new BusinessProfile(id, version, type, name, mpnId, country, contactEmail, website, offering,
                defaultLanguage);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public PartnerType getType() {
        return type;
    }

    public String getName() {
        return name;
    }

    /** How logs name a partner: its name and MPN ID, which tells two of one name apart. */
    public String nameAndMpnId() {
        return name + " (" + mpnId + ")";
    }

    public String getMpnId() {
        return mpnId;
    }
}
