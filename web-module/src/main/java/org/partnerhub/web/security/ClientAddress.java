package org.partnerhub.web.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.partnerhub.shared.InvalidSettingException;
import org.partnerhub.shared.Settings;

/**
 * The address a request comes from, for counting failed sign-ins. {@code X-Forwarded-For} is
 * believed only as far as it was written by the proxies named in {@code PARTNERHUB_TRUSTED_PROXIES}
 * (addresses or CIDR ranges, comma-separated): read from the right, the first address that is not
 * a trusted proxy is the client. Everything a client could have written itself lies to the left
 * of that and is ignored. Without the setting, the connection's address is the client.
 */
public final class ClientAddress {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

    private final List<Range> trustedProxies;

    private ClientAddress(List<Range> trustedProxies) {
        this.trustedProxies = trustedProxies;
    }

    /** The rule of the deployment's setting; a wrong setting is refused with what is wrong in it. */
    public static ClientAddress fromSettings() {
        return trusting(Settings.TRUSTED_PROXIES.value().orElse(""));
    }

    /** The rule for a comma-separated list of addresses and CIDR ranges. */
    public static ClientAddress trusting(String proxies) {
        List<Range> ranges = new ArrayList<>();
        for (String entry : proxies.split(",")) {
            if (!entry.isBlank()) {
                ranges.add(Range.parse(entry.trim()));
            }
        }
        return new ClientAddress(List.copyOf(ranges));
    }

    /** The client behind a connection from {@code remoteAddress} that sent this X-Forwarded-For (or null). */
    public String of(String remoteAddress, String forwardedFor) {
        String hop = remoteAddress;
        if (forwardedFor == null || !isTrusted(literal(hop))) {
            return hop;
        }
        String[] forwarded = forwardedFor.split(",");
        for (int i = forwarded.length - 1; i >= 0; i--) {
            String previous = forwarded[i].trim();
            byte[] bytes = literal(previous);
            if (bytes == null) {
                return hop; // not an address: the proxy we trust wrote no more than this
            }
            hop = previous;
            if (!isTrusted(bytes)) {
                return hop;
            }
        }
        return hop;
    }

    private boolean isTrusted(byte[] address) {
        return address != null && trustedProxies.stream().anyMatch(range -> range.contains(address));
    }

    /** The bytes of an address literal; null for anything else (never a name lookup). */
    private static byte[] literal(String text) {
        if (text == null || !(IPV4.matcher(text).matches() || IPV6.matcher(text).matches())) {
            return null;
        }
        try {
            return InetAddress.getByName(text).getAddress();
        } catch (UnknownHostException | SecurityException e) {
            return null;
        }
    }

    private record Range(byte[] network, int prefixBits) {

        static Range parse(String entry) {
            int slash = entry.indexOf('/');
            String address = slash < 0 ? entry : entry.substring(0, slash);
            byte[] bytes = literal(address);
            if (bytes == null) {
                throw new InvalidSettingException("has \"" + entry + "\", which is not an address or CIDR range",
                        Settings.TRUSTED_PROXIES).reported();
            }
            int bits = bytes.length * 8;
            if (slash >= 0) {
                try {
                    bits = Integer.parseInt(entry.substring(slash + 1));
                } catch (NumberFormatException e) {
                    bits = -1;
                }
                if (bits < 0 || bits > bytes.length * 8) {
                    throw new InvalidSettingException("has \"" + entry + "\", whose prefix length is wrong",
                            Settings.TRUSTED_PROXIES).reported();
                }
            }
            return new Range(bytes, bits);
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefixBits; bit++) {
                int mask = 0x80 >> (bit % 8);
                if ((address[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
