package org.partnerhub.web.api.v1;

import jakarta.json.JsonObject;
import org.partnerhub.channel.PartnerRow;
import org.partnerhub.partner.PartnerType;
import org.partnerhub.web.api.JsonFactory;

/**
 * A partnered partner in Partner Center's {@code PartnerRelationship} shape. Its type says what
 * the other side is to the caller: a provider sees its resellers as
 * {@code is_indirect_cloud_solution_provider_of} (it is their provider), a reseller sees its
 * providers as {@code is_indirect_reseller_of} (it is their reseller).
 */
final class PartnerRelationshipJson {

    static final String PROVIDER_OF = "is_indirect_cloud_solution_provider_of";
    static final String RESELLER_OF = "is_indirect_reseller_of";

    private PartnerRelationshipJson() {
    }

    static String typeFor(PartnerType caller) {
        return caller == PartnerType.INDIRECT_PROVIDER ? PROVIDER_OF : RESELLER_OF;
    }

    static JsonObject of(PartnerRow partner, String relationshipType) {
        return JsonFactory.object()
                .add("id", String.valueOf(partner.partnerId()))
                .add("name", partner.name())
                .add("relationshipType", relationshipType)
                .add("state", "Active")
                .add("mpnId", partner.mpnId())
                .add("location", partner.country() == null ? "" : partner.country())
                .add("attributes", Links.type("PartnerRelationship"))
                .build();
    }
}
