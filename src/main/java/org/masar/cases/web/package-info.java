/** The pages of the cases module. */
@NullMarked
package org.masar.cases.web;

import org.jspecify.annotations.NullMarked;
