package org.rasd.extract;

import java.time.LocalDate;
import java.util.List;
import org.rasd.lexicon.ActorEntry;
import org.rasd.lexicon.Lexicon;
import org.rasd.lexicon.Mention;
import org.rasd.model.Actor;
import org.rasd.model.Inter;
import org.rasd.text.Document;
import org.rasd.text.Token;

/** Turns actor mentions into ACLED actors for one event: picks the entry valid for the article, fills {C}. */
final class ActorResolver {
    private final Lexicon lex;
    private final Document doc;
    private final String focus;

    ActorResolver(Lexicon lex, Document doc, String focus) {
        this.lex = lex;
        this.doc = doc;
        this.focus = focus;
    }

    /** The entry of a mention usable in this article, or null (focus-restricted spellings elsewhere). */
    ActorEntry entry(Mention<ActorEntry> m) {
        LocalDate pub = doc.published();
        ActorEntry generic = null;
        for (ActorEntry e : m.entries()) {
            if (!e.validOn(pub)) {
                continue;
            }
            if (e.focusOnly() != null) {
                if (e.focusOnly().equals(focus)) {
                    return e;
                }
                continue;
            }
            if (!e.generic()) {
                return e;
            }
            if (generic == null) {
                generic = e;
            }
        }
        return generic;
    }

    /** Nationality adjective right after the mention (قوات تركية، شرطيين تركيين), or null. */
    String demonymAfter(Mention<ActorEntry> m) {
        List<Token> toks = doc.tokens();
        int i = m.lastToken() + 1;
        if (i < toks.size()) {
            return lex.demonym(toks.get(i));
        }
        return null;
    }

    /** The ACLED actor for a mention in an event located in {@code eventCountry} (ISO-2, may be null). */
    Actor resolve(Mention<ActorEntry> m, String eventCountry) {
        ActorEntry e = entry(m);
        if (e == null) {
            return null;
        }
        String name = e.name();
        if (name.contains("{C}")) {
            String iso = demonymAfter(m);
            if (iso == null) {
                iso = eventCountry != null ? eventCountry : focus;
            }
            if (iso == null) {
                return null;
            }
            name = name.replace("{C}", lex.countryName(iso));
        }
        return new Actor(name, e.inter());
    }

    /** A generic actor by template for a country: "Military Forces of {C}" etc. */
    Actor generic(String template, Inter inter, String country) {
        String iso = country != null ? country : focus;
        if (iso == null) {
            return null;
        }
        return new Actor(template.replace("{C}", lex.countryName(iso)), inter);
    }
}
