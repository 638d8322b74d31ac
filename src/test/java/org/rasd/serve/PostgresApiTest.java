package org.rasd.serve;

import org.rasd.fixtures.Databases;

class PostgresApiTest extends ApiContract {
    @Override
    protected String url() {
        return Databases.postgres();
    }
}
