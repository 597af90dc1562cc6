// Text folding, UTF-8 safety and edit distance: the ground the search engine stands on.
#include <doctest/doctest.h>

#include "core/text.hpp"

using namespace ometer;

TEST_CASE("fold lower-cases, strips accents and punctuation, collapses spaces") {
    CHECK(fold("  Nurse,   Care  ") == "nurse care");
    CHECK(fold("Caf\xC3\xA9 MANAGER") == "cafe manager");
    CHECK(fold("Stra\xC3\x9F" "enbahn") == "strassenbahn");
    CHECK(fold("\xC5\x81\xC3\xB3" "d\xC5\xBA") == "lodz");
    CHECK(fold("children's nurse") == "childrens nurse");
    CHECK(fold("children\xE2\x80\x99s nurse") == "childrens nurse");
    CHECK(fold("Bar & catering") == "bar and catering");
    CHECK(fold("HGV/LGV driver") == "hgv lgv driver");
    CHECK(fold("e\xCC\x81" "lectricien") == "electricien");  // decomposed accent
}

TEST_CASE("fold turns emoji, symbols and control characters into word breaks") {
    CHECK(fold("nurse\xF0\x9F\x98\x8D" "doctor") == "nurse doctor");
    CHECK(fold("\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x9A\x80") == "");
    CHECK(fold(std::string("a\0b", 3)) == "a b");
    CHECK(fold("tab\tnew\nline\x7F") == "tab new line");
    CHECK(fold("") == "");
    CHECK(fold("!!!") == "");
}

TEST_CASE("fold survives invalid UTF-8 of every kind") {
    CHECK(fold("\xFF\xFEnurse") == "nurse");
    CHECK(fold("nur\xC3") == "nur");               // truncated sequence at the end
    CHECK(fold("\xC0\xAFx") == "x");               // overlong encoding
    CHECK(fold("\xED\xA0\x80y") == "y");           // UTF-16 surrogate
    CHECK(fold("\xF4\x90\x80\x80z") == "z");       // beyond U+10FFFF
    std::string all;
    for (int i = 0; i < 256; ++i) all += static_cast<char>(i);
    std::string f = fold(all);
    for (char c : f) CHECK(static_cast<unsigned char>(c) != 0);
}

TEST_CASE("fold keeps letters of other scripts") {
    CHECK(fold("\xD0\x9B\xD0\xB5\xD0\xBA\xD0\xB0\xD1\x80\xD1\x8C") == "\xD0\x9B\xD0\xB5\xD0\xBA\xD0\xB0\xD1\x80\xD1\x8C");
}

TEST_CASE("fold_with_offsets maps each folded byte back to its source character") {
    std::vector<std::uint32_t> offsets;
    std::string s = fold_with_offsets("Caf\xC3\xA9 Bar", offsets);
    REQUIRE(s == "cafe bar");
    REQUIRE(offsets.size() == s.size());
    CHECK(offsets[3] == 3);  // 'e' from the two-byte é at byte 3
    CHECK(offsets[5] == 6);  // 'b'
}

TEST_CASE("split_words") {
    auto w = split_words("intensive care nurse");
    REQUIRE(w.size() == 3);
    CHECK(w[2] == "nurse");
    CHECK(split_words("").empty());
}

TEST_CASE("utf8_truncate never splits a character") {
    std::string s = "ab\xC3\xA9";  // 4 bytes
    CHECK(utf8_truncate(s, 3) == "ab");
    CHECK(utf8_truncate(s, 4) == s);
    CHECK(utf8_truncate("\xF0\x9F\x98\x8D", 2).empty());
}

TEST_CASE("utf8_sanitise replaces invalid bytes and control characters") {
    CHECK(utf8_sanitise("ok\x01\xFF") == "ok \xEF\xBF\xBD");
    CHECK(utf8_sanitise("caf\xC3\xA9") == "caf\xC3\xA9");
}

TEST_CASE("bounded_edit_distance") {
    CHECK(bounded_edit_distance("nurse", "nurse", 2) == 0);
    CHECK(bounded_edit_distance("docter", "doctor", 2) == 1);
    CHECK(bounded_edit_distance("teecher", "teacher", 2) == 1);
    CHECK(bounded_edit_distance("dentst", "dentist", 2) == 1);
    CHECK(bounded_edit_distance("plumer", "plumber", 2) == 1);
    CHECK(bounded_edit_distance("nrse", "nurse", 1) == 1);
    CHECK(bounded_edit_distance("nusre", "nurse", 1) == 1);  // transposition
    CHECK(bounded_edit_distance("cat", "dog", 1) == 2);      // capped at max + 1
    CHECK(bounded_edit_distance("a", "abcdef", 2) == 3);
}

TEST_CASE("EditDistanceMatcher agrees with bounded_edit_distance") {
    const char* words[] = {"nurse", "nrse", "nusre", "docter", "doctor", "teecher", "teacher", "electrision", "electrician",
                           "plumer", "plumber", "a", "ab", "ba", "abc", "cab", "secretary", "secertary", "", "xyzzy",
                           "anaesthetist", "anesthetist", "ca", "abcdef", "physiotherapist", "fysiotherapist"};
    for (const char* a : words) {
        EditDistanceMatcher m(a);
        for (const char* b : words)
            for (int max = 0; max <= 3; ++max)
                CHECK_MESSAGE(m.distance(b, max) == bounded_edit_distance(a, b, max), a << " / " << b << " max " << max);
    }
    std::string long_word(70, 'a');
    EditDistanceMatcher big(long_word);
    CHECK(big.distance(long_word, 1) == 0);
}

TEST_CASE("spelling_key joins UK and US spellings, plurals and gendered forms") {
    CHECK(spelling_key("labourers") == spelling_key("laborer"));
    CHECK(spelling_key("paediatrician") == spelling_key("pediatrician"));
    CHECK(spelling_key("counsellor") == spelling_key("counselor"));
    CHECK(spelling_key("tyre") == spelling_key("tire"));
    CHECK(spelling_key("centre") == spelling_key("center"));
    CHECK(spelling_key("organiser") == spelling_key("organizer"));
    CHECK(spelling_key("firemen") == spelling_key("firewoman"));
    CHECK(spelling_key("nannies") == spelling_key("nanny"));
    CHECK(spelling_key("maths") == spelling_key("mathematics"));
    CHECK(spelling_key("nurse") != spelling_key("purse"));
    CHECK(spelling_key("tour") == "tour");  // short words keep their letters
    CHECK(spelling_key("odour") == spelling_key("odor"));
    CHECK(spelling_key("draughtswomen") == spelling_key("draftsman"));
    CHECK(spelling_key("tyres") == spelling_key("tire"));
}

TEST_CASE("title_word_key adds the US words for UK job words; search's spelling keys do not") {
    CHECK(title_word_key("lorries") == title_word_key("truck"));
    CHECK(title_word_key("operatives") == title_word_key("operator"));
    CHECK(title_word_key("draughtsmen") == title_word_key("drafters"));
    CHECK(spelling_key("lorry") != spelling_key("truck"));
    CHECK(spelling_key("operative") != spelling_key("operator"));
    CHECK(title_word_key("labourers") == spelling_key("labourers"));  // otherwise the same key
    CHECK(title_word_keys("Lorry & van drivers") == std::vector<std::string>{"truck", "and", "van", "driver"});
}

TEST_CASE("fold_into and split_words_into reuse their buffers") {
    std::string out = "stale";
    fold_into("  Caf\xC3\xA9  OWNER ", out);
    CHECK(out == "cafe owner");
    std::vector<std::string_view> words{"stale"};
    split_words_into(out, words);
    REQUIRE(words.size() == 2);
    CHECK(words[1] == "owner");
}
