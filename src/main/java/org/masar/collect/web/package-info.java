@NullMarked
package org.masar.collect.web;

import org.jspecify.annotations.NullMarked;
