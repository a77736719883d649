package org.masar.access;

/** A command to create an account: its unique username (lower case) and profile. The password is generated. */
public record NewUser(String username, UserProfile profile) {}
