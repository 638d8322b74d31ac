package org.rasd.review;

import org.rasd.fixtures.Databases;

class H2ReviewApiTest extends ReviewApiContract {
    @Override
    protected String url() {
        return Databases.h2(tmp.resolve("db"));
    }
}
