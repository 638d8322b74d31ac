package org.rasd.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.rasd.review.Users;
import org.rasd.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rasd user add|remove|list}: reviewer accounts; passwords come from RASD_PASSWORD or stdin, never argv. */
@Command(name = "user", mixinStandardHelpOptions = true,
        description = {"Manage reviewer accounts in the store.",
                "  rasd user add NAME --role reviewer|admin   (password: $RASD_PASSWORD, else the first line of stdin)",
                "  rasd user remove NAME",
                "  rasd user list"})
public final class UserCommand implements Callable<Integer> {
    @Mixin
    DataOption dataOption;

    @Parameters(index = "0", paramLabel = "ACTION", description = "add, remove or list")
    String action;

    @Parameters(index = "1", arity = "0..1", paramLabel = "NAME")
    String name;

    @Option(names = "--role", defaultValue = "reviewer", description = "reviewer (default) or admin")
    String role;

    @Option(names = "--replace", description = "With add: set a new password and role for an existing user.")
    boolean replace;

    @Option(names = "--db", paramLabel = "JDBC_URL", description = "Store (default: embedded H2 under ~/.rasd/store).")
    String db;

    @Override
    public Integer call() throws IOException {
        if (!action.equals("list") && (name == null || name.isBlank())) {
            System.err.println("rasd user " + action + ": NAME is required");
            return Main.USAGE;
        }
        try (Store store = Store.open(db != null ? db : Store.defaultUrl(dataOption.paths()))) {
            Users users = new Users(store);
            switch (action) {
                case "add" -> {
                    Users.Role r = Users.Role.of(role);
                    char[] pw = password();
                    users.add(name, r, pw, replace);
                    java.util.Arrays.fill(pw, '\0');
                    System.err.println("rasd user: " + name + " (" + r.label() + ") " + (replace ? "set" : "added"));
                }
                case "remove" -> {
                    if (!users.remove(name)) {
                        System.err.println("rasd user: no user " + name);
                        return Main.FAILED;
                    }
                }
                case "list" -> users.list().forEach(u -> System.out.println(u.name() + "\t" + u.role().label()));
                default -> {
                    System.err.println("rasd user: ACTION must be add, remove or list");
                    return Main.USAGE;
                }
            }
        }
        return 0;
    }

    private static char[] password() throws IOException {
        String env = System.getenv("RASD_PASSWORD");
        if (env != null && !env.isEmpty()) {
            return env.toCharArray();
        }
        if (System.console() != null) {
            char[] pw = System.console().readPassword("password for the new user: ");
            if (pw != null) {
                return pw;
            }
        }
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (line == null) {
            throw new IllegalArgumentException("no password: set RASD_PASSWORD or give it on stdin");
        }
        return line.toCharArray();
    }
}
