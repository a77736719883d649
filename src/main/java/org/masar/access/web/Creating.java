package org.masar.access.web;

/** Validation group for the fields only a creation form has (a username, a role code). */
interface Creating {}
