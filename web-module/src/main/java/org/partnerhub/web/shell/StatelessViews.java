package org.partnerhub.web.shell;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewDeclarationLanguage;
import jakarta.faces.view.ViewDeclarationLanguageFactory;
import jakarta.faces.view.ViewDeclarationLanguageWrapper;

/**
 * The pages an anonymous visitor opens without asking for anything (the login page, the error
 * pages) keep no view state, so they cost no HTTP session. Their views are transient from the
 * moment they are created, for a first visit as for a postback: PrimeFaces keeps its script
 * nonce in the view map of any view that is not transient before the page is built, which is
 * too late for {@code <f:view transient>}.
 */
public class StatelessViews extends ViewDeclarationLanguageFactory {

    public StatelessViews(ViewDeclarationLanguageFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ViewDeclarationLanguage getViewDeclarationLanguage(String viewId) {
        ViewDeclarationLanguage language = getWrapped().getViewDeclarationLanguage(viewId);
        return isStateless(viewId) ? new Transient(language) : language;
    }

    static boolean isStateless(String viewId) {
        return viewId != null && (viewId.equals("/login.xhtml") || viewId.startsWith("/error/"));
    }

    private static final class Transient extends ViewDeclarationLanguageWrapper {

        Transient(ViewDeclarationLanguage wrapped) {
            super(wrapped);
        }

        @Override
        public UIViewRoot createView(FacesContext context, String viewId) {
            UIViewRoot view = super.createView(context, viewId);
            view.setTransient(true);
            return view;
        }
    }
}
