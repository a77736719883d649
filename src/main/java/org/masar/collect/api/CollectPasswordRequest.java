package org.masar.collect.api;

import org.jspecify.annotations.Nullable;

/** @param name what to call the password (the phone it is for) */
record CollectPasswordRequest(@Nullable String name) {}
