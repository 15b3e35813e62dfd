package org.partnerhub.web.partnership;

import jakarta.ejb.EJB;
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

    @EJB
    transient ChannelQueries queries;

    @Inject
    SignedInUser signedInUser;

    /** Empty for anyone but an indirect provider. */
    public List<PartnerChoice> list() {
        return signedInUser.getMe().partnerType() == PartnerType.INDIRECT_PROVIDER ? queries.resellerChoices() : List.of();
    }

    public static boolean contains(List<PartnerChoice> resellers, Long partnerId) {
        return partnerId != null && resellers.stream().anyMatch(row -> row.partnerId() == partnerId);
    }
}
