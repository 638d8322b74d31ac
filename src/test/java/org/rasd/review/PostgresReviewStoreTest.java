package org.rasd.review;

import org.rasd.fixtures.Databases;

class PostgresReviewStoreTest extends ReviewStoreContract {
    @Override
    protected String url() {
        return Databases.postgres();
    }
}
