package org.partnerhub.referral;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import org.partnerhub.shared.CountryCode;

/**
 * What a lead says about a would-be customer, as a form, an API body or a line of a CSV file
 * gives it: the company, whom to contact, where, what it needs and what it may be worth.
 */
public class NewReferral implements Serializable {

    /** The most licenses a lead may estimate: more than any offer allows, less than a typing slip. */
    public static final int MAX_LICENSES = 1_000_000;

    @NotBlank(message = "{partnerhub.required}")
    @Size(max = 120, message = "{partnerhub.size.max}")
    private String companyName;

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

    @NotBlank(message = "{partnerhub.required}")
    @CountryCode
    private String country;

    /** The catalog offer the customer needs, if it said; null for none yet. */
    private Long offerId;

    @Min(value = 1, message = "{partnerhub.licenses.min}")
    @Max(value = MAX_LICENSES, message = "{partnerhub.licenses.max}")
    private Integer licenses;

    @DecimalMin(value = "0", message = "{partnerhub.amount.invalid}")
    @Digits(integer = 12, fraction = 2, message = "{partnerhub.amount.invalid}")
    private BigDecimal estimatedValue;

    @Pattern(regexp = "[A-Z]{3}", message = "{partnerhub.currency.invalid}")
    private String currency = "USD";

    /** Where a lead recorded by hand came from (a trade show, a vendor's referral): free text. */
    @Size(max = 100, message = "{partnerhub.size.max}")
    private String source;

    @Size(max = 2000, message = "{partnerhub.size.max}")
    private String note;

    public String getCompanyName() {
        return companyName;
    }

    public void setCompanyName(String companyName) {
        this.companyName = companyName;
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

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public Long getOfferId() {
        return offerId;
    }

    public void setOfferId(Long offerId) {
        this.offerId = offerId;
    }

    public Integer getLicenses() {
        return licenses;
    }

    public void setLicenses(Integer licenses) {
        this.licenses = licenses;
    }

    public BigDecimal getEstimatedValue() {
        return estimatedValue;
    }

    public void setEstimatedValue(BigDecimal estimatedValue) {
        this.estimatedValue = estimatedValue;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
