package org.partnerhub.web.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import org.partnerhub.account.CustomerDomain;
import org.partnerhub.shared.Language;

/** The fixed lists forms offer, written once for every page: {@code #{choices.languages}}, and the customer domain. */
@Named
@ApplicationScoped
public class Choices {

    private static final List<Language> LANGUAGES = List.of(Language.values());

    public List<Language> getLanguages() {
        return LANGUAGES;
    }

    /** The domain under which customers get theirs, for the hints that show one. */
    public String getCustomerDomain() {
        return CustomerDomain.name();
    }
}
