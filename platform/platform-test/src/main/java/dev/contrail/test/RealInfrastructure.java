package dev.contrail.test;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A Spring test that runs against real PostgreSQL (a database of its own), Kafka and Redis. The
 * test class is part of the context's identity, so no two test classes share a database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
public @interface RealInfrastructure {}
