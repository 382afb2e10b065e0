package dev.contrail.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Import;

/** Every Contrail web service answers errors as problem details. */
@AutoConfiguration
@ConditionalOnWebApplication
@Import(Problems.class)
public class ProblemsAutoConfiguration {}
