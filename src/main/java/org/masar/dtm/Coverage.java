package org.masar.dtm;

/**
 * How much of the gazetteer a version covers, at baladiya level.
 *
 * @param baladiya the current baladiya of the gazetteer
 * @param assessed baladiya with an assessment of their own or of one of their muhalla
 * @param gaps baladiya recorded as not assessed
 * @param missing baladiya with neither
 * @param muhallaAssessed muhalla with an assessment
 */
public record Coverage(int baladiya, int assessed, int gaps, int missing, int muhallaAssessed) {}
