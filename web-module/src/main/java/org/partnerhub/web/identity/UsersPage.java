package org.partnerhub.web.identity;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.partnerhub.identity.NewPartnerUser;
import org.partnerhub.identity.PartnerRole;
import org.partnerhub.identity.PartnerUserRow;
import org.partnerhub.identity.PartnerUserService;
import org.partnerhub.security.FailedSignIns;
import org.partnerhub.security.NewUserCredentials;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.web.shell.Dialogs;
import org.partnerhub.web.shell.LanguageSwitch;
import org.partnerhub.web.shell.Messages;
import org.partnerhub.web.shell.SignedInUser;

/**
 * The partner's users. A Global admin adds users (the temporary password is shown once, in this
 * view only), changes roles, deactivates and unlocks users locked after failed sign-ins; an
 * Admin agent only looks.
 */
@Named
@ViewScoped
public class UsersPage implements Serializable {

    @Inject
    PartnerUserService users;

    @Inject
    SignedInUser signedInUser;

    /** The language the user works in now: what a new customer, user or email starts in. */
    @Inject
    LanguageSwitch languageSwitch;

    private List<PartnerUserRow> rows;
    private NewPartnerUser newUser = new NewPartnerUser();
    private NewUserCredentials created;
    private PartnerUserRow editing;
    private List<PartnerRole> editedRoles;

    @PostConstruct
    void load() {
        rows = users.listUsers();
    }

    public boolean isMayChange() {
        return signedInUser.getMe().has(PartnerRole.GLOBAL_ADMIN);
    }

    public void startAdding() {
        newUser = new NewPartnerUser();
        newUser.setPreferredLanguage(languageSwitch.getLanguage());
        created = null;
        Dialogs.open("addDialog");
    }

    public void add() {
        try {
            created = users.addUser(newUser);
            newUser = new NewPartnerUser();
            load();
            Dialogs.close("addDialog");
        } catch (BusinessException refusal) {
            Messages.refusal("newUser", refusal);
        }
    }

    /** Forgets the temporary password: after this it cannot be shown again. */
    public void dismissCredentials() {
        created = null;
    }

    public void startEditing(PartnerUserRow row) {
        editing = row;
        editedRoles = row.roles().stream().sorted().toList();
        Dialogs.open("rolesDialog");
    }

    public void saveRoles() {
        try {
            Set<PartnerRole> roles = editedRoles == null || editedRoles.isEmpty()
                    ? EnumSet.noneOf(PartnerRole.class) : EnumSet.copyOf(editedRoles);
            users.changeRoles(editing.id(), roles);
            editing = null;
            load();
            Dialogs.close("rolesDialog");
            Messages.info("users.rolesChanged");
        } catch (BusinessException refusal) {
            Messages.refusal("editRoles", refusal);
        }
    }

    public void deactivate(PartnerUserRow row) {
        try {
            users.deactivate(row.id());
            load();
            Messages.info("users.deactivated", row.email());
        } catch (BusinessException refusal) {
            Messages.refusal("users", refusal);
        }
    }

    public void unlock(PartnerUserRow row) {
        try {
            users.unlock(row.id());
            load();
            Messages.info("users.unlocked", row.email());
        } catch (BusinessException refusal) {
            Messages.refusal("users", refusal);
        }
    }

    public String getLockedHint() {
        return Messages.text("users.locked.hint", FailedSignIns.LOCK.toMinutes());
    }

    public List<PartnerRole> getAllRoles() {
        return List.of(PartnerRole.values());
    }

    public List<PartnerUserRow> getRows() {
        return rows;
    }

    public NewPartnerUser getNewUser() {
        return newUser;
    }

    public NewUserCredentials getCreated() {
        return created;
    }

    public PartnerUserRow getEditing() {
        return editing;
    }

    public List<PartnerRole> getEditedRoles() {
        return editedRoles;
    }

    public void setEditedRoles(List<PartnerRole> editedRoles) {
        this.editedRoles = editedRoles;
    }
}
