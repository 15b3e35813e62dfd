package org.partnerhub.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.partnerhub.shared.CountryCode;
import org.partnerhub.shared.Language;

/**
 * A customer's account information as entered on a form: company, address, primary contact,
 * language. The pages bind to it, so the same constraints check the input on the page and
 * again at the service.
 */
public class AccountInfo implements Serializable {

    /** The version the user saw; an update made meanwhile by someone else is refused. */
    private long version;

    @NotBlank(message = "{partnerhub.required}")
    @Size(max = 120, message = "{partnerhub.size.max}")
    private String companyName;

    @NotBlank(message = "{partnerhub.required}")
    @Size(max = 200, message = "{partnerhub.size.max}")
    private String addressLine1;

    @Size(max = 200, message = "{partnerhub.size.max}")
    private String addressLine2;

    @NotBlank(message = "{partnerhub.required}")
    @Size(max = 100, message = "{partnerhub.size.max}")
    private String city;

    @Size(max = 100, message = "{partnerhub.size.max}")
    private String region;

    @Size(max = 20, message = "{partnerhub.size.max}")
    private String postalCode;

    @NotBlank(message = "{partnerhub.required}")
    @CountryCode
    private String country;

    @NotBlank(message = "{partnerhub.required}")
    @Size(max = 50, message = "{partnerhub.size.max}")
    private String contactFirstName;

    @NotBlank(message = "{partnerhub.required}")
    @Size(max = 50, message = "{partnerhub.size.max}")
    private String contactLastName;

    @NotBlank(message = "{partnerhub.required}")
    @Email(message = "{partnerhub.email.invalid}")
    @Size(max = 254, message = "{partnerhub.size.max}")
    private String contactEmail;

    @Size(max = 30, message = "{partnerhub.size.max}")
    @Pattern(regexp = "(\\+?[0-9 ()\\-]{4,30})?", message = "{partnerhub.phone.invalid}")
    private String contactPhone;

    @NotNull(message = "{partnerhub.required}")
    private Language language = Language.EN;

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getCompanyName() {
        return companyName;
    }

    public void setCompanyName(String companyName) {
        this.companyName = companyName;
    }

    public String getAddressLine1() {
        return addressLine1;
    }

    public void setAddressLine1(String addressLine1) {
        this.addressLine1 = addressLine1;
    }

    public String getAddressLine2() {
        return addressLine2;
    }

    public void setAddressLine2(String addressLine2) {
        this.addressLine2 = addressLine2;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getContactFirstName() {
        return contactFirstName;
    }

    public void setContactFirstName(String contactFirstName) {
        this.contactFirstName = contactFirstName;
    }

    public String getContactLastName() {
        return contactLastName;
    }

    public void setContactLastName(String contactLastName) {
        this.contactLastName = contactLastName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }
}
