package dev.contrail.core.event;

import java.math.BigDecimal;
import java.time.Instant;

record SampleRecorded(String name, BigDecimal amount, Instant at) {}
