package org.masar.collect;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Receives what a phone sends to {@code /submission} (OpenRosa Form Submission API): one instance document and the
 * files it names, stored in one transaction, idempotent by the instance's {@code instanceID}. The signed-in user is
 * the phone's owner; what is refused is answered as a {@link Receipt} with its status, never thrown.
 */
public interface OpenRosaReceiver {

    /** The request attribute holding the id of the collect password the request was authenticated with. */
    String COLLECT_PASSWORD = "org.masar.collect.password";

    /** One file part of the request (a photo, a recording…), read as often as needed from wherever it was spooled. */
    interface Part {

        /** The name the file is sent under: the part's filename, else the part's name. */
        String filename();

        @Nullable
        String contentType();

        long size();

        InputStream open() throws IOException;
    }

    /**
     * What a phone sent.
     *
     * @param xml the instance document's bytes ({@code xml_submission_file})
     * @param parts every other file part
     * @param deviceId the phone's {@code deviceID} (query parameter), when it gave one
     * @param collectPassword the collect password the request was authenticated with
     */
    record Incoming(
            byte[] xml,
            List<Part> parts,
            @Nullable String deviceId,
            @Nullable UUID collectPassword) {}

    /**
     * The answer: its HTTP status and the message key ({@code collect.submission.<code>} in the bundles) with its
     * arguments, written to the phone as an {@code OpenRosaResponse}.
     */
    record Receipt(int status, String code, List<String> arguments) {

        public boolean success() {
            return status < 300;
        }
    }

    Receipt receive(Incoming incoming);
}
