package org.rasd.ingest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.rasd.model.Article;

/**
 * Main text of a news web page: the {@code <article>} (or {@code <main>}, or the block holding most
 * paragraph text) with navigation, scripts and boilerplate dropped, paragraphs separated by blank lines.
 */
public final class HtmlText {
    private HtmlText() {
    }

    /** Text of an HTML fragment (a feed's description): tags dropped, block breaks kept. */
    public static String fragmentText(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document d = Jsoup.parseBodyFragment(html);
        return blocks(d.body());
    }

    public static Article article(String html, String docId, String baseUrl) {
        Document d = Jsoup.parse(html, baseUrl == null ? "" : baseUrl);
        d.select("script, style, noscript, template, nav, header, footer, aside, form, iframe, svg").remove();
        Element root = d.selectFirst("article");
        if (root == null) {
            root = d.selectFirst("main, [role=main]");
        }
        if (root == null) {
            root = densest(d);
        }
        String text = blocks(root == null ? d.body() : root);
        String title = meta(d, "meta[property=og:title]");
        if (title == null) {
            Element h1 = d.selectFirst("h1");
            title = h1 != null ? h1.text() : d.title();
        }
        String url = null;
        Element canon = d.selectFirst("link[rel=canonical][href]");
        if (canon != null) {
            url = canon.absUrl("href");
        }
        if (url == null || url.isBlank()) {
            url = meta(d, "meta[property=og:url]");
        }
        if ((url == null || url.isBlank()) && baseUrl != null && baseUrl.startsWith("http")) {
            url = baseUrl;
        }
        LocalDate published = date(meta(d, "meta[property=article:published_time]"));
        if (published == null) {
            Element t = d.selectFirst("time[datetime]");
            published = t == null ? null : date(t.attr("datetime"));
        }
        String source = meta(d, "meta[property=og:site_name]");
        return new Article(docId, published, title, text, source, url == null || url.isBlank() ? null : url);
    }

    private static String meta(Document d, String css) {
        Element e = d.selectFirst(css);
        String v = e == null ? null : e.attr("content").trim();
        return v == null || v.isEmpty() ? null : v;
    }

    static LocalDate date(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String v = s.trim();
        try {
            return OffsetDateTime.parse(v).toLocalDate();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(v.length() >= 10 ? v.substring(0, 10) : v);
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    /** The element whose direct paragraphs hold the most text. */
    private static Element densest(Document d) {
        Element best = null;
        int bestLen = 0;
        for (Element e : d.select("div, section, td, body")) {
            int len = 0;
            for (Element p : e.children()) {
                if (p.tagName().equals("p")) {
                    len += p.text().length();
                }
            }
            if (len > bestLen) {
                best = e;
                bestLen = len;
            }
        }
        return best;
    }

    private static String blocks(Element root) {
        Elements paras = root.select("p, h1, h2, h3, h4, li, blockquote");
        StringBuilder sb = new StringBuilder();
        if (paras.isEmpty()) {
            return root.text().strip();
        }
        for (Element p : paras) {
            if (!p.tagName().equals("li") && p.select("p, li, blockquote").stream().anyMatch(x -> x != p)) {
                continue; // a container: its children are visited themselves
            }
            String t = p.text().strip();
            if (!t.isEmpty()) {
                if (sb.length() > 0) {
                    sb.append("\n\n");
                }
                sb.append(t);
            }
        }
        return sb.toString();
    }
}
