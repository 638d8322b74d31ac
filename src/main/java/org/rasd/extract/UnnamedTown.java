package org.rasd.extract;

import java.util.Set;
import org.rasd.text.Affixes;
import org.rasd.text.Token;

/**
 * A frame whose town is described, not named («في بلدة تركية على الحدود السورية»): its scene is that town, so it takes
 * no place from the paragraph ({@link PlaceArgument}). The head and adjective words are data ({@code words.tsv}:
 * {@code town_head}, {@code border_adjective}).
 */
final class UnnamedTown {
    private UnnamedTown() {
    }

    /** Heads of a town the text may leave unnamed («بلدة», «مدينة», «قرية»). */
    private static final Set<String> TOWN_HEADS = Words.WORDS.set("town_head");
    /** «حدودية»: a border town, named by where it lies. */
    private static final Set<String> BORDER_ADJECTIVES = Words.WORDS.set("border_adjective");

    /**
     * Whether frame {@code f}'s region describes its town without naming it: a town head and a nationality or border
     * adjective («في بلدة تركية على الحدود السورية», «في قرية حدودية»). The scene is that town, not the place the
     * paragraph named before («مداهمات في إسطنبول ... بعد تفجير انتحاري في بلدة تركية»).
     */
    static boolean describes(Layers l, Frame f) {
        for (int k = f.regionStart(); k + 1 < Math.min(f.regionEnd(), l.toks.size()); k++) {
            Token head = l.toks.get(k);
            Token adj = l.toks.get(k + 1);
            if (Words.anyKey(head, TOWN_HEADS) && !head.norm().startsWith(Affixes.ARTICLE)
                    && (Words.anyKey(adj, BORDER_ADJECTIVES) || l.lex.nationalityAdjective(adj) != null
                    && !l.lex.countryNameOnly(adj))) {
                return true;
            }
        }
        return false;
    }
}
