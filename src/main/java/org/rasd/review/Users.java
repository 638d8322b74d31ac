package org.rasd.review;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.rasd.store.Store;
import org.springframework.security.crypto.bcrypt.BCrypt;

/** Reviewer accounts in the store ({@code users}): a name, a role and a BCrypt password hash. */
public final class Users {
    /** Roles: a reviewer reviews events; an admin also manages users. */
    public enum Role {
        REVIEWER, ADMIN;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Role of(String s) {
            for (Role r : values()) {
                if (r.label().equalsIgnoreCase(s == null ? "" : s.trim())) {
                    return r;
                }
            }
            throw new IllegalArgumentException("role must be reviewer or admin, not " + s);
        }
    }

    /** A stored account (without its hash). */
    public record User(String name, Role role) {
    }

    /** BCrypt cost: 2^12 rounds (about 0.2 s a check on one core). */
    static final int COST = 12;
    static final int MIN_PASSWORD = 8;

    private final Store store;

    public Users(Store store) {
        this.store = store;
    }

    static String checkName(String name) {
        if (name == null || !name.matches("[\\p{L}\\p{N}_.-]{1,64}")) {
            throw new IllegalArgumentException("user name must be 1-64 letters, digits, '_', '.' or '-'");
        }
        return name;
    }

    /** Adds an account (or, with {@code replace}, sets its role and password). */
    public void add(String name, Role role, char[] password, boolean replace) {
        checkName(name);
        if (password == null || password.length < MIN_PASSWORD) {
            throw new IllegalArgumentException("password must have at least " + MIN_PASSWORD + " characters");
        }
        String hash = BCrypt.hashpw(new String(password), BCrypt.gensalt(COST));
        store.transaction(c -> {
            boolean exists;
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM users WHERE name = ?")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    exists = rs.next();
                }
            }
            if (exists && !replace) {
                throw new IllegalArgumentException("user " + name + " exists (--replace sets a new password and role)");
            }
            String sql = exists ? "UPDATE users SET role = ?, password_hash = ? WHERE name = ?"
                    : "INSERT INTO users (role, password_hash, name, created_at) VALUES (?, ?, ?, ?)";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, role.label());
                ps.setString(2, hash);
                ps.setString(3, name);
                if (!exists) {
                    ps.setTimestamp(4, Timestamp.from(Instant.now()));
                }
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Removes an account; false when there was none. */
    public boolean remove(String name) {
        return store.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM users WHERE name = ?")) {
                ps.setString(1, name);
                return ps.executeUpdate() > 0;
            }
        });
    }

    public List<User> list() {
        return store.query(c -> {
            List<User> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT name, role FROM users ORDER BY name");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new User(rs.getString(1), Role.of(rs.getString(2))));
                }
            }
            return out;
        });
    }

    /** The account when the password matches (a hash is checked even for an unknown name, against timing probes). */
    public Optional<User> verify(String name, String password) {
        if (name == null || password == null) {
            return Optional.empty();
        }
        String[] row = store.query(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT role, password_hash FROM users WHERE name = ?")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? new String[] {rs.getString(1), rs.getString(2)} : null;
                }
            }
        });
        boolean ok = BCrypt.checkpw(password, row == null ? DUMMY : row[1]);
        return ok && row != null ? Optional.of(new User(name, Role.of(row[0]))) : Optional.empty();
    }

    private static final String DUMMY = BCrypt.hashpw("not a password", BCrypt.gensalt(COST));
}
