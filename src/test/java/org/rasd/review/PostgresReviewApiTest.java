package org.rasd.review;

import org.rasd.fixtures.Databases;

class PostgresReviewApiTest extends ReviewApiContract {
    @Override
    protected String url() {
        return Databases.postgres();
    }
}
