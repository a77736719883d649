/** The gazetteer's pages: the hierarchy browser, the sites (list and forms) and the map. */
@NullMarked
package org.masar.geo.web;

import org.jspecify.annotations.NullMarked;
