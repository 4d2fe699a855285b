// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/FakeSaju.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace sajudesk {
namespace FakeSaju {

namespace {

const QStringList &stems()
{
    static const QStringList s = QStringLiteral("갑,을,병,정,무,기,경,신,임,계").split(QLatin1Char(','));
    return s;
}
const QStringList &stemsHanja()
{
    static const QStringList s = QStringLiteral("甲,乙,丙,丁,戊,己,庚,辛,壬,癸").split(QLatin1Char(','));
    return s;
}
const QStringList &branches()
{
    static const QStringList s = QStringLiteral("자,축,인,묘,진,사,오,미,신,유,술,해").split(QLatin1Char(','));
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

struct Context
{
    const FakeRequest &request;
    const FakeApiConfig &config;
    FakeApiCounters &counters;
    QString requestId;
    int remaining = 0;
    qint64 resetEpoch = 0;
};

void addRateHeaders(FakeReply &r, const Context &c)
{
    r.setHeader("X-RateLimit-Limit", QByteArray::number(c.config.sajuRateLimitPerMinute));
    r.setHeader("X-RateLimit-Remaining", QByteArray::number(qMax(0, c.remaining)));
    r.setHeader("X-RateLimit-Reset", QByteArray::number(c.resetEpoch));
}

FakeReply fail(const Context &c, int status, const QString &code, const QString &message, const QString &field = {},
               const QString &hint = {}, int retryAfter = -1)
{
    FakeReply r = FakeReply::json(status, errorBody(code, message, c.requestId, field, hint, retryAfter));
    addRateHeaders(r, c);
    if (retryAfter >= 0)
        r.setHeader("Retry-After", QByteArray::number(retryAfter));
    return r;
}

/// Validates one pillar; returns false and fills the error reply when it is unusable.
bool checkPillar(const Context &c, const QJsonObject &pillars, const QString &name, bool optional, int *stemIndex,
                 FakeReply *reply)
{
    const QString field = QStringLiteral("saju.pillars.") + name;
    const QJsonValue v = pillars.value(name);
    if (v.isUndefined() || (v.isNull() && !optional)) {
        if (optional)
            return true;
        *reply = fail(c, 400, QStringLiteral("missing_field"), QStringLiteral("필수 필드가 없습니다: %1").arg(field),
                      field, QStringLiteral("Add the field %1").arg(field));
        return false;
    }
    if (v.isNull())
        return true;
    const QJsonObject p = v.toObject();
    const QString stem = p.value(QStringLiteral("stem")).toObject().value(QStringLiteral("hangul")).toString();
    const QString branch = p.value(QStringLiteral("branch")).toObject().value(QStringLiteral("hangul")).toString();
    if (!v.isObject() || !stems().contains(stem) || !branches().contains(branch)) {
        *reply = fail(c, 400, QStringLiteral("invalid_saju"),
                      QStringLiteral("사주 객체의 형식이 올바르지 않습니다: %1").arg(field), field,
                      QStringLiteral("Each pillar needs stem.hangul (갑…계) and branch.hangul (자…해)"));
        return false;
    }
    if (stemIndex)
        *stemIndex = static_cast<int>(stems().indexOf(stem));
    return true;
}

struct Fortune
{
    QJsonObject character, tendency, fortune;
    QString narrative;
};

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

FakeReply dailyFortune(Context &c, const QJsonObject &body, bool stream)
{
    const QJsonValue saju = body.value(QStringLiteral("saju"));
    if (saju.isUndefined() || saju.isNull())
        return fail(c, 400, QStringLiteral("missing_field"), QStringLiteral("필수 필드가 없습니다: saju"),
                    QStringLiteral("saju"));
    if (!saju.isObject())
        return fail(c, 400, QStringLiteral("invalid_saju"), QStringLiteral("사주 객체의 형식이 올바르지 않습니다"),
                    QStringLiteral("saju"));
    const QJsonValue pillarsValue = saju.toObject().value(QStringLiteral("pillars"));
    if (pillarsValue.isUndefined() || pillarsValue.isNull())
        return fail(c, 400, QStringLiteral("missing_field"), QStringLiteral("필수 필드가 없습니다: saju.pillars"),
                    QStringLiteral("saju.pillars"));
    if (!pillarsValue.isObject())
        return fail(c, 400, QStringLiteral("invalid_saju"), QStringLiteral("사주 객체의 형식이 올바르지 않습니다"),
                    QStringLiteral("saju.pillars"));
    const QJsonObject pillars = pillarsValue.toObject();
    FakeReply error;
    int dayStem = 0;
    if (!checkPillar(c, pillars, QStringLiteral("year"), false, nullptr, &error)
        || !checkPillar(c, pillars, QStringLiteral("month"), false, nullptr, &error)
        || !checkPillar(c, pillars, QStringLiteral("day"), false, &dayStem, &error)
        || !checkPillar(c, pillars, QStringLiteral("hour"), true, nullptr, &error))
        return error;

    const QJsonValue userName = body.value(QStringLiteral("userName"));
    if (userName.isUndefined() || userName.isNull())
        return fail(c, 400, QStringLiteral("missing_field"), QStringLiteral("필수 필드가 없습니다: userName"),
                    QStringLiteral("userName"));
    if (!userName.isString() || userName.toString().trimmed().isEmpty())
        return fail(c, 400, QStringLiteral("invalid_field"),
                    QStringLiteral("userName은 비어 있지 않은 문자열이어야 합니다"), QStringLiteral("userName"));
    const QString model = body.value(QStringLiteral("model")).toString(QStringLiteral("haiku"));
    if (!QStringList{QStringLiteral("haiku"), QStringLiteral("sonnet"), QStringLiteral("gpt4o")}.contains(model)
        || (body.contains(QStringLiteral("model")) && !body.value(QStringLiteral("model")).isString()))
        return fail(c, 400, QStringLiteral("invalid_model"), QStringLiteral("지원하지 않는 모델입니다: %1").arg(model),
                    QStringLiteral("model"), QStringLiteral("Use haiku, sonnet or gpt4o"));
    QDate date = QDateTime::currentDateTimeUtc().addSecs(9 * 3600).date();
    if (body.contains(QStringLiteral("date"))) {
        static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        const QString text = body.value(QStringLiteral("date")).toString();
        date = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
        if (!iso.match(text).hasMatch() || !date.isValid())
            return fail(c, 400, QStringLiteral("invalid_date"), QStringLiteral("날짜 형식이 올바르지 않습니다"),
                        QStringLiteral("date"), QStringLiteral("Use YYYY-MM-DD"));
    }
    const QString type = body.value(QStringLiteral("type")).toString();
    if (body.contains(QStringLiteral("type")) && type != QLatin1String("fortune_only") && type != QLatin1String("full"))
        return fail(c, 400, QStringLiteral("invalid_field"), QStringLiteral("type 값이 올바르지 않습니다"),
                    QStringLiteral("type"), QStringLiteral("Use \"fortune_only\" or leave it out"));
    const bool fortuneOnly = type == QLatin1String("fortune_only");

    const Fortune f = makeFortune(dayStem, userName.toString(), date);
    const QByteArray cacheKey =
        QCryptographicHash::hash(compact(pillars) + userName.toString().toUtf8() + model.toUtf8()
                                     + date.toString(Qt::ISODate).toUtf8() + type.toUtf8(),
                                 QCryptographicHash::Sha1);
    const bool cached = c.counters.seenFortuneRequests.contains(cacheKey);
    c.counters.seenFortuneRequests.insert(cacheKey);
    const double cost = cached ? 0.0 : costOf(model);
    const QJsonObject meta{{QStringLiteral("requestId"), c.requestId},
                           {QStringLiteral("model"), model},
                           {QStringLiteral("cached"), cached},
                           {QStringLiteral("cost"), cost},
                           {QStringLiteral("latency"), cached ? 12 : 1200 + int(seedOf(c.requestId) % 800)}};

    FakeReply r;
    if (!stream) {
        QJsonObject data{{QStringLiteral("fortune"), f.fortune}};
        if (!fortuneOnly) {
            data.insert(QStringLiteral("character"), f.character);
            data.insert(QStringLiteral("tendency"), f.tendency);
        }
        r = FakeReply::json(200, compact({{QStringLiteral("success"), true},
                                          {QStringLiteral("data"), data},
                                          {QStringLiteral("meta"), meta}}));
    } else {
        QString format = c.request.queryValue(QStringLiteral("format")).toLower();
        if (format.isEmpty())
            format = c.config.sajuStreamFormat == FakeApiConfig::SajuStreamFormat::Chunks ? QStringLiteral("b")
                                                                                          : QStringLiteral("a");
        QByteArrayList events;
        if (format == QLatin1String("b")) {
            QString current;
            int words = 0;
            for (QChar ch : f.narrative) {
                current += ch;
                if (ch == QLatin1Char(' ') && ++words % 3 == 0) {
                    events.append("data: " + compact({{QStringLiteral("chunk"), current}}) + "\n\n");
                    current.clear();
                }
            }
            if (!current.isEmpty())
                events.append("data: " + compact({{QStringLiteral("chunk"), current}}) + "\n\n");
            QJsonObject done{
                {QStringLiteral("done"), true}, {QStringLiteral("fortune"), f.fortune}, {QStringLiteral("meta"), meta}};
            if (!fortuneOnly) {
                done.insert(QStringLiteral("character"), f.character);
                done.insert(QStringLiteral("tendency"), f.tendency);
            }
            events.append("data: " + compact(done) + "\n\n");
        } else {
            auto named = [](const char *name, const QJsonObject &o) {
                return QByteArray("event: ") + name + "\ndata: " + compact(o) + "\n\n";
            };
            if (!fortuneOnly) {
                events.append(named("character", f.character));
                events.append(named("tendency", f.tendency));
            }
            events.append(named("fortune", f.fortune));
            events.append(named("complete", {{QStringLiteral("cached"), cached},
                                             {QStringLiteral("cost"), cost},
                                             {QStringLiteral("requestId"), c.requestId}}));
        }
        r = FakeReply::sse(events);
    }
    addRateHeaders(r, c);
    return r;
}

FakeReply saju(Context &c, const QJsonObject &body)
{
    int values[4] = {0, 0, 0, -1};
    const char *names[4] = {"year", "month", "day", "hour"};
    for (int i = 0; i < 4; ++i) {
        const QString name = QString::fromLatin1(names[i]);
        const QJsonValue v = body.value(name);
        if (v.isUndefined() || v.isNull()) {
            if (i == 3)
                continue;
            return fail(c, 400, QStringLiteral("missing_field"), QStringLiteral("필수 필드가 없습니다: %1").arg(name),
                        name);
        }
        if (!v.isDouble() || v.toDouble() != double(v.toInt()))
            return fail(c, 400, QStringLiteral("invalid_field"), QStringLiteral("%1은(는) 정수여야 합니다").arg(name),
                        name);
        values[i] = v.toInt();
    }
    if (values[0] < 1900 || values[0] > 2100)
        return fail(c, 400, QStringLiteral("invalid_field"), QStringLiteral("year는 1900~2100 사이여야 합니다"),
                    QStringLiteral("year"));
    if (!QDate(values[0], values[1], values[2]).isValid())
        return fail(c, 400, QStringLiteral("invalid_date"), QStringLiteral("존재하지 않는 날짜입니다"),
                    QStringLiteral("day"));
    if (values[3] < -1 || values[3] > 23)
        return fail(c, 400, QStringLiteral("invalid_field"), QStringLiteral("hour는 0~23 사이여야 합니다"),
                    QStringLiteral("hour"));
    const QJsonValue gender = body.value(QStringLiteral("gender"));
    if (gender.isUndefined() || gender.isNull())
        return fail(c, 400, QStringLiteral("missing_field"), QStringLiteral("필수 필드가 없습니다: gender"),
                    QStringLiteral("gender"));
    if (gender.toString() != QLatin1String("male") && gender.toString() != QLatin1String("female"))
        return fail(c, 400, QStringLiteral("invalid_field"), QStringLiteral("gender는 male 또는 female이어야 합니다"),
                    QStringLiteral("gender"));
    const QString calendar = body.value(QStringLiteral("calendarType")).toString(QStringLiteral("solar"));
    if (calendar != QLatin1String("solar"))
        return fail(c, 400, QStringLiteral("invalid_field"), QStringLiteral("이 데모 서버는 양력(solar)만 지원합니다"),
                    QStringLiteral("calendarType"));

    const QJsonObject result = sajuResult(values[0], values[1], values[2], values[3]);
    FakeReply r = FakeReply::json(
        200, c.config.wrapSajuResult
                 ? compact({{QStringLiteral("success"), true},
                            {QStringLiteral("data"), result},
                            {QStringLiteral("meta"), QJsonObject{{QStringLiteral("requestId"), c.requestId}}}})
                 : compact(result));
    addRateHeaders(r, c);
    return r;
}

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

bool handles(const QString &path)
{
    return path == QLatin1String("/api") || path.startsWith(QLatin1String("/api/"));
}

FakeReply handle(const FakeRequest &request, const FakeApiConfig &config, FakeApiCounters &counters)
{
    Context c{request,
              config,
              counters,
              QStringLiteral("req_%1").arg(QString::number(++counters.saju + 46655, 36)),
              config.sajuRateLimitPerMinute,
              0};
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    c.resetEpoch = (now / 60 + 1) * 60;

    const QString &path = request.path;
    const bool known = path == QLatin1String("/api/daily-fortune") || path == QLatin1String("/api/daily-fortune-stream")
                       || path == QLatin1String("/api/saju");
    if (!known || request.method != "POST")
        return fail(c, 404, QStringLiteral("not_found"),
                    QStringLiteral("Endpoint not found: %1 %2").arg(QString::fromLatin1(request.method), path));
    const QString key = QString::fromUtf8(request.header("X-API-Key"));
    if (key.isEmpty())
        return fail(c, 401, QStringLiteral("missing_api_key"), QStringLiteral("API 키가 없습니다"), {},
                    QStringLiteral("Add the X-API-Key header"));
    const bool prefixOk = key.startsWith(QLatin1String("bs_live_")) || key.startsWith(QLatin1String("bs_test_"));
    if (!prefixOk || (!config.sajuKeys.isEmpty() && !config.sajuKeys.contains(key)))
        return fail(c, 401, QStringLiteral("invalid_api_key"), QStringLiteral("유효하지 않은 API 키입니다"), {},
                    QStringLiteral("Keys start with bs_live_ or bs_test_"));

    // Per-key fixed one-minute window, as the X-RateLimit-* headers describe.
    auto &window = counters.rateWindows[key];
    const qint64 minute = now / 60;
    if (window.first != minute)
        window = {minute, 0};
    if (config.sajuRateLimitPerMinute > 0) {
        if (window.second >= config.sajuRateLimitPerMinute) {
            c.remaining = 0;
            const int wait = int(qMax<qint64>(1, c.resetEpoch - now));
            return fail(c, 429, QStringLiteral("rate_limited"), QStringLiteral("요청이 너무 많습니다"), {},
                        QStringLiteral("Wait and retry"), wait);
        }
        ++window.second;
        c.remaining = config.sajuRateLimitPerMinute - window.second;
    }

    const char *permission = path == QLatin1String("/api/saju")                   ? "saju:calculate"
                             : path == QLatin1String("/api/daily-fortune-stream") ? "stream:read"
                                                                                  : "fortune:read";
    if (!config.sajuKeys.isEmpty() && !config.sajuKeys.value(key).contains(QString::fromLatin1(permission)))
        return fail(c, 403, QStringLiteral("insufficient_permissions"),
                    QStringLiteral("이 API 키에는 %1 권한이 없습니다").arg(QString::fromLatin1(permission)), {},
                    QStringLiteral("Use a key with the %1 permission").arg(QString::fromLatin1(permission)));

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return fail(c, 400, QStringLiteral("invalid_json"), QStringLiteral("요청 본문이 올바른 JSON이 아닙니다"), {},
                    QStringLiteral("Check the JSON syntax"));
    if (path == QLatin1String("/api/saju"))
        return saju(c, doc.object());
    return dailyFortune(c, doc.object(), path == QLatin1String("/api/daily-fortune-stream"));
}

QByteArray errorBody(const QString &code, const QString &message, const QString &requestId, const QString &field,
                     const QString &hint, int retryAfter)
{
    QJsonObject error{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (!hint.isEmpty())
        error.insert(QStringLiteral("hint"), hint);
    if (!field.isEmpty())
        error.insert(QStringLiteral("field"), field);
    if (retryAfter >= 0)
        error.insert(QStringLiteral("retryAfter"), retryAfter);
    return compact({{QStringLiteral("success"), false},
                    {QStringLiteral("error"), error},
                    {QStringLiteral("meta"), QJsonObject{{QStringLiteral("requestId"), requestId}}}});
}

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
