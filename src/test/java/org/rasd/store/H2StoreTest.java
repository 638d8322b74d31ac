package org.rasd.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.rasd.fixtures.Databases;

class H2StoreTest extends StoreContract {
    @TempDir
    Path dir;

    @Override
    protected String url() {
        return Databases.h2(dir);
    }
}
