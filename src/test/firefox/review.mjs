// The review page in headless Firefox ESR, driven by puppeteer-core over WebDriver BiDi (no geckodriver).
// Run by FirefoxReviewBrowserTest: RASD_BASE_URL (ends with '/'), RASD_USER, RASD_PASSWORD; FIREFOX_BIN optional.
// Logs in, checks the evidence is shown right to left, confirms the selected event and rejects the next one as
// "wrong place" with the keyboard, and checks the queue loses both. Prints {"confirmed":id,"rejected":id}; exit 0.
import puppeteer from 'puppeteer-core';

const base = process.env.RASD_BASE_URL;
const user = process.env.RASD_USER;
const password = process.env.RASD_PASSWORD;
if (!base || !user || !password) {
  console.error('review.mjs: set RASD_BASE_URL, RASD_USER and RASD_PASSWORD');
  process.exit(2);
}
const TIMEOUT = 30000;

function check(cond, msg) {
  if (!cond) throw new Error(msg);
}

const browser = await puppeteer.launch({
  browser: 'firefox',
  executablePath: process.env.FIREFOX_BIN || '/usr/bin/firefox-esr',
  headless: true,
  args: ['-width=1400', '-height=900'],
  extraPrefsFirefox: { 'intl.accept_languages': 'en-US' },
});
try {
  const page = await browser.newPage();
  page.setDefaultTimeout(TIMEOUT);
  page.on('pageerror', err => console.error('[page error] ' + err.message));
  await page.setViewport({ width: 1400, height: 900 });
  const statusText = () => page.$eval('#status', s => s.textContent);
  const waitStatus = async text => {
    try {
      await page.waitForFunction(t => document.getElementById('status').textContent.includes(t), {}, text);
    } catch (e) {
      throw new Error('status never said "' + text + '"; it says "' + (await statusText()) + '"');
    }
  };
  const rowIds = () => page.$$eval('#queue tr.row', rows => rows.map(r => Number(r.dataset.id)));
  const currentId = async () => {
    await page.waitForSelector('#reports mark.current');
    const h = await page.$eval('#event h2', e => e.textContent);
    const m = /^Event (\d+)$/.exec(h);
    check(m, 'no event selected: ' + h);
    return Number(m[1]);
  };

  await page.goto(base + 'review.html');
  await page.waitForFunction(() => document.body.dataset.ready === 'true');
  const before = await rowIds();
  check(before.length >= 2, 'expected at least two events in the queue, got ' + before.length);

  await page.type('#login-name', user);
  await page.type('#login-password', password);
  await page.keyboard.press('Enter');
  await waitStatus('Logged in as ' + user);

  // right to left: the evidence passage and the article text are Arabic, marked dir=rtl, laid out rtl
  const rtl = await page.$eval('#reports .article-text', e => ({
    dir: e.getAttribute('dir'), direction: getComputedStyle(e).direction, text: e.textContent,
  }));
  check(rtl.dir === 'rtl', 'article text dir is ' + rtl.dir);
  check(rtl.direction === 'rtl', 'article text computed direction is ' + rtl.direction);
  check(/[\u0600-\u06FF]/.test(rtl.text), 'article text has no Arabic letters');
  const mark = await page.$eval('#reports mark.current', e => e.textContent);
  check(/[\u0600-\u06FF]/.test(mark), 'evidence passage has no Arabic letters: ' + mark);

  // confirm the selected event with "c"
  const confirmed = await currentId();
  await page.keyboard.press('c');
  await waitStatus('Event ' + confirmed + ': confirmed');
  await page.waitForFunction((id, n) => {
    const ids = [...document.querySelectorAll('#queue tr.row')].map(r => Number(r.dataset.id));
    return ids.length === n && !ids.includes(id);
  }, {}, confirmed, before.length - 1);

  // reject the next one with "r", then "4" (wrong place)
  const rejected = await currentId();
  check(rejected !== confirmed, 'the selection did not move on after confirming');
  await page.keyboard.press('r');
  await page.waitForSelector('#reject-box', { visible: true });
  await page.keyboard.press('4');
  await waitStatus('Event ' + rejected + ': rejected (wrong-place)');
  await page.waitForFunction((id, n) => {
    const ids = [...document.querySelectorAll('#queue tr.row')].map(r => Number(r.dataset.id));
    return ids.length === n && !ids.includes(id);
  }, {}, rejected, before.length - 2);

  console.log(JSON.stringify({ browser: await browser.version(), confirmed, rejected }));
} finally {
  await browser.close();
}
