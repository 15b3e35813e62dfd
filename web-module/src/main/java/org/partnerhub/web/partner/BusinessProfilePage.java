package org.partnerhub.web.partner;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.partnerhub.identity.BusinessProfileService;
import org.partnerhub.identity.PartnerRole;
import org.partnerhub.partner.BusinessProfile;
import org.partnerhub.partner.ProfileChange;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.web.shell.Messages;
import org.partnerhub.web.shell.SignedInUser;

/** Everyone sees the business profile; a Global admin edits it. */
@Named
@ViewScoped
public class BusinessProfilePage implements Serializable {

    @Inject
    BusinessProfileService profiles;

    @Inject
    SignedInUser signedInUser;

    private BusinessProfile profile;
    private ProfileChange form;
    private boolean editing;

    @PostConstruct
    void load() {
        profile = profiles.profile();
    }

    public boolean isMayEdit() {
        return signedInUser.getMe().has(PartnerRole.GLOBAL_ADMIN);
    }

    public void edit() {
        form = profile.toChange();
        editing = true;
    }

    public void cancel() {
        form = null;
        editing = false;
    }

    public void save() {
        try {
            profile = profiles.updateProfile(form);
            form = null;
            editing = false;
            signedInUser.refresh();
            Messages.info("profile.saved");
        } catch (BusinessException refusal) {
            Messages.refusal("profile", refusal);
        }
    }

    public BusinessProfile getProfile() {
        return profile;
    }

    public ProfileChange getForm() {
        return form;
    }

    public boolean isEditing() {
        return editing;
    }
}
