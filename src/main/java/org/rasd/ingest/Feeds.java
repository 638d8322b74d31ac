package org.rasd.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.rasd.model.Article;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * RSS 2.0 and Atom feeds, parsed with the JDK's XML parser configured against XXE: DOCTYPEs are refused,
 * external entities, schemas and XInclude are off. Each item becomes an article whose text is the item's
 * content (or description) with HTML dropped.
 */
public final class Feeds {
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";

    private Feeds() {
    }

    /** A secure, namespace-aware document builder. */
    static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return b;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the bytes start like an RSS or Atom document (after any XML declaration). */
    public static boolean looksLikeFeed(String head) {
        String h = head.stripLeading();
        return h.startsWith("<?xml") || h.startsWith("<rss") || h.startsWith("<feed") || h.startsWith("<rdf:RDF");
    }

    /** Parses a feed; {@code origin} names it in doc ids and messages. */
    public static List<Article> parse(InputStream in, String origin) throws IOException {
        Document d;
        try {
            d = builder().parse(in);
        } catch (SAXException e) {
            throw new IOException("not a well-formed feed (" + e.getMessage() + ")", e);
        }
        Element root = d.getDocumentElement();
        List<Article> out = new ArrayList<>();
        String feedTitle;
        if ("feed".equals(root.getLocalName()) && ATOM.equals(root.getNamespaceURI())) {
            feedTitle = text(first(root, ATOM, "title"));
            for (Element e : children(root, ATOM, "entry")) {
                String link = null;
                for (Element l : children(e, ATOM, "link")) {
                    String rel = l.getAttribute("rel");
                    if (rel.isEmpty() || rel.equals("alternate")) {
                        link = l.getAttribute("href");
                        break;
                    }
                }
                String body = text(first(e, ATOM, "content"));
                if (body == null || body.isBlank()) {
                    body = text(first(e, ATOM, "summary"));
                }
                String date = text(first(e, ATOM, "published"));
                if (date == null) {
                    date = text(first(e, ATOM, "updated"));
                }
                String id = text(first(e, ATOM, "id"));
                add(out, id != null ? id : link, text(first(e, ATOM, "title")), body, link, isoDate(date), feedTitle);
            }
        } else if ("rss".equals(root.getLocalName()) || "RDF".equals(root.getLocalName())) {
            Element channel = first(root, null, "channel");
            feedTitle = channel == null ? null : text(first(channel, null, "title"));
            NodeList items = d.getElementsByTagNameNS("*", "item");
            if (items.getLength() == 0) {
                items = d.getElementsByTagName("item");
            }
            for (int i = 0; i < items.getLength(); i++) {
                Element e = (Element) items.item(i);
                String link = text(first(e, null, "link"));
                String body = text(first(e, CONTENT, "encoded"));
                if (body == null || body.isBlank()) {
                    body = text(first(e, null, "description"));
                }
                String guid = text(first(e, null, "guid"));
                LocalDate pub = rfc822(text(first(e, null, "pubDate")));
                if (pub == null) {
                    pub = isoDate(text(first(e, null, "date")));
                }
                add(out, guid != null ? guid : link, text(first(e, null, "title")), body, link, pub, feedTitle);
            }
        } else {
            throw new IOException("neither RSS nor Atom: root element <" + root.getNodeName() + ">");
        }
        return out;
    }

    private static void add(List<Article> out, String id, String title, String htmlBody, String link,
                            LocalDate published, String feedTitle) {
        String text = HtmlText.fragmentText(htmlBody);
        if (text.isBlank()) {
            text = title == null ? "" : title.strip();
        }
        if (text.isBlank()) {
            return;
        }
        String docId = id != null && !id.isBlank() ? id.strip() : "feed-item-" + Integer.toHexString(text.hashCode());
        out.add(new Article(docId, published, title == null ? "" : title.strip(), text, feedTitle,
                link == null || link.isBlank() ? null : link.strip()));
    }

    static LocalDate rfc822(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return ZonedDateTime.parse(s.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
        } catch (DateTimeParseException e) {
            return isoDate(s);
        }
    }

    static LocalDate isoDate(String s) {
        return HtmlText.date(s);
    }

    private static Element first(Element parent, String ns, String local) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && local.equals(localName(e)) && (ns == null || ns.equals(e.getNamespaceURI()))) {
                return e;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent, String ns, String local) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && local.equals(localName(e)) && (ns == null || ns.equals(e.getNamespaceURI()))) {
                out.add(e);
            }
        }
        return out;
    }

    private static String localName(Element e) {
        return e.getLocalName() != null ? e.getLocalName() : e.getNodeName();
    }

    private static String text(Element e) {
        if (e == null) {
            return null;
        }
        String t = e.getTextContent();
        return t == null ? null : t.strip();
    }
}
