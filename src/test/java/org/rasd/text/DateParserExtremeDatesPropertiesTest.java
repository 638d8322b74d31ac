package org.rasd.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Any publication date, from {@link LocalDate#MIN} to {@link LocalDate#MAX}, with any date expression
 * (Hijri months outside the Hijri calendar's range included): parsing never throws; a date that cannot be
 * resolved is simply not resolved (issue 13 item 4).
 */
class DateParserExtremeDatesPropertiesTest {
    private static final String[] SNIPPETS = {"15 رمضان", "شهر رمضان", "في شوال", "الرابع من ذي الحجة",
        "20 محرم المقبل", "3 صفر الماضي", "ربيع الأول", "15 يوليو", "في تموز", "29 فبراير", "أمس", "اليوم",
        "غدا", "أول أمس", "الجمعة الماضية", "الخميس المقبل", "يوم السبت", "ليل الجمعة السبت", "الشهر الماضي",
        "الشهر الجاري", "الأسبوع الماضي", "منذ 3 أيام", "قبل شهرين", "منذ 120 شهرا", "العام الماضي",
        "3 يوليو من العام الماضي", "2018/7/3", "1439/10/15", "3.7.2018", " ", "، ", "في ", "قتل "};

    @Provide
    Arbitrary<LocalDate> published() {
        Arbitrary<LocalDate> any = Arbitraries.longs()
                .between(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay()).map(LocalDate::ofEpochDay);
        Arbitrary<LocalDate> edges = Arbitraries.of(LocalDate.MIN, LocalDate.MAX, LocalDate.MIN.plusDays(40),
                LocalDate.MAX.minusDays(40), LocalDate.of(1882, 11, 11), LocalDate.of(1882, 11, 12),
                LocalDate.of(2174, 11, 25), LocalDate.of(2174, 11, 26), LocalDate.of(1, 1, 1), LocalDate.of(0, 1, 1));
        return Arbitraries.oneOf(any, edges);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(SNIPPETS).list().ofMinSize(1).ofMaxSize(6).map(l -> String.join(" ", l));
    }

    @Property(tries = 600)
    void anyPublicationDateParsesWithoutException(@ForAll("texts") String text, @ForAll("published") LocalDate pub) {
        List<DateMention> ds = DateParser.parse(text, pub);
        for (DateMention d : ds) {
            assertThat(d.start()).isBetween(0, d.end());
            assertThat(d.end()).isLessThanOrEqualTo(text.length());
        }
    }

    @Test
    void hijriMonthWithPublicationOutsideTheHijriRangeIsNotResolved() {
        // HijrahDate covers 1300-1600 AH (1882-11-12 .. 2174-11-25); before the fix HijrahDate.from threw
        for (LocalDate pub : new LocalDate[] {LocalDate.of(1800, 1, 1), LocalDate.of(2500, 6, 1), LocalDate.MIN,
            LocalDate.MAX}) {
            assertThat(DateParser.parse("15 رمضان", pub)).isEmpty();
            assertThat(DateParser.parse("شهر رمضان", pub)).isEmpty();
        }
        // inside the range it still resolves
        assertThat(DateParser.parse("15 رمضان", LocalDate.of(2015, 7, 21)))
                .singleElement().extracting(DateMention::date).isEqualTo(LocalDate.of(2015, 7, 2));
    }
}
