@NullMarked
package org.masar.referrals.internal;

import org.jspecify.annotations.NullMarked;
