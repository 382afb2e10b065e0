package dev.contrail.stack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The launcher's command line. */
final class Options {

    static final String USAGE = """
            usage: contrail-local [--data DIR] [--db-prefix contrail] [--aircraft N]
                                  [--capture FILE --format avr|beast|csv [--speed N]]
                                  [--tcp HOST:PORT --format avr|beast]
                                  [--command-port 8081] [--projection-port 8082] [--injector-metrics-port 8083]
                                  [--kafka-port 9092] [--kafka-controller-port 9093]""";

    Path repository = Path.of("").toAbsolutePath();
    Path data = Path.of(".contrail");
    String dbPrefix = "contrail";
    int aircraft = 50;
    Path capture;
    String tcp;
    String format;
    double speed = 1;
    int commandPort = 8081;
    int projectionPort = 8082;
    int injectorMetricsPort = 8083;
    int kafkaPort = 9092;
    int kafkaControllerPort = 9093;

    static Options parse(String[] args) {
        var o = new Options();
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(flag + " needs a value");
            }
            String value = args[++i];
            try {
                switch (flag) {
                    case "--repository" -> o.repository = Path.of(value).toAbsolutePath();
                    case "--data" -> o.data = Path.of(value);
                    case "--db-prefix" -> o.dbPrefix = value;
                    case "--aircraft" -> o.aircraft = Integer.parseInt(value);
                    case "--capture" -> o.capture = Path.of(value).toAbsolutePath();
                    case "--tcp" -> o.tcp = value;
                    case "--format" -> o.format = value;
                    case "--speed" -> o.speed = Double.parseDouble(value);
                    case "--command-port" -> o.commandPort = Integer.parseInt(value);
                    case "--projection-port" -> o.projectionPort = Integer.parseInt(value);
                    case "--injector-metrics-port" -> o.injectorMetricsPort = Integer.parseInt(value);
                    case "--kafka-port" -> o.kafkaPort = Integer.parseInt(value);
                    case "--kafka-controller-port" -> o.kafkaControllerPort = Integer.parseInt(value);
                    default -> throw new IllegalArgumentException("unknown option " + flag);
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(flag + " needs a number, got " + value);
            }
        }
        if (!o.dbPrefix.matches("[a-z][a-z0-9_]{0,40}")) {
            throw new IllegalArgumentException("--db-prefix is lower-case letters, digits and _");
        }
        if (o.capture != null && o.tcp != null) {
            throw new IllegalArgumentException("--capture and --tcp exclude each other");
        }
        if ((o.capture != null || o.tcp != null) && o.format == null) {
            throw new IllegalArgumentException("--format is required with --capture or --tcp");
        }
        if (o.format != null && !List.of("avr", "beast", "csv").contains(o.format)) {
            throw new IllegalArgumentException("--format is avr, beast or csv");
        }
        if (o.tcp != null && !o.tcp.matches("[^:]+:\\d+")) {
            throw new IllegalArgumentException("--tcp is HOST:PORT");
        }
        return o;
    }

    /** The injector's command line for the chosen feed. */
    List<String> injectorArguments() {
        List<String> args = new ArrayList<>();
        args.add("--speed=" + speed);
        args.add("--contrail.adsb.progress=false");
        if (capture != null) {
            args.add("--contrail.adsb.files[0].path=" + capture);
            args.add("--contrail.adsb.files[0].format=" + format);
        } else if (tcp != null) {
            String[] hostPort = tcp.split(":");
            args.add("--contrail.adsb.tcp[0].host=" + hostPort[0]);
            args.add("--contrail.adsb.tcp[0].port=" + hostPort[1]);
            args.add("--contrail.adsb.tcp[0].format=" + format);
        } else {
            args.add("--contrail.adsb.simulator.enabled=true");
            args.add("--contrail.adsb.simulator.aircraft=" + aircraft);
        }
        return args;
    }

    String feedDescription() {
        if (capture != null) {
            return "the capture " + capture + " (" + format + ", speed " + speed + ")";
        }
        if (tcp != null) {
            return "the " + format + " feed at " + tcp;
        }
        return "the simulator (" + aircraft + " aircraft)";
    }
}
