package org.masar.collect;

/** An attachment's content, for download. */
public record SubmissionFile(String filename, String contentType, byte[] bytes) {}
