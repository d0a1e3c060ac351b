package org.mosaiccrm.assembly;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ports for the Karaf instances the tests start (HTTP, SSH, RMI). Taken below Linux's ephemeral range
 * (32768 and up): a port the system handed out as free there may be given to an outgoing connection
 * (Chromium, an HTTP client) before Karaf binds it, which failed a clean first boot ("Address already
 * in use" for SSH). Each port is given once per JVM and checked to be free.
 */
final class FreePorts {

    private static final int FROM = 20_000;
    private static final int TO = 32_000;
    private static final Set<Integer> GIVEN = ConcurrentHashMap.newKeySet();

    private FreePorts() {
    }

    static int next() {
        for (int attempt = 0; attempt < 1_000; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(FROM, TO);
            if (GIVEN.add(port) && bindable(port)) {
                return port;
            }
        }
        throw new IllegalStateException("no free port between " + FROM + " and " + TO);
    }

    private static boolean bindable(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            return true;
        } catch (IOException taken) {
            return false;
        }
    }
}
