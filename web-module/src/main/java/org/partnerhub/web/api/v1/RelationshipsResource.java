package org.partnerhub.web.api.v1;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.partnerhub.channel.ChannelQueries;
import org.partnerhub.web.api.ApiProblem;

/**
 * {@code /v1/relationships}: the caller's partnered partners. A provider asks for
 * {@code is_indirect_cloud_solution_provider_of} and gets its indirect resellers; a reseller asks
 * for {@code is_indirect_reseller_of} and gets its providers; the other type is an empty list.
 */
@RequestScoped
@Path("v1/relationships")
@Produces(MediaType.APPLICATION_JSON)
public class RelationshipsResource {

    @EJB
    ChannelQueries channel;

    @GET
    public Response relationships(@QueryParam("relationship_type") String relationshipType) {
        if (!PartnerRelationshipJson.PROVIDER_OF.equals(relationshipType)
                && !PartnerRelationshipJson.RESELLER_OF.equals(relationshipType)) {
            throw ApiProblem.badRequest("relationship_type must be " + PartnerRelationshipJson.PROVIDER_OF + " or "
                    + PartnerRelationshipJson.RESELLER_OF + ", not " + relationshipType);
        }
        String mine = PartnerRelationshipJson.typeFor(channel.myType());
        return Response.ok(Collections.of(!mine.equals(relationshipType) ? List.of()
                : channel.partners().stream().map(partner -> PartnerRelationshipJson.of(partner, mine)).toList(),
                null).toString()).build();
    }
}
