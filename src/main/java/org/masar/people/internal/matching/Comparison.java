package org.masar.people.internal.matching;

import java.util.List;

public record Comparison(double score, boolean likely, List<Reason> reasons) {}
