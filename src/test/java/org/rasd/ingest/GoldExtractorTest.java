package org.rasd.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasd.fixtures.Daraa;
import org.rasd.model.Event;
import org.rasd.model.ExtractionResult;

class GoldExtractorTest {
    @TempDir
    Path dir;

    @Test
    void goldEventsComeBackWithTheirQuoteAsAnEvidenceSpan() throws IOException {
        Path gold = Files.writeString(dir.resolve("gold.jsonl"), "{\"doc_id\": \"daraa-b\", \"events\": [{"
                + "\"event_type\": \"Battles\", \"sub_event_type\": \"Armed clash\", \"date\": \"2018-07-02\", "
                + "\"time_precision\": 1, \"location\": {\"name\": \"Tafas\", \"name_ar\": \"طفس\", \"country\": \"SY\", "
                + "\"lat\": 32.73564, \"lon\": 36.06694, \"geo_precision\": 2}, "
                + "\"actor1\": {\"name\": \"Military Forces of Syria\", \"inter\": 1}, \"actor2\": null, "
                + "\"fatalities\": 5, \"attempted\": false, \"evidence\": \"بمقتل خمسة عناصر من جيش النظام\"}]}\n");
        ExtractionResult r = GoldExtractor.load(gold).extract(Daraa.articleB());
        Event e = r.events().get(0);
        assertThat(e.subEventType().label()).isEqualTo("Armed clash");
        assertThat(e.fatalities()).isEqualTo(5);
        assertThat(e.actor2()).isNull();
        assertThat(e.evidence()).singleElement().satisfies(ev ->
                assertThat(Daraa.TEXT_B.substring(ev.start(), ev.end())).isEqualTo("بمقتل خمسة عناصر من جيش النظام"));
    }

    @Test
    void anArticleWithoutGoldHasNoEvents() throws IOException {
        Path gold = Files.writeString(dir.resolve("gold.jsonl"), "{\"doc_id\": \"other\", \"events\": []}\n");
        assertThat(GoldExtractor.load(gold).extract(Daraa.articleA()).events()).isEmpty();
    }
}
