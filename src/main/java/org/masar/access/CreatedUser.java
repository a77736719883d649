package org.masar.access;

/** The result of creating an account: the account and its one-time password, to be shown once. */
public record CreatedUser(UserAccount account, OneTimePassword oneTimePassword) {}
