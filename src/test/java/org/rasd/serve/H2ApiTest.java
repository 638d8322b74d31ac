package org.rasd.serve;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.rasd.fixtures.Databases;

class H2ApiTest extends ApiContract {
    @TempDir
    Path dir;

    @Override
    protected String url() {
        return Databases.h2(dir);
    }
}
