package org.openoms.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The processes of the OMS on this machine, found by their command lines: how much CPU each part spends
 * (from {@code /proc}, Linux only) and a flight recording of the command side.
 */
final class Processes {

    /** The parts of the stack, in the order the benchmark reports them. */
    static final Map<String, Predicate<String>> PARTS = new LinkedHashMap<>();

    static {
        PARTS.put("command side", cmd -> cmd.contains("command-side") && cmd.contains("-exec.jar"));
        PARTS.put("query side", cmd -> cmd.contains("query-side") && cmd.contains("-exec.jar"));
        PARTS.put("PostgreSQL", cmd -> cmd.startsWith("postgres") || cmd.contains("/bin/postgres "));
        PARTS.put("Elasticsearch", cmd -> cmd.contains("org.elasticsearch.bootstrap.Elasticsearch"));
        PARTS.put("identity", cmd -> cmd.contains("identity") && cmd.contains("-exec.jar"));
    }

    private static final long TICKS_PER_SECOND = 100;

    private Processes() {
    }

    static List<Long> pids(String part) {
        Predicate<String> matches = PARTS.get(part);
        List<Long> pids = new ArrayList<>();
        ProcessHandle.allProcesses().forEach(p -> {
            String cmd = commandLine(p.pid());
            if (cmd != null && matches.test(cmd)) {
                pids.add(p.pid());
            }
        });
        return pids;
    }

    /** CPU seconds spent so far by every process of each part, and by this benchmark. */
    static Map<String, Double> cpuSeconds() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        for (String part : PARTS.keySet()) {
            seconds.put(part, pids(part).stream().mapToDouble(Processes::cpuSeconds).sum());
        }
        seconds.put("benchmark client", cpuSeconds(ProcessHandle.current().pid()));
        return seconds;
    }

    static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // fields after the command name, which is in parentheses and may hold spaces
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / (double) TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static String commandLine(long pid) {
        try {
            return Files.readString(Path.of("/proc", Long.toString(pid), "cmdline")).replace('\0', ' ');
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static final List<String> RECORDED = List.of("command side", "query side");

    /** Starts a flight recording (profiling settings) in every application process; their files, to stop later. */
    static List<Path> startRecording(Path directory) throws Exception {
        Files.createDirectories(directory);
        List<Path> files = new ArrayList<>();
        for (String part : RECORDED) {
            for (long pid : pids(part)) {
                Path file = directory.resolve(part.replace(' ', '-') + "-" + pid + ".jfr").toAbsolutePath();
                Files.deleteIfExists(file);
                jcmd(pid, "JFR.start", "name=oms-benchmark", "settings=profile", "filename=" + file);
                files.add(file);
            }
        }
        return files;
    }

    static void stopRecording() throws Exception {
        for (String part : RECORDED) {
            for (long pid : pids(part)) {
                jcmd(pid, "JFR.stop", "name=oms-benchmark");
            }
        }
    }

    private static void jcmd(long pid, String... command) throws Exception {
        List<String> args = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(pid)));
        args.addAll(List.of(command));
        Process process = new ProcessBuilder(args).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("jcmd " + String.join(" ", command) + ": " + output);
        }
    }
}
