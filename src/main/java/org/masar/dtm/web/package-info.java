/** The DTM's pages under {@code /dtm}. */
@NullMarked
package org.masar.dtm.web;

import org.jspecify.annotations.NullMarked;
