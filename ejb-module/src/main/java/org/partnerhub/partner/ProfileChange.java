package org.partnerhub.partner;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.partnerhub.shared.CountryCode;
import org.partnerhub.shared.Language;

/**
 * A business profile as entered on a form. The page binds its fields to this bean so the same
 * constraints check the input in the browser round-trip and again at the service.
 */
public class ProfileChange implements Serializable {

    private long version;

    @NotBlank(message = "{partnerhub.required}")
    @Size(max = 120, message = "{partnerhub.size.max}")
    private String name;

    @NotBlank(message = "{partnerhub.required}")
    @MpnId
    private String mpnId;

    @NotBlank(message = "{partnerhub.required}")
    @CountryCode
    private String country;

    @NotBlank(message = "{partnerhub.required}")
    @Email(message = "{partnerhub.email.invalid}")
    @Size(max = 254, message = "{partnerhub.size.max}")
    private String contactEmail;

    @Size(max = 200, message = "{partnerhub.size.max}")
    @Pattern(regexp = "(https?://[^\\s]+)?", message = "{partnerhub.website.invalid}")
    private String website;

    /** What the partner offers, for the provider directory. */
    @Size(max = 500, message = "{partnerhub.size.max}")
    private String offering;

    @NotNull(message = "{partnerhub.required}")
    private Language defaultLanguage = Language.EN;

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getMpnId() {
        return mpnId;
    }

    public void setMpnId(String mpnId) {
        this.mpnId = mpnId;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getOffering() {
        return offering;
    }

    public void setOffering(String offering) {
        this.offering = offering;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public Language getDefaultLanguage() {
        return defaultLanguage;
    }

    public void setDefaultLanguage(Language defaultLanguage) {
        this.defaultLanguage = defaultLanguage;
    }
}
