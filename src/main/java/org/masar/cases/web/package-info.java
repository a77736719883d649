/** The cases module's pages: opening a case, a case's page with its forms, a transfer's answer, and a case's tasks, notes, plan and documents. */
@NullMarked
package org.masar.cases.web;

import org.jspecify.annotations.NullMarked;
