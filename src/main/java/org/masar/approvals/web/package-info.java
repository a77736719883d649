/** The approvals' pages: the queue, a command's detail with its decision forms, the menu entry and the dashboard. */
@NullMarked
package org.masar.approvals.web;

import org.jspecify.annotations.NullMarked;
