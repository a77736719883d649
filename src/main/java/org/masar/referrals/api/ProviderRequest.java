package org.masar.referrals.api;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A provider to add: an office of the mission or a partner organisation, and the services it provides.
 *
 * @param office the office's id (internal unit)
 * @param organisation the partner organisation's id
 * @param services service codes
 */
record ProviderRequest(
        @Nullable UUID office,
        @Nullable UUID organisation,
        @Nullable List<String> services) {}
