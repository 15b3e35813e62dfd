package org.partnerhub.relationship;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** What a Global admin states when removing a relationship: the attestation and a reason. */
public class RelationshipRemoval implements Serializable {

    @AssertTrue(message = "{partnerhub.attestation.required}")
    private boolean attested;

    @NotBlank(message = "{partnerhub.required}")
    @Size(max = 500, message = "{partnerhub.size.max}")
    private String reason;

    public RelationshipRemoval() {
    }

    public RelationshipRemoval(boolean attested, String reason) {
        this.attested = attested;
        this.reason = reason;
    }

    public boolean isAttested() {
        return attested;
    }

    public void setAttested(boolean attested) {
        this.attested = attested;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
