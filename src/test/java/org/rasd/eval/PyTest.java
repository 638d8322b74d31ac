package org.rasd.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PyTest {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    @Test
    void dayAcceptsWhatPython311FromisoformatAccepts() {
        assertThat(Py.day(F.textNode("2015-07-21T10:00:00"))).isEqualTo(LocalDate.of(2015, 7, 21));
        assertThat(Py.day(F.textNode("20150721"))).isEqualTo(LocalDate.of(2015, 7, 21));
        assertThat(Py.day(F.textNode("2015072112"))).isEqualTo(LocalDate.of(2015, 7, 21));
        assertThat(Py.day(F.numberNode(20150721))).isEqualTo(LocalDate.of(2015, 7, 21));
        assertThat(Py.day(F.textNode("2015-W30"))).isEqualTo(LocalDate.of(2015, 7, 20));
        assertThat(Py.day(F.textNode("2015W301"))).isEqualTo(LocalDate.of(2015, 7, 20));
        assertThat(Py.day(F.textNode("2015-W53"))).isEqualTo(LocalDate.of(2015, 12, 28));
        assertThat(Py.day(F.numberNode(20150721.0))).isEqualTo(LocalDate.of(2015, 7, 21));
        assertThat(Py.day(F.numberNode(201507211.0))).isEqualTo(LocalDate.of(2015, 7, 21));
    }

    @Test
    void dayRejectsWhatPythonRejects() {
        for (String s : new String[] {"2015-0721", "201507-21", "2015-07-2x", "0000-01-01", "2015-13-01", "2015w30",
                "2015-W30-8", "2015-W00", "+015-07-21", "2015-7-21", ""}) {
            assertThat(Py.day(F.textNode(s))).as(s).isNull();
        }
        assertThat(Py.day(F.booleanNode(true))).isNull();
        assertThat(Py.day(F.numberNode(2015072.5))).isNull();
        assertThat(Py.day(null)).isNull();
    }

    @Test
    void equalityFollowsPythonNumbers() {
        assertThat(Py.eq(F.numberNode(3), F.numberNode(3.0))).isTrue();
        assertThat(Py.eq(F.numberNode(1), F.booleanNode(true))).isTrue();
        assertThat(Py.eq(F.numberNode(3), F.textNode("3"))).isFalse();
        assertThat(Py.eq(null, F.nullNode())).isTrue();
        assertThat(Py.eq(F.numberNode(0), F.nullNode())).isFalse();
    }

    @Test
    void reprMatchesPythonFloatRepr() {
        assertThat(Py.repr(1.0)).isEqualTo("1.0");
        assertThat(Py.repr(0.0)).isEqualTo("0.0");
        assertThat(Py.repr(0.0001)).isEqualTo("0.0001");
        assertThat(Py.repr(0.6667)).isEqualTo("0.6667");
        assertThat(Py.repr(1e-05)).isEqualTo("1e-05");
        assertThat(Py.repr(1e16)).isEqualTo("1e+16");
        assertThat(Py.repr(123.5)).isEqualTo("123.5");
    }

    @Test
    void roundAndFixedAreHalfEvenOnTheBinaryValue() {
        assertThat(Py.round(2.0 / 3, 4)).isEqualTo(0.6667);
        assertThat(Py.fixed(0.0625, 3)).isEqualTo("0.062");
        assertThat(Py.fixed(0.6667, 3)).isEqualTo("0.667");
        assertThat(Py.fixed(0.0, 3)).isEqualTo("0.000");
    }

    @Test
    void floatParsesPythonStrings() {
        assertThat(Py.toFloat(F.textNode(" 3.5\n"), "x")).isEqualTo(3.5);
        assertThat(Py.toFloat(F.textNode("1_0"), "x")).isEqualTo(10.0);
        assertThat(Py.toFloat(F.textNode("-inf"), "x")).isEqualTo(Double.NEGATIVE_INFINITY);
    }
}
