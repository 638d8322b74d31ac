package org.rasd.store;

import org.junit.jupiter.api.BeforeEach;
import org.rasd.fixtures.Databases;

class PostgresStoreTest extends StoreContract {
    private String url;

    @BeforeEach
    @Override
    void open() {
        url = Databases.postgres();
        super.open();
    }

    @Override
    protected String url() {
        return url;
    }
}
