package org.masar.access.api;

/** A freshly generated one-time password, shown once. */
record PasswordJson(String oneTimePassword) {}
