@NullMarked
package org.masar.collect.internal;

import org.jspecify.annotations.NullMarked;
