package org.suaka.web.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TransportPolicyTest {

    @Test
    void productionRefusesPlainHttp() {
        TransportPolicy production = new TransportPolicy(true, false);

        assertFalse(production.serves(false));
        assertTrue(production.serves(true));
    }

    @Test
    void productionBehindATlsProxyServesWhatTheProxyForwards() {
        TransportPolicy behindProxy = new TransportPolicy(true, true);

        assertTrue(behindProxy.serves(false));
        assertTrue(behindProxy.encrypted(false), "the browser's request was encrypted up to the proxy");
    }

    @Test
    void demoServesPlainHttpButDoesNotCallItEncrypted() {
        TransportPolicy demo = new TransportPolicy(false, false);

        assertTrue(demo.serves(false));
        assertFalse(demo.encrypted(false));
        assertTrue(demo.encrypted(true));
    }
}
