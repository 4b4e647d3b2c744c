package org.openoms.query;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The query application: runs the projections from the event store and answers queries over HTTP. */
@SpringBootApplication(scanBasePackages = {"org.openoms.query", "org.openoms.projections"})
public class QuerySideApplication {

    /** Its own configuration file name, so both applications can share one classpath in tests. */
    public static final String CONFIG_NAME = "query-side";

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(QuerySideApplication.class);
        application.setDefaultProperties(Map.of("spring.config.name", CONFIG_NAME));
        application.run(args);
    }
}
