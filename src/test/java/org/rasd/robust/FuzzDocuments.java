package org.rasd.robust;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Adversarial batch lines built from pieces with a fixed seed: Arabic news fragments with triggers, places, digits of
 * every script, huge numbers, Hijri and Levantine months, bidi controls, combining marks, emoji, NUL and lone
 * surrogates; and broken lines (truncated JSON, wrong types, missing fields, deep nesting, empty lines).
 */
final class FuzzDocuments {
    static final String[] PIECES = {
        "قصف الطيران الحربي بلدة طفس في ريف درعا", "قتل 3 مدنيين", "اشتباكات عنيفة بين قوات النظام وفصائل المعارضة",
        "غارة جوية على حي سكني في صنعاء", "في حلب", "أمس", "يوم الاثنين", "في 3 تموز", "في ١٢ رمضان", "في ۱۷ شوال ١٤٣٦",
        "منتصف محرم", "قبل أسبوعين", "مقتل عشرات", "99999999999999999999 قتيلا", "٠٠٠٠٠٠٠٠٠٠٠٠١", "ثلاثة آلاف وخمسمائة",
        "\u202Eمعكوس\u202C", "\u200Fنص\u200E", "ق\u0651\u064Bتل", "قـــــصف", "💥🔥", "\u0000", "\t", "  ", "،", ".", "!", "؟",
        "\\ud800", "\\udfff", "\u0627\u0644\u0642\u0627\u0639\u062f\u0629", "داعش", "التحالف", "الحوثيون", "قصف قصف قصف",
        "https://example.com/x?y=1", "<b>وسم</b>", "\"اقتباس\"", "\r", "١٢/٧/٢٠١٨", "2018-07-03", "شمال العراق",
        "انفجار سيارة مفخخة", "اغتيال", "اختطاف", "مظاهرة", "اعتقال", "محاولة فاشلة", "نفى", "هدد", "سوف يقصف",
        "\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669", "\u06F0\u06F4\u06F5", "𝟙𝟚𝟛", "٣ آلاف",
    };

    static final String[] BROKEN = {
        "{\"doc_id\": \"x\", \"text\": ", "{\"doc_id\": 5, \"text\": []}", "{\"doc_id\": \"m\"}", "[]", "null", "\"text\"",
        "{\"doc_id\": \"n\", \"text\": \"x\", \"published\": \"yesterday\"}", "{\"text\": \"no id\"}", "",
        "{\"doc_id\": \"d\", \"text\": \"x\", \"deep\": " + "[".repeat(50) + "]".repeat(50) + "}",
        "{\"doc_id\": \"t\", \"text\": \"x\"} trailing", "\u0000\u0001", "{\"doc_id\": \"u\", \"text\": \"\\uZZZZ\"}",
    };

    record Line(String json, boolean wellFormed, String docId, String text) {
    }

    private FuzzDocuments() {
    }

    static List<Line> generate(long seed, int n) {
        Random r = new Random(seed);
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (r.nextInt(10) == 0) {
                out.add(new Line(BROKEN[r.nextInt(BROKEN.length)], false, null, null));
                continue;
            }
            StringBuilder text = new StringBuilder();
            int pieces = 1 + r.nextInt(25);
            for (int k = 0; k < pieces; k++) {
                text.append(PIECES[r.nextInt(PIECES.length)]).append(r.nextInt(4) == 0 ? ". " : " ");
            }
            String id = "f" + i + (r.nextInt(20) == 0 ? "\\ud83d" : "");
            int year = 1990 + r.nextInt(40);
            String published = r.nextInt(8) == 0 ? "" : String.format(",\"published\":\"%04d-%02d-%02d\"", year,
                    1 + r.nextInt(12), 1 + r.nextInt(28));
            String body = escape(text.toString());
            out.add(new Line("{\"doc_id\":\"" + id + "\"" + published + ",\"text\":\"" + body + "\"}", true, id, null));
        }
        return out;
    }

    /** JSON string body; the pieces' own {@code \\uXXXX} escapes (lone surrogates) are kept as escapes. */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) == 'u') {
                sb.append(c);
            } else if (c == '"') {
                sb.append("\\\"");
            } else if (c == '\\') {
                sb.append("\\\\");
            } else if (c < 0x20) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
