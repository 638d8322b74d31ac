package org.rasd.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NumberParserTest {
    private static List<NumberMention> numbers(String text) {
        return NumberParser.parse(text);
    }

    private static NumberMention one(String text) {
        List<NumberMention> n = numbers(text);
        assertThat(n).hasSize(1);
        return n.get(0);
    }

    @Test
    void seedTwoOfTheSeniorCommanders() {
        NumberMention n = one("كان آخرها مصرع اثنين من كبار قادة قوات النظام");
        assertThat(n.value()).isEqualTo(2L);
        assertThat(n.qualifier()).isEqualTo(Qualifier.EXACT);
    }

    @Test
    void seedEighteenRaids() {
        String text = "شنَّ 18 غارة";
        NumberMention n = one(text);
        assertThat(n.value()).isEqualTo(18L);
        assertThat(n.noun()).isEqualTo("غاره");
        assertThat(text.substring(n.start(), n.end())).isEqualTo("18");
    }

    @Test
    void seedDualOfficers() {
        NumberMention n = one("منها مصرع ضابطين من كبار قادة الجيش");
        assertThat(n.value()).isEqualTo(2L);
        assertThat(n.noun()).isEqualTo("ضابط");
    }

    @Test
    void fifteenPeopleWithTamyizNoun() {
        NumberMention n = one("قتل 15 شخصا بينهم نساء");
        assertThat(n.value()).isEqualTo(15L);
        assertThat(n.noun()).isEqualTo("شخص");
    }

    @Test
    void noFewerThanSixIsAtLeastAndSpanIncludesTheQualifier() {
        String text = "ان ما لا يقل عن ستة من رجال الجيش";
        NumberMention n = one(text);
        assertThat(n.value()).isEqualTo(6L);
        assertThat(n.qualifier()).isEqualTo(Qualifier.AT_LEAST);
        assertThat(text.substring(n.start(), n.end())).isEqualTo("ما لا يقل عن ستة");
        assertThat(n.noun()).isEqualTo("رجال");
    }

    @Test
    void sevenTargets() {
        NumberMention n = one("قصفت سبعة أهداف");
        assertThat(n.value()).isEqualTo(7L);
        assertThat(n.noun()).isEqualTo("اهداف");
    }

    @Test
    void dualSoldiersFollowedByAdjective() {
        NumberMention n = one("إن جنديين ليبيين قتلا");
        assertThat(n.value()).isEqualTo(2L);
        assertThat(n.noun()).isEqualTo("جندي");
    }

    @Test
    void trailingAtLeastAfterNoun() {
        String text = "فيما قتل 57 مدنيا على الأقل وأصيب";
        NumberMention n = one(text);
        assertThat(n.value()).isEqualTo(57L);
        assertThat(n.qualifier()).isEqualTo(Qualifier.AT_LEAST);
        assertThat(n.noun()).isEqualTo("مدني");
        assertThat(text.substring(n.start(), n.end())).isEqualTo("57 مدنيا على الأقل");
    }

    @Test
    void compoundTwentyFive() {
        NumberMention n = one("قتل خمسة وعشرين مسلحا");
        assertThat(n.value()).isEqualTo(25L);
        assertThat(n.noun()).isEqualTo("مسلح");
    }

    @Test
    void compoundHundredsAndThousands() {
        assertThat(one("نحو ثلاثمائة وخمسين").value()).isEqualTo(350L);
        assertThat(one("ثلاثة آلاف مقاتل").value()).isEqualTo(3000L);
        assertThat(one("مئة ألف نازح").value()).isEqualTo(100_000L);
        assertThat(one("ألف وخمسمائة").value()).isEqualTo(1500L);
        assertThat(one("مائتين").value()).isEqualTo(200L);
    }

    @Test
    void teens() {
        assertThat(one("أحد عشر جنديا").value()).isEqualTo(11L);
        assertThat(one("اثنا عشر").value()).isEqualTo(12L);
        assertThat(one("ثلاثة عشر قتيلا").value()).isEqualTo(13L);
    }

    @Test
    void numberWordsWithProclitics() {
        assertThat(one("وثلاثة جرحى").value()).isEqualTo(3L);
        assertThat(one("بثلاثة صواريخ").value()).isEqualTo(3L);
    }

    @Test
    void dualsOnNouns() {
        assertThat(one("قتيلين").noun()).isEqualTo("قتيل");
        assertThat(one("شرطيين").noun()).isEqualTo("شرطي");
        assertThat(one("انتحاريان").noun()).isEqualTo("انتحاري");
        assertThat(one("سيارتين").noun()).isEqualTo("سياره");
        assertThat(one("طفلين").value()).isEqualTo(2L);
    }

    @Test
    void soundPluralIsNotADual() {
        assertThat(numbers("مقتل مدنيين ومسلحين")).isEmpty();
    }

    @Test
    void vagueQuantitiesHaveNoValue() {
        List<NumberMention> n = numbers("عشرات القتلى ومئات الجرحى وآلاف النازحين وعدد من المدنيين وبضعة أشخاص");
        assertThat(n).extracting(NumberMention::qualifier).containsExactly(
                Qualifier.DOZENS, Qualifier.HUNDREDS, Qualifier.THOUSANDS, Qualifier.SEVERAL, Qualifier.SEVERAL);
        assertThat(n).allSatisfy(m -> assertThat(m.value()).isNull());
        assertThat(n.get(0).noun()).isEqualTo("قتلي");
    }

    @Test
    void approxAndMoreThanAndLessThan() {
        assertThat(one("نحو 300 شخص").qualifier()).isEqualTo(Qualifier.APPROX);
        assertThat(one("حوالي 20").qualifier()).isEqualTo(Qualifier.APPROX);
        assertThat(one("قرابة 40").qualifier()).isEqualTo(Qualifier.APPROX);
        assertThat(one("ما يقارب 40").qualifier()).isEqualTo(Qualifier.APPROX);
        assertThat(one("أكثر من 200 آخرين").qualifier()).isEqualTo(Qualifier.MORE_THAN);
        assertThat(one("ما يزيد عن 200").qualifier()).isEqualTo(Qualifier.MORE_THAN);
        assertThat(one("أزيد من 200").qualifier()).isEqualTo(Qualifier.MORE_THAN);
        assertThat(one("أقل من 10").qualifier()).isEqualTo(Qualifier.LESS_THAN);
    }

    @Test
    void thousandsSeparatorsInEveryScript() {
        assertThat(one("1,200 قتيل").value()).isEqualTo(1200L);
        assertThat(one("٣٠٠ قتيل").value()).isEqualTo(300L);
        assertThat(one("١٬٢٠٠ قتيل").value()).isEqualTo(1200L);
        assertThat(one("1.5 مليون").value()).isEqualTo(1_500_000L);
    }

    @Test
    void oneOfIsOneWithNoun() {
        NumberMention n = one("بعد مقتل أحد أفراد القبيلة");
        assertThat(n.value()).isEqualTo(1L);
        assertThat(n.noun()).isEqualTo("افراد");
    }

    @Test
    void ordinalsAreNotCounts() {
        assertThat(numbers("للمرة الثانية في اليوم الثاني")).isEmpty();
    }

    @Test
    void sundayIsNotOne() {
        assertThat(numbers("وقع الهجوم يوم الأحد")).isEmpty();
    }

    @Test
    void yearsAndPercentagesAreNotCounts() {
        assertThat(numbers("منذ اندلاعه في عام 2011 وبنسبة 50 في المئة و20%")).isEmpty();
    }

    @Test
    void numbersInsideDatesAreNotCounts() {
        List<NumberMention> n = numbers("وقتل في 15 يوليو الجاري ثلاثة جنود");
        assertThat(n).extracting(NumberMention::value).containsExactly(3L);
    }

    @Test
    void clockTimesAreNotCounts() {
        assertThat(numbers("قبيل الساعة 04:00 بالتوقيت المحلي")).isEmpty();
    }

    @Test
    void tensJoinedByAndAreTwoNumbersNotASum() {
        assertThat(numbers("ما بين العشرين والثلاثين سنة")).extracting(NumberMention::value).containsExactly(20L, 30L);
    }

    @Test
    void compoundWithThousandsHundredsAndUnits() {
        assertThat(one("ألف ومئتين وخمسة").value()).isEqualTo(1205L);
    }

    @Test
    void praisedIsNotTwo() {
        assertThat(numbers("وأثنى على احترافيتهم")).isEmpty();
    }

    @Test
    void countedItIsNotSeveral() {
        assertThat(numbers("وهو ما عدّه البعض مؤشرا")).isEmpty();
    }

    @Test
    void leadingPercentSignIsNotACount() {
        assertThat(numbers("والمهارات %44")).isEmpty();
    }

    @Test
    void phoneNumbersAndScoresAreNotCounts() {
        assertThat(numbers("الدكتور أيمن (0505601119) وفاز الهلال 7-6")).isEmpty();
    }

    @Test
    void pluralBillionsMultiply() {
        assertThat(one("10 مليارات دولار").value()).isEqualTo(10_000_000_000L);
    }

    @Test
    void adjectiveDualAfterDualNounIsNotACount() {
        assertThat(numbers("بين البلدين الشقيقين")).isEmpty();
    }

    @Test
    void lebaneseBlocIsNeitherDateNorCount() {
        assertThat(numbers("قوى 14 آذار")).isEmpty();
    }
}
