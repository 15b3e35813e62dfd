package org.partnerhub.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.partnerhub.shared.InvalidSettingException;

class ClientAddressTest {

    private final ClientAddress behindProxies = ClientAddress.trusting("10.0.0.0/8, 192.168.1.5, ::1");

    @Test
    void withoutTrustedProxiesTheConnectionIsTheClientWhateverTheHeaderSays() {
        ClientAddress none = ClientAddress.trusting("");
        assertEquals("10.1.2.3", none.of("10.1.2.3", "203.0.113.7"));
        assertEquals("10.1.2.3", none.of("10.1.2.3", null));
    }

    @Test
    void aTrustedProxyTellsTheClient() {
        assertEquals("203.0.113.7", behindProxies.of("10.1.2.3", "203.0.113.7"));
        assertEquals("203.0.113.7", behindProxies.of("::1", "203.0.113.7"));
    }

    @Test
    void whatTheClientWroteItselfIsIgnored() {
        // The client sent "X-Forwarded-For: 1.2.3.4"; the trusted proxy appended the real address.
        assertEquals("203.0.113.7", behindProxies.of("10.1.2.3", "1.2.3.4, 203.0.113.7"));
    }

    @Test
    void aChainOfTrustedProxiesIsWalkedFromTheRight() {
        assertEquals("203.0.113.7", behindProxies.of("10.1.2.3", "198.51.100.1, 203.0.113.7, 192.168.1.5, 10.9.9.9"));
    }

    @Test
    void anUntrustedConnectionCannotChooseItsAddress() {
        assertEquals("198.51.100.20", behindProxies.of("198.51.100.20", "10.1.2.3"));
        assertEquals("192.168.1.6", behindProxies.of("192.168.1.6", "203.0.113.7"));
    }

    @Test
    void somethingThatIsNotAnAddressStopsTheWalkAtTheLastTrustedHop() {
        assertEquals("10.1.2.3", behindProxies.of("10.1.2.3", "evil.example"));
        assertEquals("10.1.2.3", behindProxies.of("10.1.2.3", "203.0.113.7, <script>"));
    }

    @Test
    void onlyTrustedProxiesAllTheWayLeavesTheLeftmost() {
        assertEquals("10.0.0.1", behindProxies.of("10.1.2.3", "10.0.0.1, 10.0.0.2"));
    }

    @Test
    void aWrongSettingIsRefused() {
        assertThrows(InvalidSettingException.class, () -> ClientAddress.trusting("proxy.example"));
        assertThrows(InvalidSettingException.class, () -> ClientAddress.trusting("10.0.0.0/33"));
        assertThrows(InvalidSettingException.class, () -> ClientAddress.trusting("10.0.0.0/x"));
    }
}
