package org.rasd.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasd.fixtures.Daraa;
import org.rasd.model.Event;
import org.rasd.store.EventQuery;
import org.rasd.store.EventRow;
import org.rasd.store.Store;

/** Review state, audit trail, survival across re-runs, users and the gold export; run against each database. */
abstract class ReviewStoreContract {
    protected Store store;
    Reviews reviews;
    @TempDir
    Path tmp;

    protected abstract String url();

    @BeforeEach
    void open() {
        store = Store.open(url());
        reviews = new Reviews(store);
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    static EventQuery review(String r) {
        return new EventQuery(null, null, null, null, null, null, null, null, null, 1000, 0, r, null);
    }

    long eventOf(String location) {
        return store.events(EventQuery.all()).events().stream().filter(e -> location.equals(e.location()))
                .findFirst().orElseThrow().id();
    }

    long clash() {
        return store.events(EventQuery.all()).events().stream().filter(e -> "Armed clash".equals(e.subEventType())
                && "Tafas".equals(e.location())).findFirst().orElseThrow().id();
    }

    EventRow row(long id) {
        return store.event(id).orElseThrow().event();
    }

    @Test
    void confirmRejectCorrectShowInFiltersStateAndHistory() {
        store.add(Daraa.articleA(), Daraa.eventsA());
        long sayda = eventOf("Sayda");
        long tayyibah = eventOf("At Tayyibah");
        long clash = clash();
        reviews.confirm("amal", clash);
        reviews.reject("amal", sayda, Reviews.Reason.WRONG_PLACE);
        reviews.correct("amal", tayyibah, Map.of("location", "Nawa", "location_ar", "نوى", "latitude", 32.89,
                "longitude", 36.04, "fatalities", 3));

        assertThat(store.events(review("confirmed")).events()).extracting(EventRow::id)
                .containsExactlyInAnyOrder(clash, tayyibah);
        assertThat(store.events(review("rejected")).events()).extracting(EventRow::id).containsExactly(sayda);
        assertThat(store.events(review("unreviewed")).total()).isEqualTo(1);
        assertThat(store.reviewStatuses(List.of(clash, sayda, tayyibah))).containsEntry(clash, "confirmed")
                .containsEntry(sayda, "rejected").containsEntry(tayyibah, "corrected");

        EventRow t = row(tayyibah);
        assertThat(t.location()).isEqualTo("Nawa");
        assertThat(t.locationAr()).isEqualTo("نوى");
        assertThat(t.fatalities()).isEqualTo(3);
        assertThat(reviews.history(tayyibah)).extracting(Reviews.Change::field, Reviews.Change::before,
                Reviews.Change::after).contains(
                org.assertj.core.groups.Tuple.tuple("location", "At Tayyibah", "Nawa"),
                org.assertj.core.groups.Tuple.tuple("fatalities", null, "3"));
        assertThat(reviews.history(sayda)).extracting(Reviews.Change::after).containsExactly("rejected: wrong-place");
        assertThat(reviews.state(sayda).reason()).isEqualTo("wrong-place");
        assertThat(reviews.state(sayda).reviewer()).isEqualTo("amal");
    }

    @Test
    void badCorrectionsAreRefusedAndChangeNothing() {
        store.add(Daraa.articleA(), Daraa.eventsA());
        long id = eventOf("Sayda");
        assertThatThrownBy(() -> reviews.correct("amal", id, Map.of("sub_event_type", "Picnic")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sub_event_type");
        assertThatThrownBy(() -> reviews.correct("amal", id, Map.of("notes", "x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot be reviewed");
        assertThatThrownBy(() -> reviews.correct("amal", id, Map.of("latitude", 123)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> reviews.confirm("amal", 9999)).isInstanceOf(Reviews.NoSuchEvent.class);
        assertThat(reviews.state(id).reviewed()).isFalse();
        assertThat(reviews.history(id)).isEmpty();
    }

    @Test
    void correctingTheSubEventTypeKeepsEventTypeAndDisorderConsistent() {
        store.add(Daraa.articleA(), Daraa.eventsA());
        long id = eventOf("Sayda");
        reviews.correct("amal", id, Map.of("sub_event_type", "Air/drone strike", "inter2", 7, "actor2",
                "Civilians (Syria)"));
        EventRow r = row(id);
        assertThat(r.eventType()).isEqualTo("Explosions/Remote violence");
        assertThat(r.subEventType()).isEqualTo("Air/drone strike");
        assertThat(r.interaction()).isEqualTo(17);
        reviews.correct("amal", id, Map.of("sub_event_type", "Peaceful protest", "inter1", 6, "inter2", 0));
        r = row(id);
        assertThat(r.eventType()).isEqualTo("Protests");
        assertThat(r.disorderType()).isEqualTo("Demonstrations");
        assertThat(r.interaction()).isEqualTo(60);
    }

    @Test
    void reviewedFieldsSurviveResetAndReingest() {
        store.add(Daraa.articleA(), Daraa.eventsA());
        long tayyibah = eventOf("At Tayyibah");
        long sayda = eventOf("Sayda");
        reviews.correct("amal", tayyibah, Map.of("location", "Nawa", "latitude", 32.89, "longitude", 36.04));
        reviews.reject("amal", sayda, Reviews.Reason.DUPLICATE);

        store.clear(); // ingest --reset: the events are extracted and stored again
        store.add(Daraa.articleYemen(), Daraa.eventsYemen()); // other ids now
        store.add(Daraa.articleA(), Daraa.eventsA());

        assertThat(store.events(review("rejected")).events()).extracting(EventRow::location).containsExactly("Sayda");
        List<EventRow> corrected = store.events(review("corrected")).events();
        assertThat(corrected).hasSize(1);
        EventRow c = corrected.get(0);
        assertThat(c.location()).isEqualTo("Nawa");
        assertThat(c.latitude()).isEqualTo(32.89);
        assertThat(reviews.history(c.id())).extracting(Reviews.Change::field).contains("location", "latitude");
        assertThat(store.events(review("unreviewed")).total()).isEqualTo(3); // Yemen, the clash, the air strike
    }

    @Test
    void aMergedReportNeverOverwritesAReviewedField() {
        store.add(Daraa.articleA(), Daraa.eventsA());
        long clash = clash();
        reviews.correct("amal", clash, Map.of("fatalities", 4, "actor1", "Opposition Rebels (Syria)"));
        store.add(Daraa.articleB(), Daraa.eventsB()); // the same clash from another outlet: merged
        EventRow r = row(clash);
        assertThat(r.sourceCount()).isEqualTo(2);
        assertThat(r.fatalities()).isEqualTo(4);
        assertThat(r.actor1()).isEqualTo("Opposition Rebels (Syria)");
        assertThat(store.reviewStatuses(List.of(clash))).containsEntry(clash, "corrected");
    }

    @Test
    void usersHaveHashedPasswordsAndRoles() {
        Users users = new Users(store);
        users.add("amal", Users.Role.REVIEWER, "correct horse".toCharArray(), false);
        users.add("root", Users.Role.ADMIN, "battery staple".toCharArray(), false);
        assertThat(users.verify("amal", "correct horse")).contains(new Users.User("amal", Users.Role.REVIEWER));
        assertThat(users.verify("amal", "wrong password")).isEmpty();
        assertThat(users.verify("nobody", "correct horse")).isEmpty();
        assertThat(users.list()).extracting(Users.User::name).containsExactly("amal", "root");
        String hash = store.query(c -> {
            try (var st = c.createStatement(); var rs = st.executeQuery("SELECT password_hash FROM users WHERE name = 'amal'")) {
                rs.next();
                return rs.getString(1);
            }
        });
        assertThat(hash).startsWith("$2").doesNotContain("correct horse");
        assertThatThrownBy(() -> users.add("amal", Users.Role.ADMIN, "another one".toCharArray(), false))
                .hasMessageContaining("exists");
        assertThatThrownBy(() -> users.add("short", Users.Role.ADMIN, "1234".toCharArray(), false))
                .hasMessageContaining("at least");
        users.add("amal", Users.Role.ADMIN, "another one".toCharArray(), true);
        assertThat(users.verify("amal", "another one")).contains(new Users.User("amal", Users.Role.ADMIN));
    }

    @Test
    void exportWritesFullyReviewedArticlesInTheGoldFormat() throws Exception {
        store.add(Daraa.articleA(), Daraa.eventsA());
        store.add(Daraa.articleYemen(), Daraa.eventsYemen());
        store.add(Daraa.articleScript(), Daraa.eventsScript());
        for (EventRow e : store.events(EventQuery.all()).events()) {
            if (e.countryCode().equals("SY") && !"Busra Esh-Sham".equals(e.location())) {
                if ("Sayda".equals(e.location())) {
                    reviews.reject("amal", e.id(), Reviews.Reason.BACKGROUND);
                } else if ("At Tayyibah".equals(e.location())) {
                    reviews.correct("amal", e.id(), Map.of("location", "Nawa", "location_ar", "نوى",
                            "latitude", 32.89, "longitude", 36.04));
                } else {
                    reviews.confirm("amal", e.id());
                }
            }
        }
        reviews.reject("amal", eventOf("Sanaa"), Reviews.Reason.STATEMENT);
        // the Busra article stays unreviewed: not exported
        GoldExport.Report r = new GoldExport(store).write(tmp);
        assertThat(r.articles()).isEqualTo(2);
        assertThat(r.events()).isEqualTo(3);
        assertThat(r.rejected()).isEqualTo(2);

        ObjectMapper m = new ObjectMapper();
        List<String> lines = Files.readAllLines(tmp.resolve("gold/reviewed.jsonl"));
        Map<String, JsonNode> docs = new LinkedHashMap<>();
        for (String l : lines) {
            JsonNode d = m.readTree(l);
            docs.put(d.get("doc_id").asText(), d);
        }
        assertThat(docs).containsOnlyKeys("daraa-a", "yemen");
        assertThat(docs.get("yemen").get("events")).isEmpty();
        JsonNode evs = docs.get("daraa-a").get("events");
        assertThat(evs).hasSize(3);
        assertThat(evs.findValuesAsText("name_ar")).contains("نوى").doesNotContain("صيدا");
        for (JsonNode e : evs) {
            assertThat(Daraa.TEXT_A).contains(e.get("evidence").asText());
        }
        assertThat(Files.readAllLines(tmp.resolve("articles.jsonl"))).hasSize(2);
        GoldCheck.assertValid(tmp.resolve("gold/reviewed.jsonl"), tmp.resolve("texts.json"));
    }

    @Test
    void agreementComparesReviewersOfTheSameEvent() {
        store.add(Daraa.articleA(), Daraa.eventsA());
        long clash = clash();
        long sayda = eventOf("Sayda");
        reviews.confirm("amal", clash);
        reviews.confirm("badr", clash);
        reviews.confirm("amal", sayda);
        reviews.reject("badr", sayda, Reviews.Reason.NOT_EVENT);
        Reviews.Agreement a = reviews.agreement();
        assertThat(a.events()).isEqualTo(2);
        assertThat(a.agreedStatus()).isEqualTo(1);
        assertThat(a.disagreements()).hasSize(1).first().asString().contains("badr=rejected(not-event)");
        assertThat(reviews.state(sayda).reviewers()).containsExactly("amal", "badr");
        assertThat(reviews.state(sayda).status()).isEqualTo("rejected");
    }

    // ---------------------------------------------------------------- merge and split

    @Test
    void mergeMovesTheReportsHidesTheMergedEventAndAuditsBoth() throws Exception {
        store.add(Daraa.articleA(), Daraa.eventsA());
        store.add(Daraa.articleYemen(), Daraa.eventsYemen());
        long sayda = eventOf("Sayda");
        long tayyibah = eventOf("At Tayyibah");
        long sanaa = eventOf("Sanaa");
        reviews.merge("amal", sayda, tayyibah);

        assertThat(store.events(EventQuery.all()).events()).extracting(EventRow::id).doesNotContain(tayyibah);
        assertThat(store.events(EventQuery.all()).total()).isEqualTo(4);
        assertThat(store.stats(EventQuery.all()).events()).isEqualTo(4);
        assertThat(row(sayda).sourceCount()).isEqualTo(2);
        assertThat(store.event(sayda).orElseThrow().sources()).hasSize(2);
        assertThat(store.event(tayyibah).orElseThrow().sources()).isEmpty();
        assertThat(store.mergedInto(tayyibah)).isEqualTo(sayda);
        assertThat(store.mergedInto(sayda)).isNull();
        assertThat(store.reviewStatuses(List.of(sayda, tayyibah))).containsEntry(tayyibah, "merged")
                .doesNotContainKey(sayda);
        assertThat(reviews.history(sayda)).extracting(Reviews.Change::action, Reviews.Change::field,
                Reviews.Change::after).contains(org.assertj.core.groups.Tuple.tuple("merge", "merged_from",
                "event " + tayyibah));
        assertThat(reviews.history(sayda)).filteredOn(c -> "reports".equals(c.field())).singleElement()
                .satisfies(c -> assertThat(c.after()).startsWith(c.before() + ", report "));
        assertThat(reviews.history(tayyibah)).extracting(Reviews.Change::field, Reviews.Change::after)
                .contains(org.assertj.core.groups.Tuple.tuple("review_status", "merged"),
                        org.assertj.core.groups.Tuple.tuple("merged_into", "event " + sayda));

        // a merged event takes no more reviews, and is not merged twice
        assertThatThrownBy(() -> reviews.confirm("amal", tayyibah)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("merged into event " + sayda);
        assertThatThrownBy(() -> reviews.merge("amal", sanaa, tayyibah)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> reviews.merge("amal", sayda, sayda)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> reviews.merge("amal", sayda, 9999)).isInstanceOf(Reviews.NoSuchEvent.class);

        // the toll is the credible one of every report; the kept event reviews as usual
        reviews.merge("amal", sayda, sanaa);
        assertThat(row(sayda).fatalities()).isEqualTo(10);
        assertThat(reviews.history(sayda)).extracting(Reviews.Change::field, Reviews.Change::before,
                Reviews.Change::after).contains(org.assertj.core.groups.Tuple.tuple("fatalities", null, "10"));
        reviews.correct("amal", sayda, Map.of("fatalities", 0));
        assertThat(store.reviewStatuses(List.of(sayda))).containsEntry(sayda, "corrected");

        // the export writes the merged incident once per article
        reviews.confirm("amal", clash());
        reviews.confirm("amal", store.events(EventQuery.all()).events().stream()
                .filter(e -> "Air/drone strike".equals(e.subEventType())).findFirst().orElseThrow().id());
        GoldExport.Report r = new GoldExport(store).write(tmp);
        assertThat(r.articles()).isEqualTo(2);
        assertThat(r.events()).isEqualTo(4); // daraa-a: clash, air strike, the merged shelling; yemen: the same one
        GoldCheck.assertValid(tmp.resolve("gold/reviewed.jsonl"), tmp.resolve("texts.json"));
    }

    @Test
    void splitByReportsGivesTheChosenReportsTheirOwnEventAndMergeUndoesIt() {
        store.add(Daraa.articleA(), Daraa.eventsA());
        store.add(Daraa.articleB(), Daraa.eventsB()); // the same clash from another outlet: one event, two reports
        long clash = clash();
        List<org.rasd.store.Views.SourceRef> reps = store.event(clash).orElseThrow().sources();
        assertThat(reps).hasSize(2);
        assertThat(row(clash).fatalities()).isEqualTo(2);
        long first = reps.get(0).reportId();
        long second = reps.get(1).reportId();
        assertThatThrownBy(() -> reviews.split("amal", clash, Reviews.SplitPart.reports(List.of(first)), Map.of()))
                .hasMessageContaining("first report stays");
        assertThatThrownBy(() -> reviews.split("amal", clash, Reviews.SplitPart.reports(List.of(second, 9999L)),
                Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> reviews.split("amal", clash, Reviews.SplitPart.reports(List.of(second)),
                Map.of("fatalities", -1))).isInstanceOf(IllegalArgumentException.class);
        assertThat(reviews.history(clash)).isEmpty();

        long other = reviews.split("amal", clash, Reviews.SplitPart.reports(List.of(second)),
                Map.of("event_date", "2018-07-03"));
        EventRow o = row(other);
        assertThat(o.sourceCount()).isEqualTo(1);
        assertThat(o.fatalities()).isEqualTo(5);
        assertThat(o.eventDate()).hasToString("2018-07-03");
        assertThat(o.subEventType()).isEqualTo("Armed clash");
        assertThat(row(clash).sourceCount()).isEqualTo(1);
        assertThat(store.event(other).orElseThrow().sources()).extracting(org.rasd.store.Views.SourceRef::docId)
                .containsExactly("daraa-b");
        assertThat(store.reviewStatuses(List.of(clash, other))).containsEntry(other, "corrected")
                .doesNotContainKey(clash);
        assertThat(reviews.history(clash)).extracting(Reviews.Change::field).contains("split_into", "reports");
        assertThat(reviews.history(other)).extracting(Reviews.Change::field)
                .contains("split_from", "reports", "event_date");

        reviews.merge("amal", clash, other); // undo
        assertThat(row(clash).sourceCount()).isEqualTo(2);
        assertThat(row(clash).fatalities()).isEqualTo(2);
        assertThat(store.events(EventQuery.all()).total()).isEqualTo(4);
    }

    @Test
    void splitByEvidenceDividesOneReport() {
        Event sayda = Daraa.eventsA().get(2);
        Event both = new Event(sayda.eventType(), sayda.subEventType(), sayda.eventDate(), 1, sayda.actor1(), List.of(),
                null, List.of(), sayda.location(), null, false, false, List.of(
                Daraa.span(Daraa.TEXT_A, "كثفت قوات النظام القصف الصاروخي", "trigger"),
                Daraa.span(Daraa.TEXT_A, "وشنت الطائرات الحربية أمس غارات على مدينة طفس", "trigger")), 0.7, "both");
        store.add(Daraa.articleA(), List.of(both));
        long id = store.events(EventQuery.all()).events().get(0).id();
        long report = store.event(id).orElseThrow().sources().get(0).reportId();
        assertThatThrownBy(() -> reviews.split("amal", id, Reviews.SplitPart.evidence(report, List.of(0, 1)), Map.of()))
                .hasMessageContaining("some but not all");
        long air = reviews.split("amal", id, Reviews.SplitPart.evidence(report, List.of(1)),
                Map.of("sub_event_type", "Air/drone strike", "location", "Tafas", "location_ar", "طفس"));
        assertThat(store.event(id).orElseThrow().sources().get(0).evidence()).hasSize(1)
                .first().satisfies(e -> assertThat(e.text()).startsWith("كثفت"));
        org.rasd.store.Views.SourceRef r = store.event(air).orElseThrow().sources().get(0);
        assertThat(r.evidence()).hasSize(1).first().satisfies(e -> assertThat(e.text()).startsWith("وشنت"));
        EventRow a = row(air);
        assertThat(a.subEventType()).isEqualTo("Air/drone strike");
        assertThat(a.eventType()).isEqualTo("Explosions/Remote violence");
        assertThat(a.location()).isEqualTo("Tafas");
        assertThat(reviews.history(air)).extracting(Reviews.Change::after).anyMatch(s -> s != null
                && s.contains("ordinal " + org.rasd.store.EventSurgery.SPLIT_ORDINAL));
        // both are reviewed separately and exported as two events of the article
        reviews.confirm("amal", id);
        GoldExport.Report g;
        try {
            g = new GoldExport(store).write(tmp);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(g.articles()).isEqualTo(1);
        assertThat(g.events()).isEqualTo(2);
    }
}
