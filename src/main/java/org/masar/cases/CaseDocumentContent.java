package org.masar.cases;

/**
 * A document's content, for its download.
 *
 * @param fileName the name it was uploaded with (to be sent only through a safe Content-Disposition)
 * @param mediaType found from the content at upload
 */
public record CaseDocumentContent(String fileName, String mediaType, byte[] bytes) {}
