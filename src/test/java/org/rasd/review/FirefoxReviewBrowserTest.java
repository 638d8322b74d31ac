package org.rasd.review;

/** The review page in headless Firefox; skips, saying why, without Firefox and geckodriver (see {@link Browsers}). */
class FirefoxReviewBrowserTest extends ReviewBrowserContract {
    @Override
    Browsers browser() {
        return Browsers.FIREFOX;
    }
}
