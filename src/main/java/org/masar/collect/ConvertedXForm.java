package org.masar.collect;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An XLSForm converted to an XForm.
 *
 * @param xml the XForm document (UTF-8 text)
 * @param formId the {@code settings} sheet's {@code form_id} (or the one derived from the file, as pyxform does)
 * @param version the {@code settings} sheet's {@code version}, when given
 * @param title the form's title in its default language
 * @param mediaFiles the media files the form names (images, audio, video, CSV choice lists), which the upload must bring
 */
public record ConvertedXForm(
        String xml, String formId, @Nullable String version, String title, List<String> mediaFiles) {

    public ConvertedXForm {
        mediaFiles = List.copyOf(mediaFiles);
    }
}
