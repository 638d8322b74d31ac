package org.rasd.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rasd.fixtures.Daraa;
import org.rasd.model.Article;
import org.rasd.model.Event;
import org.rasd.model.Evidence;

/** Store behaviour, run against each database. */
abstract class StoreContract {
    protected Store store;

    protected abstract String url();

    @BeforeEach
    void open() {
        store = Store.open(url());
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void storesAnArticleWithAllItsEvents() {
        StoreOutcome o = store.add(Daraa.articleA(), Daraa.eventsA());
        assertThat(o.added()).isTrue();
        assertThat(o.eventsAdded()).isEqualTo(4);
        assertThat(store.counts()).isEqualTo(new Views.Counts(1, 4, 4));
    }

    @Test
    void theSameArticleTwiceAddsNothing() {
        store.add(Daraa.articleA(), Daraa.eventsA());
        StoreOutcome again = store.add(Daraa.articleA(), Daraa.eventsA());
        assertThat(again.added()).isFalse();
        assertThat(store.counts()).isEqualTo(new Views.Counts(1, 4, 4));
    }

    @Test
    void theSameTextUnderAnotherUrlIsTheSameArticle() {
        store.add(Daraa.articleA(), Daraa.eventsA());
        Article a = Daraa.articleA();
        Article copy = new Article("copy", a.published(), a.title(), "  " + a.text().replace("\n\n", "\n") + " ",
                "Mirror", "https://mirror.example/x");
        assertThat(store.add(copy, Daraa.eventsA()).added()).isFalse();
    }

    @Test
    void theSameUrlWithEditedTextIsTheSameArticle() {
        store.add(Daraa.articleB(), Daraa.eventsB());
        Article b = Daraa.articleB();
        Article edited = new Article("b2", b.published(), b.title(), b.text() + " تحديث.", b.source(), b.url());
        assertThat(store.add(edited, List.of()).added()).isFalse();
        assertThat(store.counts().articles()).isEqualTo(1);
    }

    @Test
    void anotherOutletsReportOfTheSameIncidentBecomesASecondSource() {
        store.add(Daraa.articleA(), Daraa.eventsA());
        StoreOutcome b = store.add(Daraa.articleB(), Daraa.eventsB());
        assertThat(b.eventsMerged()).isEqualTo(1);
        assertThat(store.counts()).isEqualTo(new Views.Counts(2, 4, 5));
        EventRow clash = store.events(EventQuery.all()).events().stream()
                .filter(e -> "Armed clash".equals(e.subEventType())).findFirst().orElseThrow();
        assertThat(clash.sourceCount()).isEqualTo(2);
        assertThat(clash.fatalities()).isEqualTo(2);
        assertThat(clash.sources()).containsExactly("Outlet A", "Outlet B");
        Views.EventDetail d = store.event(clash.id()).orElseThrow();
        assertThat(d.sources()).extracting(Views.SourceRef::fatalities).containsExactly(2, 5);
        assertThat(d.sources()).allSatisfy(s -> assertThat(s.evidence()).isNotEmpty());
    }

    @Test
    void eventsOfOneArticleAreNeverMergedWithEachOther() {
        // Sayda and At Tayyibah are 7 km apart, same family, same day: still two events of one article
        store.add(Daraa.articleA(), Daraa.eventsA());
        assertThat(store.events(EventQuery.all()).events())
                .filteredOn(e -> "Shelling/artillery/missile attack".equals(e.subEventType())).hasSize(2);
    }

    @Test
    void anEventWithAnImpossibleSpanStoresNothingOfItsArticle() {
        Event e = Daraa.eventsB().get(0);
        Event broken = new Event(e.eventType(), e.subEventType(), e.eventDate(), 1, e.actor1(), null, e.actor2(), null,
                e.location(), 1, false, false, List.of(new Evidence(0, 100_000, "x", "trigger")), 0.5, null);
        assertThatThrownBy(() -> store.add(Daraa.articleB(), List.of(e, broken)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(store.counts()).isEqualTo(new Views.Counts(0, 0, 0));
    }

    @Test
    void articleViewListsTheEvidenceSpansOfItsEvents() {
        long id = store.add(Daraa.articleA(), Daraa.eventsA()).articleId();
        Views.ArticleView v = store.article(id).orElseThrow();
        assertThat(v.spans()).hasSize(4);
        assertThat(v.spans()).allSatisfy(s -> assertThat(v.text().substring(s.start(), s.end())).isEqualTo(s.text()));
    }

    @Test
    void reopeningTheStoreKeepsItsContents() {
        store.add(Daraa.articleA(), Daraa.eventsA());
        store.close();
        store = Store.open(url());
        assertThat(store.counts().events()).isEqualTo(4);
    }

    @Test
    void clearEmptiesTheStoreAndItFillsAgain() {
        store.add(Daraa.articleA(), Daraa.eventsA());
        store.clear();
        assertThat(store.counts()).isEqualTo(new Views.Counts(0, 0, 0));
        assertThat(store.add(Daraa.articleA(), Daraa.eventsA()).added()).isTrue();
    }
}
