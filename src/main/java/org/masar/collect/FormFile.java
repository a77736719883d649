package org.masar.collect;

import org.jspecify.annotations.Nullable;

/**
 * A file uploaded with a form: the form itself (an XForm {@code .xml} or an XLSForm {@code .xlsx}) or one of its media.
 *
 * @param filename the name the client gave it (media are matched to the form by this name)
 * @param contentType the type the client gave, if any
 * @param bytes its content
 */
public record FormFile(String filename, @Nullable String contentType, byte[] bytes) {}
