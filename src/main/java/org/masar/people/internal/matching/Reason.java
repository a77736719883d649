package org.masar.people.internal.matching;

import java.util.List;

public record Reason(String code, List<String> args) {}
