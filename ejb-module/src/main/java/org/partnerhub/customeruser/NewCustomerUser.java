package org.partnerhub.customeruser;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.partnerhub.shared.CountryCode;

/**
 * A user to add to a customer: from the Add user form or a line of an import file. The user
 * name is {@code <name>@<customer's domain>}; only the part before the @ is given here.
 */
public class NewCustomerUser implements Serializable {

    public static final String NAME_PATTERN = "[a-z0-9][a-z0-9._-]{0,63}";

    @NotBlank(message = "{partnerhub.required}")
    @Size(max = 50, message = "{partnerhub.size.max}")
    private String firstName;

    @NotBlank(message = "{partnerhub.required}")
    @Size(max = 50, message = "{partnerhub.size.max}")
    private String lastName;

    @Size(max = 100, message = "{partnerhub.size.max}")
    private String displayName;

    @NotBlank(message = "{partnerhub.required}")
    @Pattern(regexp = NAME_PATTERN, message = "{partnerhub.userName.invalid}")
    private String userName;

    @Email(message = "{partnerhub.email.invalid}")
    @Size(max = 254, message = "{partnerhub.size.max}")
    private String contactEmail;

    @NotNull(message = "{partnerhub.required}")
    @CountryCode
    private String usageLocation;

    private boolean administrator;

    /** The display name given, or first and last name. */
    public String effectiveDisplayName() {
        return displayName == null || displayName.isBlank() ? firstName.trim() + " " + lastName.trim() : displayName.trim();
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getUserName() {
        return userName;
    }

    /** Lower case, trimmed: user names are compared that way. */
    public void setUserName(String userName) {
        this.userName = userName == null ? null : userName.trim().toLowerCase(java.util.Locale.ROOT);
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail == null || contactEmail.isBlank() ? null : contactEmail.trim();
    }

    public String getUsageLocation() {
        return usageLocation;
    }

    public void setUsageLocation(String usageLocation) {
        this.usageLocation = usageLocation == null || usageLocation.isBlank() ? null
                : usageLocation.trim().toUpperCase(java.util.Locale.ROOT);
    }

    public boolean isAdministrator() {
        return administrator;
    }

    public void setAdministrator(boolean administrator) {
        this.administrator = administrator;
    }
}
