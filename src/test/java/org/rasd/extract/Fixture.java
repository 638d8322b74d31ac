package org.rasd.extract;

import java.time.LocalDate;
import org.rasd.lexicon.Lexicon;
import org.rasd.text.Document;
import org.rasd.text.TextPipeline;

/** One document's layers, sentences and frames, for unit tests of the extract components. */
final class Fixture {
    static final LocalDate PUB = LocalDate.of(2018, 7, 3);
    static final FixturePlaces PLACES = new FixturePlaces()
            .add("طفس", "Tafas", "SY", 32.73564, 36.06694, 1)
            .add("صيدا", "Sayda", "SY", 32.62944, 36.22626, 1)
            .add("الطيبة", "At Tayyibah", "SY", 32.56323, 36.24392, 1)
            .add("الجيزة", "Al Jizah", "SY", 32.56909, 36.31551, 1)
            .add("درعا", "Dar'a", "SY", 32.61889, 36.10213, 3)
            .add("عدن", "Aden", "YE", 12.77944, 45.03667, 1)
            .add("ديار بكر", "Diyarbakir", "TR", 37.91363, 40.21721, 1);

    final Layers layers;

    Fixture(String text) {
        this(text, PLACES);
    }

    Fixture(String text, PlaceFinder places) {
        Document doc = TextPipeline.analyze("t", text, PUB);
        layers = new Layers(Lexicon.get(), doc, places.find(doc, ""));
    }

    SentenceView sentence(int si) {
        return SentenceView.of(layers, si);
    }

    SentenceFrames frames(int si) {
        return FrameBuilder.build(layers, sentence(si));
    }

    /** The only frame of sentence {@code si}. */
    Frame frame(int si) {
        SentenceFrames fs = frames(si);
        if (fs == null || fs.frames().size() != 1) {
            throw new AssertionError("expected one frame in sentence " + si + ": " + fs);
        }
        return fs.frames().get(0);
    }
}
