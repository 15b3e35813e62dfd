package org.partnerhub.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;
import org.partnerhub.shared.Language;

/** A partner user as entered on the add-user form. */
public class NewPartnerUser implements Serializable {

    @NotBlank(message = "{partnerhub.required}")
    @Email(message = "{partnerhub.email.invalid}")
    @Size(max = 254, message = "{partnerhub.size.max}")
    private String email;

    @NotBlank(message = "{partnerhub.required}")
    @Size(max = 100, message = "{partnerhub.size.max}")
    private String displayName;

    @NotEmpty(message = "{partnerhub.roles.required}")
    private Set<PartnerRole> roles = EnumSet.noneOf(PartnerRole.class);

    @NotNull(message = "{partnerhub.required}")
    private Language preferredLanguage = Language.EN;

    public NewPartnerUser() {
    }

    public NewPartnerUser(String email, String displayName, Set<PartnerRole> roles, Language preferredLanguage) {
        this.email = email;
        this.displayName = displayName;
        this.roles = roles;
        this.preferredLanguage = preferredLanguage;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Set<PartnerRole> getRoles() {
        return roles;
    }

    public void setRoles(Set<PartnerRole> roles) {
        this.roles = roles;
    }

    public Language getPreferredLanguage() {
        return preferredLanguage;
    }

    public void setPreferredLanguage(Language preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }
}
