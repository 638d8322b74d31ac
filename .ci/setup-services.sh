#!/usr/bin/env bash
# Installs and starts what the store and browser tests need: Debian's PostgreSQL 15, headless Chromium
# with its driver, and Firefox ESR with the puppeteer-core script that drives it. Source it
# (`. .ci/setup-services.sh`) so that RASD_TEST_PG_URL reaches the test run.
# Idempotent: safe to run on a machine where everything is already installed and running.
# Firefox: geckodriver is in neither Debian's packages nor Maven Central, so the review page's Firefox test
# (FirefoxReviewBrowserTest) does not use Selenium: src/test/firefox/review.mjs drives Firefox ESR over WebDriver BiDi
# with puppeteer-core (npm ci below; puppeteer-core downloads no browser).
set -euo pipefail

export DEBIAN_FRONTEND=noninteractive
if ! command -v pg_ctlcluster >/dev/null 2>&1 || ! command -v chromium >/dev/null 2>&1 \
    || [ ! -x /usr/bin/chromedriver ] || [ ! -x /usr/bin/firefox-esr ]; then
  apt-get update
  apt-get install -y postgresql chromium chromium-driver firefox-esr fonts-dejavu-core
fi
firefox_js="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/src/test/firefox"
if [ ! -d "$firefox_js/node_modules/puppeteer-core" ]; then
  npm ci --prefix "$firefox_js" --no-audit --no-fund
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
