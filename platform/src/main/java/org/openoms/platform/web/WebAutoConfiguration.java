package org.openoms.platform.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Import;

/** Gives both applications the same problem+json error responses. */
@AutoConfiguration
@ConditionalOnWebApplication
@Import(ProblemResponses.class)
public class WebAutoConfiguration {
}
