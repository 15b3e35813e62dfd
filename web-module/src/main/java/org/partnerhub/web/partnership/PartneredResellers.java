package org.partnerhub.web.partnership;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import org.partnerhub.channel.ChannelQueries;
import org.partnerhub.channel.PartnerChoice;
import org.partnerhub.partner.PartnerType;
import org.partnerhub.web.shell.SignedInUser;

/** The signed-in provider's partnered resellers, for the pages that act on a reseller's behalf. */
@Dependent
public class PartneredResellers implements Serializable {

    @Inject
    ChannelQueries queries;

    @Inject
    SignedInUser signedInUser;

    /** Empty for anyone but an indirect provider. */
    public List<PartnerChoice> list() {
        return isProvider() ? queries.resellerChoices() : List.of();
    }

    /** The partnered reseller with this id; anyone else is refused (every partner, for one that is no provider). */
    public PartnerChoice choice(long resellerId) {
        return queries.resellerChoice(resellerId);
    }

    /** Whether there is a partnered reseller to choose, without reading them all. */
    public boolean any() {
        return isProvider() && queries.hasResellers();
    }

    private boolean isProvider() {
        return signedInUser.getMe().partnerType() == PartnerType.INDIRECT_PROVIDER;
    }
}
