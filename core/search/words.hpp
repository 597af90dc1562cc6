// What the search knows about English job words: filler words, words for how far along someone is, short
// forms and other names people type, and word starts that sound alike. Private to core/search/.
#pragma once

#include <cstdint>
#include <string_view>

namespace ometer::search_detail {

// Words that carry no meaning in a job title: not indexed, and dropped from queries.
inline bool is_stopword(std::string_view w) {
    static constexpr std::string_view kStop[] = {"a",   "an",  "and", "at", "by", "for", "from", "in",  "into",
                                                 "nec", "nos", "of",  "on", "or", "the", "to",   "with"};
    for (auto s : kStop)
        if (w == s) return true;
    return false;
}

// Words for how far along someone is in the job, which job titles often leave out.
inline bool is_stage_word(std::string_view w) {
    static constexpr std::string_view kStage[] = {"apprentice", "graduate", "junior", "qualified",
                                                  "senior",     "student",  "trainee"};
    for (auto s : kStage)
        if (w == s) return true;
    return false;
}

// Short forms and other names people type for words of job titles, including British and American words
// for the same job. Two-word forms need both words in the title.
struct WordForm {
    std::string_view typed, first, second;
};
inline constexpr WordForm kWordForms[] = {
    {"admin", "administrator", ""},
    {"anaesthetist", "anesthesiologist", ""},
    {"anesthesiologist", "anaesthetist", ""},
    {"asst", "assistant", ""},
    {"binman", "garbage", "collector"},
    {"ceo", "chief", "executive"},
    {"cop", "police", "officer"},
    {"custodian", "caretaker", ""},
    {"dept", "department", ""},
    {"dev", "developer", ""},
    {"doc", "doctor", ""},
    {"doctor", "physician", ""},
    {"dustman", "garbage", "collector"},
    {"elementary", "primary", ""},
    {"eng", "engineer", ""},
    {"exec", "executive", ""},
    {"garbage", "refuse", ""},
    {"gp", "general", "practitioner"},
    {"govt", "government", ""},
    {"headmaster", "principal", ""},
    {"headmistress", "principal", ""},
    {"hr", "human", "resources"},
    {"info", "information", ""},
    {"it", "information", "technology"},
    {"janitor", "caretaker", ""},
    {"joiner", "carpenter", ""},
    {"lab", "laboratory", ""},
    {"lorry", "truck", ""},
    {"mailman", "postman", ""},
    {"mech", "mechanic", ""},
    {"mgr", "manager", ""},
    {"mp", "member", "parliament"},
    {"nursery", "preschool", ""},
    {"ops", "operations", ""},
    {"pa", "personal", "assistant"},
    {"pe", "physical", "education"},
    {"physician", "doctor", ""},
    {"physio", "physiotherapist", ""},
    {"physio", "physical", "therapist"},
    {"physiotherapist", "physical", "therapist"},
    {"postie", "postman", ""},
    {"postie", "mail", "carrier"},
    {"postman", "mail", "carrier"},
    {"postwoman", "mail", "carrier"},
    {"pr", "public", "relations"},
    {"preschool", "nursery", ""},
    {"primary", "elementary", ""},
    {"prof", "professor", ""},
    {"realtor", "estate", "agent"},
    {"rep", "representative", ""},
    {"rubbish", "refuse", ""},
    {"sen", "special", "needs"},
    {"stewardess", "flight", "attendant"},
    {"ta", "teaching", "assistant"},
    {"tech", "technician", ""},
    {"techie", "technician", ""},
    {"trash", "refuse", ""},
    {"truck", "lorry", ""},
    {"tv", "television", ""},
    {"uni", "university", ""},
    {"vet", "veterinary", ""},
    {"vet", "veterinarian", ""},
};
// The same for two typed words.
struct PhraseForm {
    std::string_view typed_first, typed_second, first, second;
};
inline constexpr PhraseForm kPhraseForms[] = {
    {"air", "hostess", "flight", "attendant"}, {"bin", "man", "garbage", "collector"},
    {"dry", "liner", "drywall", ""},           {"garbage", "man", "refuse", "collector"},
    {"lollipop", "lady", "crossing", "guard"}, {"lollipop", "man", "crossing", "guard"},
    {"mail", "carrier", "postman", ""},        {"physical", "therapist", "physiotherapist", ""},
};

// Word starts that sound alike, for typos in the first letter: "farmacist" / "pharmacist", "kemist" /
// "chemist", "sientist" / "scientist". Returns the other starts (as head bytes, see Index::word_head) of `q`.
struct SoundAlike {
    std::uint32_t first[2] = {0, 0};  // one-letter starts
    std::uint32_t pair = 0;           // a two-letter start: byte 0 | byte 1 << 8
};
inline SoundAlike sounds_alike(std::string_view q) {
    SoundAlike s;
    auto pair = [](char a, char b) {
        return static_cast<std::uint32_t>(static_cast<unsigned char>(a)) |
               static_cast<std::uint32_t>(static_cast<unsigned char>(b)) << 8;
    };
    if (q.size() < 2) return s;
    if (q[0] == 'f') s.pair = pair('p', 'h');
    if (q[0] == 'p' && q[1] == 'h') s.first[0] = 'f';
    if (q[0] == 'k') s.first[0] = 'c', s.pair = pair('c', 'h');
    if (q[0] == 'c') s.first[0] = 'k', s.first[1] = 's';
    if (q[0] == 'c' && q[1] == 'h') s.first[0] = 'k';
    if (q[0] == 's') s.first[0] = 'c';
    if (q[0] == 'j') s.first[0] = 'g';
    if (q[0] == 'g') s.first[0] = 'j';
    return s;
}

}  // namespace ometer::search_detail
