package org.partnerhub.partner;

import java.io.Serializable;
import org.partnerhub.shared.Language;

/** What everyone in a partner sees of its business profile. */
public record BusinessProfile(long partnerId, long version, PartnerType type, String name,
        String mpnId, String country, String contactEmail, String website, String offering, Language defaultLanguage)
        implements Serializable {

    /** A form pre-filled with this profile, carrying the version it was read at. */
    public ProfileChange toChange() {
        ProfileChange change = new ProfileChange();
        change.setVersion(version);
        change.setName(name);
        change.setMpnId(mpnId);
        change.setCountry(country);
        change.setContactEmail(contactEmail);
        change.setWebsite(website);
        change.setOffering(offering);
        change.setDefaultLanguage(defaultLanguage);
        return change;
    }
}
