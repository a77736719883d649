@NullMarked
package org.masar.referrals.web;

import org.jspecify.annotations.NullMarked;
