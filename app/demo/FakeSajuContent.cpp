// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/FakeSajuContent.h"

#include <QCryptographicHash>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>

namespace sajudesk {
namespace FakeSaju {

namespace {

const QStringList &stemsHanja()
{
    static const QStringList s = QStringLiteral("甲,乙,丙,丁,戊,己,庚,辛,壬,癸").split(QLatin1Char(','));
    return s;
}
const QStringList &branchesHanja()
{
    static const QStringList s = QStringLiteral("子,丑,寅,卯,辰,巳,午,未,申,酉,戌,亥").split(QLatin1Char(','));
    return s;
}
const QStringList &animals()
{
    static const QStringList s =
        QStringLiteral("쥐,소,호랑이,토끼,용,뱀,말,양,원숭이,닭,개,돼지").split(QLatin1Char(','));
    return s;
}
const QStringList &elements()
{
    static const QStringList s = QStringLiteral("wood,fire,earth,metal,water").split(QLatin1Char(','));
    return s;
}
const QStringList &elementsKr()
{
    static const QStringList s = QStringLiteral("목,화,토,금,수").split(QLatin1Char(','));
    return s;
}
const QStringList &elementEmoji()
{
    static const QStringList s = QStringLiteral("🌳,☀️,⛰️,⚔️,🌊").split(QLatin1Char(','));
    return s;
}

int stemElement(int stem)
{
    return stem / 2;
}
int branchElement(int branch)
{
    static const int table[12] = {4, 2, 0, 0, 2, 1, 1, 2, 3, 3, 2, 4};
    return table[branch];
}

} // namespace

const QStringList &stems()
{
    static const QStringList s = QStringLiteral("갑,을,병,정,무,기,경,신,임,계").split(QLatin1Char(','));
    return s;
}

const QStringList &branches()
{
    static const QStringList s = QStringLiteral("자,축,인,묘,진,사,오,미,신,유,술,해").split(QLatin1Char(','));
    return s;
}

/// Stable across runs (qHash is seeded per process).
quint32 seedOf(const QString &text)
{
    const QByteArray h = QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1);
    return (quint32(quint8(h[0])) << 24) | (quint32(quint8(h[1])) << 16) | (quint32(quint8(h[2])) << 8)
           | quint32(quint8(h[3]));
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Fortune makeFortune(int dayStem, const QString &userName, const QDate &date)
{
    const int el = stemElement(dayStem);
    const QString name = stems().at(dayStem) + elementsKr().at(el);
    const quint32 seed = seedOf(date.toString(Qt::ISODate) + QString::number(dayStem) + userName);
    static const QStringList adjectives =
        QStringLiteral("단단한 뿌리의,따뜻하게 빛나는,넓게 품는,날카롭게 벼린,깊이 흐르는").split(QLatin1Char(','));
    Fortune f;
    f.character = QJsonObject{
        {QStringLiteral("title"), adjectives.at(el) + QLatin1Char(' ') + name},
        {QStringLiteral("dayMaster"), name},
        {QStringLiteral("dayMasterHanja"), stemsHanja().at(dayStem)},
        {QStringLiteral("emoji"), elementEmoji().at(el)},
        {QStringLiteral("identity"), QStringLiteral("%1님은 %2의 기운을 타고났어요.").arg(userName, name)},
    };
    const int risk = 30 + int(seed % 61);
    const int longTerm = 30 + int((seed >> 8) % 61);
    const int trend = 30 + int((seed >> 16) % 61);
    const int strong = el;
    const int weak = (el + 2) % 5;
    f.tendency = QJsonObject{
        {QStringLiteral("scores"), QJsonObject{{QStringLiteral("riskTolerance"), risk},
                                               {QStringLiteral("longTermAptitude"), longTerm},
                                               {QStringLiteral("trendSensitivity"), trend}}},
        {QStringLiteral("strengths"), QJsonArray{QJsonObject{{QStringLiteral("element"), elements().at(strong)},
                                                             {QStringLiteral("emoji"), elementEmoji().at(strong)},
                                                             {QStringLiteral("trait"), QStringLiteral("꾸준함")}}}},
        {QStringLiteral("weakness"), QJsonObject{{QStringLiteral("element"), elements().at(weak)},
                                                 {QStringLiteral("emoji"), elementEmoji().at(weak)},
                                                 {QStringLiteral("trait"), QStringLiteral("조급함")}}},
        {QStringLiteral("summary"), QStringLiteral("길게 보고 천천히 쌓아 가는 편이에요.")},
        {QStringLiteral("warning"), QStringLiteral("유행에 휩쓸린 결정은 한 번 더 살펴보세요.")},
    };
    const int score = 55 + int((seed >> 24) % 41);
    static const QStringList days = QStringLiteral("월,화,수,목,금,토,일").split(QLatin1Char(','));
    f.narrative = QStringLiteral("%1님, 오늘은 %2 기운이 차분히 흐르는 날입니다. 급한 결정보다 점검이 어울리고, "
                                 "오후에는 가까운 사람과의 대화가 힘이 됩니다. 오늘의 점수는 %3점입니다.")
                      .arg(userName, elementsKr().at(el))
                      .arg(score);
    f.fortune = QJsonObject{
        {QStringLiteral("date"), date.toString(Qt::ISODate)},
        {QStringLiteral("formattedDate"), QStringLiteral("%1년 %2월 %3일 (%4)")
                                              .arg(date.year())
                                              .arg(date.month())
                                              .arg(date.day())
                                              .arg(days.at(date.dayOfWeek() - 1))},
        {QStringLiteral("score"), score},
        {QStringLiteral("actionItems"),
         QJsonArray{QStringLiteral("할 일 세 가지를 적어 보세요"), QStringLiteral("점심 뒤 10분 산책하기"),
                    QStringLiteral("미뤄 둔 연락 하나 하기")}},
        {QStringLiteral("deficiency"), QJsonObject{{QStringLiteral("element"), elements().at(weak)}}},
        {QStringLiteral("message"), f.narrative},
    };
    return f;
}

double costOf(const QString &model)
{
    if (model == QLatin1String("sonnet"))
        return 0.045;
    if (model == QLatin1String("gpt4o"))
        return 0.035;
    return 0.013;
}

namespace {

QJsonObject pillarJson(int stem, int branch)
{
    const int se = stemElement(stem);
    const int be = branchElement(branch);
    const QJsonObject s{{QStringLiteral("kr"), stems().at(stem)},
                        {QStringLiteral("hangul"), stems().at(stem)},
                        {QStringLiteral("cn"), stemsHanja().at(stem)},
                        {QStringLiteral("element"), elements().at(se)},
                        {QStringLiteral("elementKr"), elementsKr().at(se)},
                        {QStringLiteral("yinYang"), stem % 2 == 0 ? QStringLiteral("양") : QStringLiteral("음")},
                        {QStringLiteral("index"), stem}};
    const QJsonObject b{{QStringLiteral("kr"), branches().at(branch)},
                        {QStringLiteral("hangul"), branches().at(branch)},
                        {QStringLiteral("cn"), branchesHanja().at(branch)},
                        {QStringLiteral("element"), elements().at(be)},
                        {QStringLiteral("elementKr"), elementsKr().at(be)},
                        {QStringLiteral("animal"), animals().at(branch)},
                        {QStringLiteral("index"), branch}};
    return {{QStringLiteral("stem"), s},
            {QStringLiteral("branch"), b},
            {QStringLiteral("fullKr"), stems().at(stem) + branches().at(branch)},
            {QStringLiteral("fullCn"), stemsHanja().at(stem) + branchesHanja().at(branch)}};
}

} // namespace

QJsonObject sajuResult(int year, int month, int day, int hour)
{
    // Year changes at 입춘 (~Feb 4); months at the 절기 (day of month below, Jan … Dec).
    static const int termDay[12] = {6, 4, 6, 5, 6, 6, 7, 8, 8, 8, 7, 7};
    const bool beforeTerm = day < termDay[month - 1];
    int sajuYear = year;
    if (month < 2 || (month == 2 && beforeTerm))
        sajuYear -= 1;
    const int yearStem = ((sajuYear - 4) % 10 + 10) % 10;
    const int yearBranch = ((sajuYear - 4) % 12 + 12) % 12;
    const int monthBranch = ((beforeTerm ? month - 1 : month) % 12 + 12) % 12;
    const int monthStem = ((yearStem % 5) * 2 + 2 + (monthBranch - 2 + 12) % 12) % 10;
    const qint64 jdn = QDate(year, month, day).toJulianDay();
    const int dayIndex = int((jdn + 49) % 60);
    const int dayStem = dayIndex % 10;
    const int dayBranch = dayIndex % 12;
    QJsonObject pillars{{QStringLiteral("year"), pillarJson(yearStem, yearBranch)},
                        {QStringLiteral("month"), pillarJson(monthStem, monthBranch)},
                        {QStringLiteral("day"), pillarJson(dayStem, dayBranch)}};
    int counts[5] = {0, 0, 0, 0, 0};
    counts[stemElement(yearStem)]++;
    counts[branchElement(yearBranch)]++;
    counts[stemElement(monthStem)]++;
    counts[branchElement(monthBranch)]++;
    counts[stemElement(dayStem)]++;
    counts[branchElement(dayBranch)]++;
    if (hour >= 0) {
        const int hourBranch = ((hour + 1) / 2) % 12;
        const int hourStem = ((dayStem % 5) * 2 + hourBranch) % 10;
        pillars.insert(QStringLiteral("hour"), pillarJson(hourStem, hourBranch));
        counts[stemElement(hourStem)]++;
        counts[branchElement(hourBranch)]++;
    } else {
        pillars.insert(QStringLiteral("hour"), QJsonValue::Null);
    }
    QJsonObject elementCounts;
    for (int i = 0; i < 5; ++i)
        elementCounts.insert(elements().at(i), counts[i]);
    return {{QStringLiteral("pillars"), pillars},
            {QStringLiteral("dayMaster"),
             QJsonObject{{QStringLiteral("element"), elements().at(stemElement(dayStem))},
                         {QStringLiteral("name"), stems().at(dayStem) + elementsKr().at(stemElement(dayStem))}}},
            {QStringLiteral("elements"), elementCounts}};
}

} // namespace FakeSaju
} // namespace sajudesk
