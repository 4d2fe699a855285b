// SPDX-License-Identifier: GPL-3.0-or-later
#include "saju/BirthInput.h"

#include "saju/CivilTime.h"

#include <QStringDecoder>

#include <cmath>

namespace sajudesk::saju {

QString ziRuleName(ZiRule rule)
{
    switch (rule) {
    case ZiRule::Split:
        return QStringLiteral("split");
    case ZiRule::ChangeAt23:
        return QStringLiteral("23");
    case ZiRule::Midnight:
        return QStringLiteral("midnight");
    }
    return QString();
}

std::optional<ZiRule> ziRuleFromName(QStringView name)
{
    for (ZiRule r : {ZiRule::Split, ZiRule::ChangeAt23, ZiRule::Midnight}) {
        if (name.compare(ziRuleName(r), Qt::CaseInsensitive) == 0)
            return r;
    }
    return std::nullopt;
}

namespace {

// Reads exactly `count` ASCII digits at `pos`; -1 if any is missing.
int digits(QStringView s, qsizetype &pos, int count)
{
    int v = 0;
    for (int i = 0; i < count; ++i, ++pos) {
        if (pos >= s.size() || s.at(pos).unicode() < u'0' || s.at(pos).unicode() > u'9')
            return -1;
        v = v * 10 + (s.at(pos).unicode() - u'0');
    }
    return v;
}

bool expect(QStringView s, qsizetype &pos, char16_t c)
{
    if (pos < s.size() && s.at(pos).unicode() == c) {
        ++pos;
        return true;
    }
    return false;
}

} // namespace

Result<BirthInput> parseBirthLine(QStringView line, const BirthInput &base)
{
    const QStringView s = line.trimmed();
    if (s.isEmpty())
        return SajuError{SajuErrorCode::EmptyInput, QString()};
    // Quote at most 40 characters of bad input back to the user.
    const auto malformed = [&] { return SajuError{SajuErrorCode::Malformed, s.left(40).toString()}; };

    BirthInput in = base;
    in.calendar = CalendarKind::Solar;
    in.leapMonth = false;
    in.hour = -1;
    in.minute = 0;
    qsizetype pos = 0;
    if (expect(s, pos, u'L') || expect(s, pos, u'l')) {
        in.calendar = CalendarKind::Lunar;
        in.leapMonth = expect(s, pos, u'!');
        while (pos < s.size() && s.at(pos).isSpace())
            ++pos;
    }
    const qsizetype dateStart = pos;
    in.year = digits(s, pos, 4);
    if (in.year < 0 || !expect(s, pos, u'-'))
        return malformed();
    in.month = digits(s, pos, 2);
    if (in.month < 0 || !expect(s, pos, u'-'))
        return malformed();
    in.day = digits(s, pos, 2);
    if (in.day < 0)
        return malformed();
    const QString dateText = s.mid(dateStart, pos - dateStart).toString();

    if (pos < s.size()) {
        if (!expect(s, pos, u'T')) {
            if (!s.at(pos).isSpace())
                return malformed();
            while (pos < s.size() && s.at(pos).isSpace())
                ++pos;
        }
        const qsizetype timeStart = pos;
        qsizetype p1 = pos;
        in.hour = digits(s, p1, 2);
        if (in.hour < 0) { // also accept a one-digit hour "7:05"
            p1 = pos;
            in.hour = digits(s, p1, 1);
        }
        pos = p1;
        if (in.hour < 0 || !expect(s, pos, u':'))
            return malformed();
        in.minute = digits(s, pos, 2);
        if (in.minute < 0 || pos != s.size())
            return malformed();
        if (in.hour > 23 || in.minute > 59)
            return SajuError{SajuErrorCode::InvalidTime, s.mid(timeStart).toString()};
    }

    if (in.calendar == CalendarKind::Solar) {
        if (!isValidDate(in.year, in.month, in.day))
            return SajuError{SajuErrorCode::InvalidDate, dateText};
    } else if (in.month < 1 || in.month > 12 || in.day < 1 || in.day > 30) {
        return SajuError{SajuErrorCode::InvalidDate, QStringLiteral("L") + dateText};
    }
    return in;
}

Result<BirthInput> parseBirthLine(QByteArrayView utf8Line, const BirthInput &base)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(utf8Line);
    if (decoder.hasError())
        return SajuError{SajuErrorCode::InvalidEncoding, QString()};
    return parseBirthLine(QStringView(text), base);
}

Result<double> parseLongitude(QStringView text)
{
    QStringView t = text.trimmed();
    if (t.endsWith(u'E') || t.endsWith(u'e') || t.endsWith(u'°'))
        t.chop(1);
    bool ok = false;
    const double v = t.toDouble(&ok);
    if (!ok || !std::isfinite(v) || v < -180.0 || v > 180.0)
        return SajuError{SajuErrorCode::InvalidLongitude, text.left(40).toString()};
    return v;
}

} // namespace sajudesk::saju
