package net.techmonitor.site.cli;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/**
 * Whether {@code serve} can listen on its port, asked before anything is built: a busy port (most often another
 * {@code serve}) is found in a moment instead of after a whole build. The preview server binds the same loopback
 * address ({@link PreviewServer}).
 */
final class PreviewPort {
    /** The port cannot be listened on: the command line must name another. Nothing was built or written. */
    static final class UnavailableException extends Exception {
        UnavailableException(String message) {
            super(message);
        }
    }

    private PreviewPort() {
    }

    /** @param port the port asked for; 0 (any free port) is always available */
    static void checkAvailable(int port) throws UnavailableException {
        if (port == 0) {
            return;
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (BindException e) {
            throw unavailable(port, e);
        } catch (IOException e) {
            // Not a refusal of this port (the check itself could not run): the server's own bind decides.
        }
    }

    /** The refusal of a port the preview server could not bind (taken between the check and the bind, or never checked). */
    static UnavailableException unavailable(int port, BindException failure) {
        String reason = failure.getMessage();
        boolean inUse = reason == null || reason.toLowerCase(java.util.Locale.ROOT).contains("in use");
        return new UnavailableException("serve: port " + port + (inUse ? " is in use (another serve?)" : " cannot be opened (" + reason + ")")
            + "; choose another with --port N");
    }
}
