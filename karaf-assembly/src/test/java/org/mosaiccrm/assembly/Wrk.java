package org.mosaiccrm.assembly;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code wrk} HTTP benchmarking tool as a benchmark's load generator: 2 threads, {@code clients}
 * keep-alive connections, a Lua report of requests, errors and percentiles in microseconds.
 */
final class Wrk {

    private static final String REPORT = """
            done = function(summary, latency, requests)
              local errors = summary.errors.connect + summary.errors.read + summary.errors.write
                + summary.errors.status + summary.errors.timeout
              io.write(string.format("RESULT %d %d %d %d %d %d\\n", summary.requests, summary.duration, errors,
                latency:percentile(50), latency:percentile(95), latency:percentile(99)))
            end
            """;
    private static final Pattern RESULT = Pattern.compile("RESULT (\\d+) (\\d+) (\\d+) (\\d+) (\\d+) (\\d+)");

    private Wrk() {
    }

    static boolean available() {
        try {
            return new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start().waitFor() >= 0;
        } catch (IOException | InterruptedException notThere) {
            return false;
        }
    }

    /** Warms up for {@code warmUp}, then measures for {@code phase}. */
    static ApiLoadBenchIT.Figures run(String what, String url, String token, int clients, Duration warmUp, Duration phase)
            throws IOException, InterruptedException {
        Path script = Files.createTempFile("wrk-report", ".lua");
        try {
            Files.writeString(script, REPORT, StandardCharsets.UTF_8);
            wrk(url, token, clients, warmUp, script);
            String out = wrk(url, token, clients, phase, script);
            Matcher result = RESULT.matcher(out);
            if (!result.find()) {
                throw new IllegalStateException("wrk said: " + out);
            }
            long requests = Long.parseLong(result.group(1));
            double seconds = Long.parseLong(result.group(2)) / 1_000_000.0;
            return new ApiLoadBenchIT.Figures(what, requests, requests / seconds, Long.parseLong(result.group(4)),
                    Long.parseLong(result.group(5)), Long.parseLong(result.group(6)), Long.parseLong(result.group(3)));
        } finally {
            Files.deleteIfExists(script);
        }
    }

    private static String wrk(String url, String token, int clients, Duration duration, Path script)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("wrk", "-t2", "-c" + clients, "-d" + duration.toSeconds() + "s",
                "--timeout", "10s", "-s", script.toString()));
        if (token != null) {
            command.addAll(List.of("-H", "Authorization: Bearer " + token));
        }
        command.add(url);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return out;
    }
}
