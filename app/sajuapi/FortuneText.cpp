// SPDX-License-Identifier: GPL-3.0-or-later
#include "sajuapi/FortuneText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace sajudesk::FortuneText {

namespace {

bool isPlain(const QJsonValue &v)
{
    return !v.isObject() && !v.isArray();
}

bool allPlain(const QJsonObject &o)
{
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (!isPlain(it.value()))
            return false;
    }
    return true;
}

bool isElementKey(const QString &key)
{
    return key == QLatin1String("element") || key.endsWith(QLatin1String("Element"));
}

/// A flat object on one line: "Label: value, Label: value", or just the value when its only
/// field is a generic holder such as {"element":"earth"} or {"text":"…"}.
QString inlineText(const QJsonObject &o, const QLocale &locale)
{
    static const QStringList holders{QStringLiteral("element"), QStringLiteral("text"), QStringLiteral("value"),
                                     QStringLiteral("name"), QStringLiteral("content")};
    if (o.size() == 1 && holders.contains(o.constBegin().key()))
        return valueText(o.constBegin().key(), o.constBegin().value(), locale);
    QStringList parts;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        parts << fieldLabel(it.key()) + QStringLiteral(": ") + valueText(it.key(), it.value(), locale);
    return parts.join(QStringLiteral(", "));
}

} // namespace

int elementIndex(const QString &value)
{
    static const char *const english[] = {"wood", "fire", "earth", "metal", "water"};
    static const QString hangul = QStringLiteral("목화토금수");
    static const QString hanja = QStringLiteral("木火土金水");
    const QString v = value.trimmed();
    for (int i = 0; i < 5; ++i) {
        if (v.compare(QLatin1String(english[i]), Qt::CaseInsensitive) == 0)
            return i;
    }
    // "토", "土", "토(土)", "토 (土)"
    QString compact = v;
    compact.remove(QLatin1Char(' ')).remove(QLatin1Char('(')).remove(QLatin1Char(')'));
    for (int i = 0; i < 5; ++i) {
        if (compact == hangul.at(i) || compact == hanja.at(i) || compact == QString(hangul.at(i)) + hanja.at(i))
            return i;
    }
    return -1;
}

QString elementName(int index)
{
    switch (index) {
    case 0:
        return QCoreApplication::translate("FortuneText", "Wood");
    case 1:
        return QCoreApplication::translate("FortuneText", "Fire");
    case 2:
        return QCoreApplication::translate("FortuneText", "Earth");
    case 3:
        return QCoreApplication::translate("FortuneText", "Metal");
    case 4:
        return QCoreApplication::translate("FortuneText", "Water");
    default:
        break;
    }
    return {};
}

QString elementName(const QString &value)
{
    const int i = elementIndex(value);
    return i < 0 ? value.trimmed() : elementName(i);
}

QString yinYangName(const QString &value)
{
    const QString v = value.trimmed();
    if (v == QStringLiteral("양") || v.compare(QLatin1String("yang"), Qt::CaseInsensitive) == 0
        || v == QStringLiteral("陽"))
        return QCoreApplication::translate("FortuneText", "Yang");
    if (v == QStringLiteral("음") || v.compare(QLatin1String("yin"), Qt::CaseInsensitive) == 0
        || v == QStringLiteral("陰"))
        return QCoreApplication::translate("FortuneText", "Yin");
    return v;
}

QString sectionTitle(const QString &section)
{
    if (section == QLatin1String("character"))
        return QCoreApplication::translate("FortuneText", "Character");
    if (section == QLatin1String("tendency"))
        return QCoreApplication::translate("FortuneText", "Tendency");
    if (section == QLatin1String("fortune"))
        return QCoreApplication::translate("FortuneText", "Today's fortune");
    return fieldLabel(section);
}

QString fieldLabel(const QString &key)
{
    struct Label
    {
        const char *key;
        const char *text;
    };
    // Fields of api-contract §2.5 (v0 stream and v1 examples).
    static const Label labels[] = {
        {"title", QT_TRANSLATE_NOOP("FortuneText", "Title")},
        {"dayMaster", QT_TRANSLATE_NOOP("FortuneText", "Day master")},
        {"dayMasterHanja", QT_TRANSLATE_NOOP("FortuneText", "Day master (Hanja)")},
        {"emoji", QT_TRANSLATE_NOOP("FortuneText", "Emoji")},
        {"identity", QT_TRANSLATE_NOOP("FortuneText", "Identity")},
        {"investmentIdentity", QT_TRANSLATE_NOOP("FortuneText", "Investor identity")},
        {"scores", QT_TRANSLATE_NOOP("FortuneText", "Scores")},
        {"riskTolerance", QT_TRANSLATE_NOOP("FortuneText", "Risk tolerance")},
        {"longTermAptitude", QT_TRANSLATE_NOOP("FortuneText", "Long-term aptitude")},
        {"trendSensitivity", QT_TRANSLATE_NOOP("FortuneText", "Trend sensitivity")},
        {"strengths", QT_TRANSLATE_NOOP("FortuneText", "Strengths")},
        {"weakness", QT_TRANSLATE_NOOP("FortuneText", "Weakness")},
        {"element", QT_TRANSLATE_NOOP("FortuneText", "Element")},
        {"trait", QT_TRANSLATE_NOOP("FortuneText", "Trait")},
        {"summary", QT_TRANSLATE_NOOP("FortuneText", "Summary")},
        {"warning", QT_TRANSLATE_NOOP("FortuneText", "Caution")},
        {"date", QT_TRANSLATE_NOOP("FortuneText", "Date")},
        {"formattedDate", QT_TRANSLATE_NOOP("FortuneText", "Date (with weekday)")},
        {"score", QT_TRANSLATE_NOOP("FortuneText", "Score")},
        {"actionItems", QT_TRANSLATE_NOOP("FortuneText", "Things to do today")},
        {"deficiency", QT_TRANSLATE_NOOP("FortuneText", "Lacking element")},
        {"message", QT_TRANSLATE_NOOP("FortuneText", "Message")},
    };
    for (const Label &l : labels) {
        if (key == QLatin1String(l.key))
            return QCoreApplication::translate("FortuneText", l.text);
    }
    return key;
}

QString valueText(const QString &key, const QJsonValue &value, const QLocale &locale)
{
    switch (value.type()) {
    case QJsonValue::String:
        if (isElementKey(key))
            return elementName(value.toString());
        if (key == QLatin1String("yinYang"))
            return yinYangName(value.toString());
        return value.toString();
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (d == double(qint64(d)) && qAbs(d) < 1e15)
            return locale.toString(qint64(d));
        return locale.toString(d, 'f', QLocale::FloatingPointShortest);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QCoreApplication::translate("FortuneText", "yes")
                              : QCoreApplication::translate("FortuneText", "no");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("-");
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        break;
    }
    return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

QString cachedNote(const QDateTime &fetchedAt, const QLocale &locale)
{
    return QCoreApplication::translate("FortuneText", "cached · fetched %1")
        .arg(locale.toString(fetchedAt.toLocalTime(), QLocale::ShortFormat));
}

QStringList lines(const QJsonObject &object, int indent, const QLocale &locale)
{
    QStringList out;
    const QString pad(indent, QLatin1Char(' '));
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString label = fieldLabel(it.key());
        const QJsonValue v = it.value();
        if (isPlain(v)) {
            out << pad + label + QStringLiteral(": ") + valueText(it.key(), v, locale);
        } else if (v.isObject()) {
            const QJsonObject o = v.toObject();
            if (o.isEmpty())
                continue;
            if (allPlain(o)) {
                out << pad + label + QStringLiteral(": ") + inlineText(o, locale);
            } else {
                out << pad + label + QLatin1Char(':');
                out << lines(o, indent + 2, locale);
            }
        } else {
            const QJsonArray items = v.toArray();
            if (items.isEmpty())
                continue;
            out << pad + label + QLatin1Char(':');
            for (const QJsonValue &item : items) {
                if (isPlain(item)) {
                    out << pad + QStringLiteral("  - ") + valueText(it.key(), item, locale);
                } else if (item.isObject() && allPlain(item.toObject())) {
                    out << pad + QStringLiteral("  - ") + inlineText(item.toObject(), locale);
                } else if (item.isObject()) {
                    out << pad + QStringLiteral("  -");
                    out << lines(item.toObject(), indent + 4, locale);
                } else {
                    out << pad + QStringLiteral("  - ") + valueText(it.key(), item, locale);
                }
            }
        }
    }
    return out;
}

} // namespace sajudesk::FortuneText
