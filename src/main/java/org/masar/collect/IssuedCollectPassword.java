package org.masar.collect;

/**
 * A collect password just created, shown this once.
 *
 * @param password the whole password, for ODK Collect's server settings with the account's username
 * @param username the account's username, the one to type with it
 * @param serverUrl the server URL to give the phone (Masar's base URL)
 * @param settings ODK Collect's settings as its QR reader expects them: the JSON zlib-deflated and Base64-encoded
 * @param qrCode those settings as a QR code, an SVG {@code data:} URI ready for an {@code img} element
 */
public record IssuedCollectPassword(
        CollectPassword collectPassword,
        String password,
        String username,
        String serverUrl,
        String settings,
        String qrCode) {}
