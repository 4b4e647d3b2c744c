package org.openoms.system;

import java.util.List;
import org.openoms.devstack.TestStack;

/**
 * A second command side of the same deployment, in a JVM of its own from the jar its module packages: same
 * database and event store, same identity server, as the one {@link RunningOms} runs in the test JVM.
 */
final class CommandSideProcess implements AutoCloseable {

    final String url;
    private final AppProcess app;

    private CommandSideProcess(AppProcess app) {
        this.app = app;
        this.url = app.url;
    }

    /** Starts one and waits until it answers. */
    static CommandSideProcess start() {
        int port = AppProcess.freePort();
        return new CommandSideProcess(new AppProcess("command-side-" + port, port, List.of(AppProcess.java(),
                "-Xmx384m", "-XX:TieredStopAtLevel=1", "-Daxoniq.update-checker.disabled=true",
                "-jar", AppProcess.packagedJar("command-side").toString(),
                // the test database serves several JVMs: a saga thread per segment and a few for requests
                "--spring.datasource.hikari.maximum-pool-size=8",
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + RunningOms.get().issuer),
                TestStack.properties()).start());
    }

    long pid() {
        return app.pid();
    }

    @Override
    public void close() {
        app.close();
    }
}
