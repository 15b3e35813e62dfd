package org.partnerhub.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LinkTokenTest {

    @Test
    void aTokenHas256RandomBitsInUrlSafeLettersAndIsNeverItsOwnHash() {
        LinkToken cut = LinkToken.generate();

        assertEquals(43, cut.value().length(), "32 bytes in unpadded base64url");
        assertTrue(cut.value().matches("[A-Za-z0-9_-]+"), cut.value());
        assertNotEquals(LinkToken.generate().value(), cut.value());
        assertEquals(64, cut.hash().length());
        assertEquals(LinkToken.hashOf(cut.value()), cut.hash());
        assertFalse(cut.hash().contains(cut.value()));
    }

    @Test
    void itsTextNeverRevealsIt() {
        LinkToken cut = LinkToken.generate();

        assertFalse(cut.toString().contains(cut.value()));
    }
}
