package org.rasd.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateParserTest {
    private static final LocalDate SEED = LocalDate.parse("2018-07-03"); // Tuesday

    private static DateMention one(String text, LocalDate pub) {
        List<DateMention> d = DateParser.parse(text, pub);
        assertThat(d).hasSize(1);
        return d.get(0);
    }

    private static String span(String text, DateMention d) {
        return text.substring(d.start(), d.end());
    }

    @Test
    void seedYesterday() {
        DateMention d = one("وفي سياق متصل، قُتل أمس اللواء عماد", SEED);
        assertThat(d.date()).isEqualTo(LocalDate.parse("2018-07-02"));
        assertThat(d.precision()).isEqualTo(1);
        assertThat(d.relative()).isTrue();
    }

    @Test
    void weekdayIsTheLatestOnOrBeforePublication() {
        DateMention d = one("قتل 15 شخصا الأربعاء عندما فجر انتحاري", LocalDate.parse("2015-07-23"));
        assertThat(d.date()).isEqualTo(LocalDate.parse("2015-07-22"));
    }

    @Test
    void weekdayOnThePublicationDayIsThatDay() {
        assertThat(one("يوم الخميس", LocalDate.parse("2015-07-23")).date()).isEqualTo(LocalDate.parse("2015-07-23"));
    }

    @Test
    void eveningOfYesterday() {
        String text = "فجّر انتحاري نفسه، مساء أمس، عند نقطة تفتيش";
        DateMention d = one(text, LocalDate.parse("2015-07-21"));
        assertThat(span(text, d)).isEqualTo("مساء أمس");
        assertThat(d.date()).isEqualTo(LocalDate.parse("2015-07-20"));
    }

    @Test
    void dayOfCurrentMonth() {
        String text = "وقتل في 15 يوليو الجاري جراء إصابته";
        DateMention d = one(text, LocalDate.parse("2015-07-25"));
        assertThat(d.date()).isEqualTo(LocalDate.parse("2015-07-15"));
        assertThat(d.relative()).isFalse();
    }

    @Test
    void absoluteDateWithAlternativeMonthAndYear() {
        String text = "في 3 تموز/يوليو 2018 قصفت";
        DateMention d = one(text, null);
        assertThat(span(text, d)).isEqualTo("3 تموز/يوليو 2018");
        assertThat(d.date()).isNull();
        assertThat(one(text, SEED).date()).isEqualTo(SEED);
    }

    @Test
    void numericDates() {
        assertThat(one("بتاريخ 2018/7/3", null).date()).isNull();
        assertThat(one("بتاريخ 2018/7/3", SEED).date()).isEqualTo(SEED);
        assertThat(one("بتاريخ 3-7-2018", SEED).date()).isEqualTo(SEED);
        assertThat(one("بتاريخ 3.7.2018", SEED).date()).isEqualTo(SEED);
    }

    @Test
    void easternDigitsDayMonth() {
        assertThat(one("في ٣ يوليو", SEED).date()).isEqualTo(SEED);
    }

    @Test
    void dayMonthAfterPublicationTakesThePreviousYear() {
        assertThat(one("في 20 ديسمبر", SEED).date()).isEqualTo(LocalDate.parse("2017-12-20"));
    }

    @Test
    void ordinalDayOfMonth() {
        assertThat(one("في الرابع من تموز", SEED).date()).isEqualTo(LocalDate.parse("2018-07-04"));
        assertThat(one("في الحادي والعشرين من أيار", SEED).date()).isEqualTo(LocalDate.parse("2018-05-21"));
    }

    @Test
    void levantineTwoWordMonth() {
        assertThat(one("في 5 كانون الثاني 2018", SEED).date()).isEqualTo(LocalDate.parse("2018-01-05"));
    }

    @Test
    void maghrebiMonth() {
        assertThat(one("يوم 14 جويلية", SEED).date()).isEqualTo(LocalDate.parse("2018-07-14"));
    }

    @Test
    void hijriDateIsConverted() {
        assertThat(one("15 رمضان 1436 هـ", null).end()).isEqualTo("15 رمضان 1436 هـ".length());
        assertThat(one("15 رمضان 1436 هـ", SEED).date()).isEqualTo(LocalDate.parse("2015-07-02"));
    }

    @Test
    void monthAndYearHasMonthPrecision() {
        DateMention d = one("منذ اندلاعه في مارس 2011", SEED);
        assertThat(d.date()).isEqualTo(LocalDate.parse("2011-03-01"));
        assertThat(d.precision()).isEqualTo(3);
    }

    @Test
    void ambiguousMonthWordAloneIsNotADate() {
        assertThat(DateParser.parse("مارس الضغط على الحكومة", SEED)).isEmpty();
        assertThat(DateParser.parse("صفر", SEED)).isEmpty();
    }

    @Test
    void dayBeforeYesterday() {
        assertThat(one("قالت أول من أمس", SEED).date()).isEqualTo(LocalDate.parse("2018-07-01"));
        assertThat(one("قالت أول أمس", SEED).date()).isEqualTo(LocalDate.parse("2018-07-01"));
    }

    @Test
    void lastNightIsTheDayBefore() {
        assertThat(one("قصفت الطائرات الليلة الماضية", SEED).date()).isEqualTo(LocalDate.parse("2018-07-02"));
    }

    @Test
    void yesterdayWithWeekdayIsYesterday() {
        String text = "شنت مقاتلات تركية أمس السبت غارات";
        DateMention d = one(text, LocalDate.parse("2015-07-26"));
        assertThat(span(text, d)).isEqualTo("أمس السبت");
        assertThat(d.date()).isEqualTo(LocalDate.parse("2015-07-25"));
    }

    @Test
    void nightSpanningTwoWeekdaysIsCodedOnTheSecondDay() {
        String text = "قصفت ليل الجمعة السبت سبعة اهداف";
        DateMention d = one(text, LocalDate.parse("2015-07-26"));
        assertThat(span(text, d)).isEqualTo("ليل الجمعة السبت");
        assertThat(d.date()).isEqualTo(LocalDate.parse("2015-07-25"));
    }

    @Test
    void daysAgo() {
        DateMention d = one("منذ يومين", SEED);
        assertThat(d.date()).isEqualTo(LocalDate.parse("2018-07-01"));
        assertThat(d.precision()).isEqualTo(1);
        DateMention four = one("قبل أربعة أيام", SEED);
        assertThat(four.date()).isEqualTo(LocalDate.parse("2018-06-29"));
        assertThat(four.precision()).isEqualTo(2);
    }

    @Test
    void recentDaysAndWeeksHaveWeekPrecision() {
        assertThat(one("خلال اليومين الماضيين", SEED).precision()).isEqualTo(2);
        assertThat(one("خلال الأيام الماضية", SEED).precision()).isEqualTo(2);
        assertThat(one("الأسبوع الماضي", SEED).precision()).isEqualTo(2);
        assertThat(one("هذا الأسبوع", SEED).precision()).isEqualTo(2);
    }

    @Test
    void thePastHoursAreTheDayOfPublication() {
        // «دارت اشتباكات خلال الساعات الماضية»: a report of the day it is published (or the night before)
        assertThat(one("خلال الساعات الماضية", SEED).date()).isEqualTo(SEED);
        assertThat(one("خلال الساعات الماضية", SEED).precision()).isEqualTo(1);
        assertThat(one("في الساعات القليلة الماضية", SEED).date()).isEqualTo(SEED);
        assertThat(one("خلال الـ24 ساعة الماضية", SEED).date()).isEqualTo(SEED);
    }

    @Test
    void lastMonthHasMonthPrecision() {
        DateMention d = one("الشهر الماضي", SEED);
        assertThat(d.date()).isEqualTo(LocalDate.parse("2018-06-01"));
        assertThat(d.precision()).isEqualTo(3);
    }

    @Test
    void todayWithBracketedWeekdayIsOneMention() {
        String text = "قال مسؤولون، اليوم (الثلاثاء)، إن";
        DateMention d = one(text, SEED);
        assertThat(span(text, d)).isEqualTo("اليوم (الثلاثاء)");
        assertThat(d.date()).isEqualTo(SEED);
    }

    @Test
    void aWeekdayNamedWithTodayOrYesterdayWinsInRepublishedStories() {
        LocalDate saturday = LocalDate.parse("2015-07-25");
        String text = "قتل خمسة أشخاص في بغداد اليوم (الجمعة).";
        DateMention d = one(text, saturday);
        assertThat(span(text, d)).isEqualTo("اليوم (الجمعة)");
        assertThat(d.date()).isEqualTo(LocalDate.parse("2015-07-24")); // the story of Friday, republished on Saturday
        assertThat(d.precision()).isEqualTo(2);
        assertThat(one("قتل جنديان اليوم الجمعة في هجوم", saturday).date()).isEqualTo(LocalDate.parse("2015-07-24"));
        assertThat(one("قتل جنديان يوم الجمعة في هجوم", saturday).date()).isEqualTo(LocalDate.parse("2015-07-24"));
        assertThat(one("قتل جنديان اليوم (السبت) في هجوم", saturday).precision()).isEqualTo(1);
        DateMention y = one("شنت مقاتلات غارات أمس (الخميس)", LocalDate.parse("2015-07-25"));
        assertThat(y.date()).isEqualTo(LocalDate.parse("2015-07-23"));
        assertThat(one("شنت مقاتلات غارات أمس السبت", saturday).date()).isEqualTo(LocalDate.parse("2015-07-24")); // yesterday stands
        assertThat(DateParser.parse("قتل جنديان اليوم (الأحد) في هجوم", saturday)).allMatch(m -> !m.date().isAfter(saturday));
    }

    @Test
    void elevenIsNotSunday() {
        assertThat(DateParser.parse("الأحد عشر لاعبا", SEED)).isEmpty();
    }

    @Test
    void fridayPrayerIsStillFriday() {
        assertThat(one("بعد صلاة الجمعة", SEED).date()).isEqualTo(LocalDate.parse("2018-06-29"));
    }

    @Test
    void weekdayInsideALongerWordIsNotADate() {
        assertThat(DateParser.parse("الجمعيات والسبتية", SEED)).isEmpty();
    }

    @Test
    void noPublicationDateGivesNullDates() {
        assertThat(one("قتل أمس", null).date()).isNull();
    }

    @Test
    void numericHijriDate() {
        String text = "حتى 16/10/1436هـ وذلك";
        DateMention d = one(text, SEED);
        assertThat(span(text, d)).isEqualTo("16/10/1436هـ");
        assertThat(d.date()).isEqualTo(LocalDate.parse("2015-08-01"));
    }

    @Test
    void comingMonthDayIsInTheFuture() {
        assertThat(one("يوم الأحد الثاني من شهر أغسطس المقبل", LocalDate.parse("2015-07-27")).date())
                .isEqualTo(LocalDate.parse("2015-08-02"));
    }

    @Test
    void lebaneseBlocIsNotADate() {
        assertThat(DateParser.parse("وزراء قوى 8 آذار", SEED)).isEmpty();
    }

    @Test
    void perDayIsNotToday() {
        assertThat(DateParser.parse("1.28 مليون برميل في اليوم", SEED)).isEmpty();
        assertThat(DateParser.parse("احتفالات باليوم الدولي", SEED)).isEmpty();
    }

    @Test
    void tomorrowWithWeekdayIsTheNextDay() {
        String text = "يصل يوم غد الأربعاء";
        DateMention d = one(text, SEED);
        assertThat(span(text, d)).isEqualTo("يوم غد الأربعاء");
        assertThat(d.date()).isEqualTo(LocalDate.parse("2018-07-04"));
    }

    @Test
    void cityNamedAfterADateIsNotADate() {
        assertThat(DateParser.parse("في مدينة ٦ أكتوبر القريبة", SEED)).isEmpty();
    }

    @Test
    void nightBeforeLastIsTwoDaysBack() {
        String text = "قتل خمسة اطفال الليل قبل الماضي اثر سقوط قذيفة";
        DateMention d = one(text, LocalDate.parse("2015-07-27"));
        assertThat(span(text, d)).isEqualTo("الليل قبل الماضي");
        assertThat(d.date()).isEqualTo(LocalDate.parse("2015-07-25"));
    }
}
