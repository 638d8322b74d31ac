package org.rasd.review;

import org.rasd.fixtures.Databases;

class H2ReviewStoreTest extends ReviewStoreContract {
    @Override
    protected String url() {
        return Databases.h2(tmp.resolve("db"));
    }
}
