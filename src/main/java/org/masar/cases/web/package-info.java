/** The cases module's pages: opening a case, a case's page with its forms, and a transfer's answer. */
@NullMarked
package org.masar.cases.web;

import org.jspecify.annotations.NullMarked;
