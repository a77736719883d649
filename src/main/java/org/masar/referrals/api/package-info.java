@NullMarked
package org.masar.referrals.api;

import org.jspecify.annotations.NullMarked;
