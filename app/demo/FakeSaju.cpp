// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/FakeSaju.h"

#include "demo/FakeSajuContent.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace sajudesk {
namespace FakeSaju {

namespace {

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
        // ?format=a|b|b-flat overrides the configured format for one request.
        QString format = c.request.queryValue(QStringLiteral("format")).toLower();
        if (format.isEmpty())
            format = c.config.sajuStreamFormat == FakeApiConfig::SajuStreamFormat::Chunks ? QStringLiteral("b")
                     : c.config.sajuStreamFormat == FakeApiConfig::SajuStreamFormat::ChunksFlat
                         ? QStringLiteral("b-flat")
                         : QStringLiteral("a");
        QJsonObject sections{{QStringLiteral("fortune"), f.fortune}};
        if (!fortuneOnly) {
            sections.insert(QStringLiteral("character"), f.character);
            sections.insert(QStringLiteral("tendency"), f.tendency);
        }
        QByteArrayList events;
        if (format.startsWith(QLatin1Char('b'))) {
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
            // "b": the whole result under `fortune`, as a live server was seen to send it;
            // "b-flat": the sections beside `done`.
            QJsonObject done{{QStringLiteral("done"), true}, {QStringLiteral("meta"), meta}};
            if (format == QLatin1String("b-flat")) {
                for (auto it = sections.constBegin(); it != sections.constEnd(); ++it)
                    done.insert(it.key(), it.value());
            } else {
                done.insert(QStringLiteral("fortune"), sections);
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
            // The documented {cached, cost} plus the other meta fields, so every format carries
            // the same meta.
            events.append(named("complete", meta));
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

} // namespace FakeSaju
} // namespace sajudesk
