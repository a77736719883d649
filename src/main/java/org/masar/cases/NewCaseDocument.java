package org.masar.cases;

import org.jspecify.annotations.Nullable;

/**
 * A document to attach to a case.
 *
 * @param fileName the name it came with (kept for display; its type is found from the content)
 * @param description a few words on what it is
 */
public record NewCaseDocument(String fileName, @Nullable String description, byte[] bytes) {}
