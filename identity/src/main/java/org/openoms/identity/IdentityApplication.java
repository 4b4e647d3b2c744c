package org.openoms.identity;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The identity server of the embedded default: signs people and systems in and issues the OMS's tokens. */
@SpringBootApplication
public class IdentityApplication {

    /** Its own configuration file name, so all applications can share one classpath in tests. */
    public static final String CONFIG_NAME = "identity";

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(IdentityApplication.class);
        application.setDefaultProperties(Map.of("spring.config.name", CONFIG_NAME));
        application.run(args);
    }
}
