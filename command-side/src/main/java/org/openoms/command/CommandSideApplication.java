package org.openoms.command;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The command application: takes commands over HTTP, decides in aggregates, appends events. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CommandSideApplication {

    /** Its own configuration file name, so both applications can share one classpath in tests. */
    public static final String CONFIG_NAME = "command-side";

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(CommandSideApplication.class);
        application.setDefaultProperties(Map.of("spring.config.name", CONFIG_NAME));
        application.run(args);
    }
}
