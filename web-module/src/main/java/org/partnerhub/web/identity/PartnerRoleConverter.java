package org.partnerhub.web.identity;

import jakarta.faces.convert.EnumConverter;
import jakarta.faces.convert.FacesConverter;
import org.partnerhub.identity.PartnerRole;

/** Role check boxes bind to collections, whose element type Faces cannot see: name it here. */
@FacesConverter("partnerRole")
public class PartnerRoleConverter extends EnumConverter {

    public PartnerRoleConverter() {
        super(PartnerRole.class);
    }
}
