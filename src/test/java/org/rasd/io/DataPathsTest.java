package org.rasd.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataPathsTest {
    @TempDir
    Path tmp;
    Path work;
    Path shared;
    Path user;

    @BeforeEach
    void layout() throws Exception {
        work = Files.createDirectories(tmp.resolve("repo"));
        shared = Files.createDirectories(tmp.resolve("shared"));
        user = Files.createDirectories(tmp.resolve("user"));
    }

    @Test
    void flagWinsOverEverything() {
        Path flag = tmp.resolve("flag");
        assertThat(DataPaths.resolve(flag, tmp.resolve("env").toString(), work, null, user).data()).isEqualTo(flag);
    }

    @Test
    void environmentWinsOverSiblingShared() {
        Path env = tmp.resolve("env");
        assertThat(DataPaths.resolve(null, env.toString(), work, null, user).data()).isEqualTo(env);
    }

    @Test
    void siblingSharedWinsOverHome() {
        assertThat(DataPaths.resolve(null, null, work, null, user).data()).isEqualTo(shared);
    }

    @Test
    void blankEnvironmentIsIgnored() {
        assertThat(DataPaths.resolve(null, "  ", work, null, user).data()).isEqualTo(shared);
    }

    @Test
    void homeIsTheLastResort() throws Exception {
        Files.delete(shared);
        assertThat(DataPaths.resolve(null, null, work, null, user).data()).isEqualTo(user.resolve(".rasd"));
    }

    @Test
    void rasdHomeMovesTheWritableHome() {
        Path h = tmp.resolve("h");
        DataPaths p = DataPaths.resolve(null, null, work, h.toString(), user);
        assertThat(p.home()).isEqualTo(h);
        assertThat(p.cache()).isEqualTo(h.resolve("cache"));
        assertThat(p.store()).isEqualTo(h.resolve("store"));
    }

    @Test
    void defaultHomeIsDotRasdInUserHome() {
        assertThat(DataPaths.resolve(null, null, work, null, user).home()).isEqualTo(user.resolve(".rasd"));
    }

    @org.junit.jupiter.api.Test
    void homeEnvironmentVariableWinsOverTheAccountsHome() {
        org.assertj.core.api.Assertions.assertThat(DataPaths.userHome("/tmp/h", "/root")).isEqualTo(Path.of("/tmp/h"));
        org.assertj.core.api.Assertions.assertThat(DataPaths.userHome(null, "/root")).isEqualTo(Path.of("/root"));
        org.assertj.core.api.Assertions.assertThat(DataPaths.userHome(" ", "/root")).isEqualTo(Path.of("/root"));
    }
}
