@NullMarked
package org.masar.collect.api;

import org.jspecify.annotations.NullMarked;
