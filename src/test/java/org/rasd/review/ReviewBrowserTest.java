package org.rasd.review;

/** The review page in headless Chromium; saves docs/review.png. Skips when absent, fails under CI=true. */
class ReviewBrowserTest extends ReviewBrowserContract {
    @Override
    Browsers browser() {
        return Browsers.CHROMIUM;
    }
}
