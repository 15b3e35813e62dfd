package org.partnerhub.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SealingKeyTest {

    private static final byte[] FILE = "user_name,display_name,temporary_password\nlead@x,Lea,Temp-Pass-1234567"
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void aSealedValueOpensOnlyWithItsKeyAndForWhatItBelongsTo() {
        SealingKey key = new SealingKey();
        String sealed = key.seal(FILE, "import result 7");

        assertArrayEquals(FILE, key.open(sealed, "import result 7").orElseThrow());
        assertFalse(new String(Base64.getDecoder().decode(sealed), StandardCharsets.ISO_8859_1).contains("Temp-Pass"));
        assertEquals(Optional.empty(), key.open(sealed, "import result 8"), "moved to another import, it does not open");
        assertEquals(Optional.empty(), new SealingKey().open(sealed, "import result 7"),
                "another server's own key (no PARTNERHUB_SEALING_KEY) does not open it");
        assertNotEquals(sealed, key.seal(FILE, "import result 7"), "a new nonce every time");
    }
}
