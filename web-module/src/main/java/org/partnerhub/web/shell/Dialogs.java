package org.partnerhub.web.shell;

import jakarta.faces.context.FacesContext;
import org.primefaces.PrimeFaces;

/**
 * Which of a page's dialogs ({@code WEB-INF/templates/dialog.xhtml}) are open: marked in the view
 * map, where the template reads it as Faces builds the view. A closed dialog's components are not
 * built at all, and reading the mark creates none of the dialogs' beans: otherwise every request
 * of a page builds all its dialogs' forms and creates their beans (with their services), though
 * nothing of them shows.
 */
public final class Dialogs {

    private Dialogs() {
    }

    /** Open from now on: the opening button's answer draws it, and its oncomplete shows it. */
    public static void open(String dialogId) {
        FacesContext.getCurrentInstance().getViewRoot().getViewMap().put(key(dialogId), Boolean.TRUE);
    }

    /** Opened by the server's answer: for a dialog that a button of another dialog or form leads to. */
    public static void show(String dialogId) {
        open(dialogId);
        PrimeFaces.current().executeScript("PF('" + dialogId + "').show()");
    }

    /** Done: hidden, and no longer built for the page's next requests. */
    public static void close(String dialogId) {
        FacesContext.getCurrentInstance().getViewRoot().getViewMap().remove(key(dialogId));
        PrimeFaces.current().executeScript("PF('" + dialogId + "').hide()");
    }

    /** The view map's key, as the template spells it. */
    private static String key(String dialogId) {
        return "open." + dialogId;
    }
}
