package org.masar.collect.internal.xlsform;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.javarosa.xform.util.XFormUtils;

/** The last check: the converted XForm loaded in ODK JavaRosa, one at a time (its parser keeps static state). */
final class XlsFormJavaRosa {

    private static final Object JAVAROSA = new Object();

    private final XlsFormErrors errors;

    XlsFormJavaRosa(XlsFormErrors errors) {
        this.errors = errors;
    }

    /**
     * Loads the XForm in ODK JavaRosa, as ODK Collect will, and reports what it refuses. External secondary instances
     * (CSV, XML and GeoJSON choice files, entity lists, the last saved instance) are not read here: JavaRosa reads them
     * on the phone, where the media are.
     */
    void checkWithJavaRosa(String xml) {
        synchronized (JAVAROSA) {
            try {
                XFormUtils.getFormFromInputStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
            } catch (Exception | StackOverflowError e) {
                errors.error(
                        null,
                        null,
                        "ODK JavaRosa cannot load the converted form: "
                                + (e.getMessage() == null
                                        ? e.getClass().getSimpleName()
                                        : e.getMessage().strip()));
            }
        }
    }
}
