#!/usr/bin/env bash
# Installs and starts what the store and browser tests need: Debian's PostgreSQL 15 and headless Chromium
# with its driver. Source it (`. .ci/setup-services.sh`) so that RASD_TEST_PG_URL reaches the test run.
# Idempotent: safe to run on a machine where everything is already installed and running.
# Firefox is not installed: its driver, geckodriver, is in neither Debian's packages nor Maven Central, so the review
# page's Firefox test (FirefoxReviewBrowserTest) skips and says so.
set -euo pipefail

export DEBIAN_FRONTEND=noninteractive
if ! command -v pg_ctlcluster >/dev/null 2>&1 || ! command -v chromium >/dev/null 2>&1 \
    || [ ! -x /usr/bin/chromedriver ]; then
  apt-get update
  apt-get install -y postgresql chromium chromium-driver fonts-dejavu-core
fi

pg_version="$(ls /etc/postgresql 2>/dev/null | sort -n | tail -1)"
pg_version="${pg_version:-15}"
if ! pg_lsclusters -h | awk '{print $1" "$2" "$4}' | grep -q "^${pg_version} main online"; then
  pg_ctlcluster "$pg_version" main start
fi
for _ in $(seq 1 30); do
  if su postgres -c "psql -qAtc 'select 1'" >/dev/null 2>&1; then break; fi
  sleep 1
done

su postgres -c "psql -v ON_ERROR_STOP=1 -qAt" <<'SQL'
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'rasd') THEN
    CREATE ROLE rasd LOGIN PASSWORD 'rasd';
  END IF;
END $$;
SQL
if ! su postgres -c "psql -qAtc \"select 1 from pg_database where datname = 'rasd_test'\"" | grep -q 1; then
  su postgres -c "createdb -O rasd rasd_test"
fi

export RASD_TEST_PG_URL="jdbc:postgresql://127.0.0.1:5432/rasd_test?user=rasd&password=rasd"
echo "setup-services: PostgreSQL $pg_version up; RASD_TEST_PG_URL=$RASD_TEST_PG_URL" >&2
