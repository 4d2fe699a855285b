// SPDX-License-Identifier: GPL-3.0-or-later
#include "saju/PillarsJson.h"

#include "saju/SolarTerms.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>
#include <array>
#include <string>

namespace sajudesk::saju {

namespace {

// Every fixed text of a line, encoded once: the line is then mostly copies of these.
struct Pieces
{
    std::array<std::string, 10> stemHanja, stemHangul;
    std::array<std::string, 12> branchHanja, branchHangul;
    std::array<std::string, 10> stemObject;   // {"hangul":"갑","hanja":"甲"}
    std::array<std::string, 12> branchObject; // {"hangul":"자","hanja":"子"}
    std::array<std::string, 5> elementName, elementHangul;
    std::array<int, 5> elementKeyOrder{}; // Element values in the (sorted) key order of "elements"

    Pieces()
    {
        auto utf8 = [](const QString &s) { return s.toStdString(); };
        auto object = [](const std::string &hangul, const std::string &hanja) {
            return "{\"hangul\":\"" + hangul + "\",\"hanja\":\"" + hanja + "\"}";
        };
        for (int i = 0; i < 10; ++i) {
            stemHanja[std::size_t(i)] = utf8(saju::stemHanja(i));
            stemHangul[std::size_t(i)] = utf8(saju::stemHangul(i));
            stemObject[std::size_t(i)] = object(stemHangul[std::size_t(i)], stemHanja[std::size_t(i)]);
        }
        for (int i = 0; i < 12; ++i) {
            branchHanja[std::size_t(i)] = utf8(saju::branchHanja(i));
            branchHangul[std::size_t(i)] = utf8(saju::branchHangul(i));
            branchObject[std::size_t(i)] = object(branchHangul[std::size_t(i)], branchHanja[std::size_t(i)]);
        }
        for (int e = 0; e < 5; ++e) {
            elementName[std::size_t(e)] = utf8(saju::elementName(static_cast<Element>(e)));
            elementHangul[std::size_t(e)] = utf8(saju::elementHangul(static_cast<Element>(e)));
            elementKeyOrder[std::size_t(e)] = e;
        }
        // QJsonObject keeps its keys sorted; the element names are ASCII, so byte order is its order.
        std::sort(elementKeyOrder.begin(), elementKeyOrder.end(),
                  [this](int a, int b) { return elementName[std::size_t(a)] < elementName[std::size_t(b)]; });
    }
};

const Pieces &pieces()
{
    static const Pieces p;
    return p;
}

std::size_t stemIndex(int stem)
{
    return std::size_t(floorMod(stem, 10));
}

std::size_t branchIndex(int branch)
{
    return std::size_t(floorMod(branch, 12));
}

void appendDigits(std::string &out, int value, int width)
{
    char buf[12];
    int n = 0;
    do {
        buf[n++] = char('0' + value % 10);
        value /= 10;
    } while (value > 0 || n < width);
    while (n > 0)
        out += buf[--n];
}

// QString::arg(v, 2 or 4, 10, '0') for the values these fields have; a date out of that range takes
// Qt's own formatting so the bytes stay the same.
void appendDate(std::string &out, const SolarDate &d)
{
    if (d.year < 0 || d.year > 9999 || d.month < 0 || d.day < 0) {
        out += d.toString().toStdString();
        return;
    }
    appendDigits(out, d.year, 4);
    out += '-';
    appendDigits(out, d.month, 2);
    out += '-';
    appendDigits(out, d.day, 2);
}

// formatUtcInstant() / formatLocalSeconds(), quoted.
void appendSeconds(std::string &out, std::int64_t t, char sep, bool zulu)
{
    const std::int64_t days = floorDiv(t, kSecondsPerDay);
    const int sod = static_cast<int>(t - days * kSecondsPerDay);
    out += '"';
    appendDate(out, civilFromDays(days));
    out += sep;
    appendDigits(out, sod / 3600, 2);
    out += ':';
    appendDigits(out, sod / 60 % 60, 2);
    out += ':';
    appendDigits(out, sod % 60, 2);
    if (zulu)
        out += 'Z';
    out += '"';
}

// formatUtcOffset(), quoted.
void appendOffset(std::string &out, int seconds)
{
    const int a = seconds < 0 ? -seconds : seconds;
    out += '"';
    out += seconds < 0 ? '-' : '+';
    appendDigits(out, a / 3600, 2);
    out += ':';
    appendDigits(out, a / 60 % 60, 2);
    if (a % 60 != 0) {
        out += ':';
        appendDigits(out, a % 60, 2);
    }
    out += '"';
}

void appendHanja(std::string &out, const Pillar &p)
{
    const Pieces &s = pieces();
    out += '"';
    out += s.stemHanja[stemIndex(p.stem)];
    out += s.branchHanja[branchIndex(p.branch)];
    out += '"';
}

void appendHangul(std::string &out, const Pillar &p)
{
    const Pieces &s = pieces();
    out += s.stemHangul[stemIndex(p.stem)];
    out += s.branchHangul[branchIndex(p.branch)];
}

void appendPillarObject(std::string &out, const Pillar &p)
{
    const Pieces &s = pieces();
    out += "{\"branch\":";
    out += s.branchObject[branchIndex(p.branch)];
    out += ",\"stem\":";
    out += s.stemObject[stemIndex(p.stem)];
    out += '}';
}

void appendYearMonth(std::string &out, const Pillar &year, const Pillar &month)
{
    out += "{\"month\":";
    appendHanja(out, month);
    out += ",\"year\":";
    appendHanja(out, year);
    out += '}';
}

// UTF-8 of `s` between quotes when nothing in it needs an escape or is a surrogate; false otherwise.
bool appendPlainString(std::string &out, QStringView s)
{
    out += '"';
    for (const QChar qc : s) {
        const char16_t c = qc.unicode();
        if (c < 0x80) {
            if (c < 0x20 || c == u'"' || c == u'\\')
                return false;
            out += char(c);
        } else if (c < 0x800) {
            out += char(0xc0 | (c >> 6));
            out += char(0x80 | (c & 0x3f));
        } else if (QChar::isSurrogate(c)) {
            return false;
        } else {
            out += char(0xe0 | (c >> 12));
            out += char(0x80 | ((c >> 6) & 0x3f));
            out += char(0x80 | (c & 0x3f));
        }
    }
    out += '"';
    return true;
}

void appendString(std::string &out, QStringView s)
{
    const std::size_t start = out.size();
    if (appendPlainString(out, s))
        return;
    // Escapes and surrogates (never in pillar output; possible in odd input text): Qt's own writer.
    out.resize(start);
    const QByteArray array = QJsonDocument(QJsonArray{s.toString()}).toJson(QJsonDocument::Compact);
    out.append(array.constData() + 1, std::size_t(array.size() - 2));
}

void appendLine(std::string &out, const FourPillars &p, QStringView input)
{
    const Pieces &s = pieces();
    // Keys in QJsonObject's (sorted) order.
    out += "{\"civilDate\":\"";
    appendDate(out, p.civilDate);
    out += "\",\"civilTime\":";
    if (p.civilHour >= 0) {
        out += '"';
        appendDigits(out, p.civilHour, 2);
        out += ':';
        appendDigits(out, p.civilMinute, 2);
        out += '"';
    } else {
        out += "null";
    }
    out += ",\"day\":";
    appendHanja(out, p.day);
    out += ",\"elements\":";
    const std::array<int, 5> counts = p.elementCounts();
    for (std::size_t i = 0; i < 5; ++i) {
        const std::size_t e = std::size_t(s.elementKeyOrder[i]);
        out += i == 0 ? "{\"" : ",\"";
        out += s.elementName[e];
        out += "\":";
        appendDigits(out, counts[e], 1);
    }
    out += "},\"flags\":[";
    if (p.flags) {
        const QStringList flags = p.flagNames();
        for (qsizetype i = 0; i < flags.size(); ++i) {
            if (i > 0)
                out += ',';
            appendString(out, flags.at(i));
        }
    }
    out += "],\"hangul\":\"";
    appendHangul(out, p.year);
    out += ' ';
    appendHangul(out, p.month);
    out += ' ';
    appendHangul(out, p.day);
    out += ' ';
    if (p.hasHour)
        appendHangul(out, p.hour);
    else
        out += '-';
    out += "\",\"hour\":";
    if (p.hasHour)
        appendHanja(out, p.hour);
    else
        out += "null";
    out += ",\"input\":";
    appendString(out, input);
    if (p.jie >= 0) {
        out += ",\"jie\":{\"after\":";
        appendYearMonth(out, p.yearAfterJie, p.monthAfterJie);
        out += ",\"before\":";
        appendYearMonth(out, p.yearBeforeJie, p.monthBeforeJie);
        out += ",\"name\":";
        appendString(out, jieNameHanja(p.jie));
        out += ",\"nameHangul\":";
        appendString(out, jieNameHangul(p.jie));
        out += ",\"utc\":";
        appendSeconds(out, p.jieUtcInstant(), 'T', true);
        out += '}';
    }
    out += ",\"lmt\":";
    if (p.hasHour)
        appendSeconds(out, p.lmtLocal, ' ', false);
    else
        out += "null";
    out += ",\"lmtOffset\":";
    appendOffset(out, p.lmtOffset);
    out += ",\"longitude\":";
    // As QJsonDocument writes a double (null for inf/NaN, which a longitude never is).
    out += qIsFinite(p.longitude) ? QByteArray::number(p.longitude, 'g', QLocale::FloatingPointShortest).toStdString()
                                  : std::string("null");
    out += ",\"month\":";
    appendHanja(out, p.month);
    const std::size_t master = std::size_t(p.dayMasterElement());
    out += ",\"saju\":{\"dayMaster\":{\"element\":\"";
    out += s.elementName[master];
    out += "\",\"name\":\"";
    out += s.stemHangul[stemIndex(p.day.stem)];
    out += s.elementHangul[master];
    out += "\"},\"pillars\":{\"day\":";
    appendPillarObject(out, p.day);
    out += ",\"hour\":";
    if (p.hasHour)
        appendPillarObject(out, p.hour);
    else
        out += "null";
    out += ",\"month\":";
    appendPillarObject(out, p.month);
    out += ",\"year\":";
    appendPillarObject(out, p.year);
    out += "}},\"utc\":";
    appendSeconds(out, p.utc, 'T', true);
    out += ",\"utcOffset\":";
    appendOffset(out, p.utcOffset);
    out += ",\"year\":";
    appendHanja(out, p.year);
    out += ",\"zi\":";
    appendString(out, ziRuleName(p.zi));
    out += '}';
}

} // namespace

void appendJsonString(QByteArray &out, QStringView s)
{
    std::string text;
    appendString(text, s);
    out.append(text.data(), qsizetype(text.size()));
}

void appendDetailJsonLine(QByteArray &out, const FourPillars &p, QStringView input)
{
    // One std::string per thread keeps its capacity: a line costs no allocation once warm.
    thread_local std::string line;
    line.clear();
    appendLine(line, p, input);
    out.append(line.data(), qsizetype(line.size()));
}

} // namespace sajudesk::saju
