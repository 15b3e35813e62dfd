package org.partnerhub.web.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;

/**
 * The workspaces the signed-in user may open, in menu order. Application-scoped: it keeps
 * nothing, and every page draws it (a request-scoped bean was made for each page).
 */
@Named
@ApplicationScoped
public class Menu {

    @Inject
    SignedInUser signedInUser;

    public List<Workspace> getEntries() {
        return Arrays.stream(Workspace.values())
                .filter(w -> w.isInMenu() && w.allows(signedInUser.getMe()))
                .toList();
    }

    public boolean isCurrent(Workspace workspace) {
        return Workspace.at(FacesContext.getCurrentInstance().getViewRoot().getViewId())
                .map(open -> open.menuEntry() == workspace)
                .orElse(false);
    }
}
