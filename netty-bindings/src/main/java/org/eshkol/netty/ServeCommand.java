package org.eshkol.netty;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eshkol.engine.EshkolException;
import org.eshkol.engine.spi.Subcommand;

/**
 * {@code eshkol serve FILE [--port N] [--host H] [--time-limit MS] [--workers pool|virtual]
 * [--no-watch] [--debug] [--sandbox]}: serves the handler file until SIGINT or SIGTERM, reloading it when it
 * changes.
 */
public final class ServeCommand implements Subcommand {
    @Override
    public String name() { return "serve"; }

    @Override
    public String usage() {
        return "eshkol serve FILE [--port N] [--host H] [--time-limit MS] [--workers pool|virtual] [--no-watch] [--debug] [--sandbox]"
                + "\n      serve a handler file that defines (define (handle req) ...) over HTTP; reloads it when it changes;"
                + "\n      --sandbox runs it under the untrusted preset (no files, network, environment, interop, exit)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        ServerOptions o = ServerOptions.defaults();
        int port = 8080;
        String file = null;
        org.eshkol.engine.EshkolOptions engine = org.eshkol.engine.EshkolOptions.defaults();
        try {
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                switch (a) {
                    case "--port" -> port = Integer.parseInt(value(args, ++i, a));
                    case "--host" -> o = o.withHost(value(args, ++i, a));
                    case "--time-limit" -> o = o.withTimeLimitMillis(Long.parseLong(value(args, ++i, a)));
                    case "--workers" -> o = o.withWorkers(ServerOptions.Workers.valueOf(value(args, ++i, a).toUpperCase(java.util.Locale.ROOT)));
                    case "--no-watch" -> o = o.withWatch(false);
                    case "--debug" -> o = o.withDebug(true);
                    case "--sandbox" -> engine = engine.withPolicy(org.eshkol.engine.EshkolPolicy.untrusted());
                    default -> {
                        if (a.startsWith("-") || file != null) throw new IllegalArgumentException("unknown argument " + a);
                        file = a;
                    }
                }
            }
            if (file == null) throw new IllegalArgumentException("serve needs a handler file");
            if (port < 0 || port > 65535) throw new IllegalArgumentException("port out of range: " + port);
        } catch (IllegalArgumentException e) { // NumberFormatException too
            err.println("eshkol: " + e.getMessage());
            err.println("Try 'eshkol --help'.");
            return 2;
        }
        Path path = Path.of(file);
        if (!Files.isRegularFile(path)) {
            err.println("eshkol: no such file: " + file);
            return 2;
        }
        EshkolHttpServer server;
        try {
            server = EshkolHttpServer.builder().options(o).port(port).engineOptions(engine).script(path).start();
        } catch (EshkolException e) {
            err.println(e.render());
            return 1;
        } catch (IllegalStateException e) {
            err.println("eshkol: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("eshkol: cannot serve " + file + " on " + o.host() + ":" + port + ": " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            return 130;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "eshkol-http-stop"));
        out.println("eshkol: serving " + file + " on http://" + o.host() + ":" + server.port() + "/ (" + server.transport()
                + (o.watch() ? ", reloading on change" : "") + "; Ctrl-C stops)");
        out.flush();
        try {
            server.awaitClose();
        } catch (InterruptedException e) {
            server.close();
        }
        return 0;
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) throw new IllegalArgumentException(option + " needs a value");
        return args.get(i);
    }
}
