// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CmdFortune.h"

#include "cli/CliCommand.h"
#include "cli/CliServices.h"
#include "core/LanguageManager.h"
#include "saju/SajuEngine.h"
#include "sajuapi/FortuneRequest.h"
#include "sajuapi/FortuneText.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QLocale>
#include <QTranslator>

namespace sajudesk::cli {

namespace {

/// "== Title ==" and the fields of one section, translated labels and element names.
QString sectionBlock(const QString &title, const QJsonObject &fields)
{
    QString text = QStringLiteral("== ") + title + QStringLiteral(" ==\n");
    for (const QString &line : FortuneText::lines(fields, 2))
        text += line + QLatin1Char('\n');
    return text;
}

int inputError(const QString &message)
{
    writeErr(QStringLiteral("sajudesk-cli fortune: ") + message + QLatin1Char('\n'));
    return ExitUsage;
}

} // namespace

int runFortune(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli", "Compute the four pillars of a birth and ask the Saju API for the day's fortune."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("birth"),
                      QCoreApplication::translate(
                          "Cli", "Birth as \"YYYY-MM-DD HH:MM\" or \"YYYY-MM-DD\" (time unknown); prefix L / L! "
                                 "for lunar / leap month."),
                      QStringLiteral("when")});
    parser.addOption({QStringLiteral("name"), QCoreApplication::translate("Cli", "Name used in the fortune text."),
                      QStringLiteral("name")});
    parser.addOption(
        {QStringLiteral("lunar"), QCoreApplication::translate("Cli", "The birth date is a Korean lunar date.")});
    parser.addOption({QStringLiteral("leap"),
                      QCoreApplication::translate("Cli", "Lunar date in the leap month (implies --lunar).")});
    parser.addOption({QStringLiteral("zi"),
                      QCoreApplication::translate("Cli", "子 hour rule: split (default), 23 or midnight."),
                      QStringLiteral("rule")});
    parser.addOption({QStringLiteral("lon"),
                      QCoreApplication::translate("Cli", "Birthplace longitude in degrees east (default Seoul)."),
                      QStringLiteral("deg")});
    parser.addOption({QStringLiteral("city"),
                      QCoreApplication::translate("Cli", "Birthplace city, e.g. 부산 or Busan."),
                      QStringLiteral("name")});
    parser.addOption({QStringLiteral("date"),
                      QCoreApplication::translate("Cli", "Fortune date YYYY-MM-DD (default: today in Seoul)."),
                      QStringLiteral("date")});
    parser.addOption({QStringLiteral("model"), QCoreApplication::translate("Cli", "haiku (default), sonnet or gpt4o."),
                      QStringLiteral("model"), QStringLiteral("haiku")});
    parser.addOption(
        {QStringLiteral("fortune-only"), QCoreApplication::translate("Cli", "Only the daily fortune part (cheaper).")});
    parser.addOption({QStringLiteral("no-stream"),
                      QCoreApplication::translate("Cli", "Use the JSON endpoint instead of the stream.")});
    parser.addOption(
        {QStringLiteral("refresh"),
         QCoreApplication::translate("Cli", "Ask the service again even when this fortune is in the local cache.")});
    parser.addOption({QStringLiteral("json"),
                      QCoreApplication::translate("Cli", "Print one JSON document (saju, data, meta) at the end.")});
    parser.addOption({QStringLiteral("language"),
                      QCoreApplication::translate(
                          "Cli", "Language of labels and messages: ko or en (default: the system language)."),
                      QStringLiteral("lang")});
    CliServices::addOptions(parser);
    if (!parser.parse(args))
        return inputError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        writeOut(parser.helpText());
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty())
        return inputError(
            QCoreApplication::translate("Cli", "unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
    if (!parser.isSet(QStringLiteral("birth")))
        return inputError(QCoreApplication::translate("Cli", "--birth is required, e.g. --birth \"1992-08-26 05:40\""));
    if (parser.value(QStringLiteral("name")).trimmed().isEmpty())
        return inputError(QCoreApplication::translate("Cli", "--name is required, e.g. --name 이서준"));
    if (parser.isSet(QStringLiteral("lon")) && parser.isSet(QStringLiteral("city")))
        return inputError(QCoreApplication::translate("Cli", "give either --lon or --city, not both"));

    saju::BirthInput base;
    if (parser.isSet(QStringLiteral("zi"))) {
        const auto zi = saju::ziRuleFromName(parser.value(QStringLiteral("zi")));
        if (!zi)
            return inputError(QCoreApplication::translate("Cli", "--zi must be split, 23 or midnight"));
        base.zi = *zi;
    }
    if (parser.isSet(QStringLiteral("lon"))) {
        const auto lon = saju::parseLongitude(parser.value(QStringLiteral("lon")));
        if (!lon)
            return inputError(lon.error().message());
        base.longitude = lon.value();
    }
    if (parser.isSet(QStringLiteral("city"))) {
        const auto city = saju::findCity(parser.value(QStringLiteral("city")));
        if (!city)
            return inputError(
                QCoreApplication::translate("Cli", "unknown city \"%1\"").arg(parser.value(QStringLiteral("city"))));
        base.longitude = city->longitude;
    }
    auto birth = saju::parseBirthLine(parser.value(QStringLiteral("birth")), base);
    if (!birth)
        return inputError(birth.error().message());
    saju::BirthInput input = birth.value();
    if (parser.isSet(QStringLiteral("lunar")) || parser.isSet(QStringLiteral("leap")))
        input.calendar = saju::CalendarKind::Lunar;
    if (parser.isSet(QStringLiteral("leap")))
        input.leapMonth = true;
    const auto pillars = saju::SajuEngine::compute(input);
    if (!pillars)
        return inputError(pillars.error().message());

    FortuneParams params;
    params.saju = pillars->toSajuJson();
    params.userName = parser.value(QStringLiteral("name"));
    params.model = parser.value(QStringLiteral("model")).trimmed();
    params.fortuneOnly = parser.isSet(QStringLiteral("fortune-only"));
    if (parser.isSet(QStringLiteral("date"))) {
        const QString text = parser.value(QStringLiteral("date")).trimmed();
        params.date = QDate::fromString(text, Qt::ISODate);
        if (!params.date.isValid() || text.size() != 10)
            return inputError(
                QCoreApplication::translate("Cli", "--date must be a real date as YYYY-MM-DD, got \"%1\"").arg(text));
    }
    const bool json = parser.isSet(QStringLiteral("json"));
    // main() applies the global --language (and takes it out of args); this option stays for --help.
    const QString language = parser.isSet(QStringLiteral("language"))
                                 ? parser.value(QStringLiteral("language")).trimmed().toLower()
                                 : LanguageManager::shippedLanguage(QLocale().name());
    if (!LanguageManager::availableLanguages().contains(language))
        return inputError(QCoreApplication::translate("Cli", "--language must be ko or en, not \"%1\"")
                              .arg(parser.value(QStringLiteral("language"))));
    // Labels, element names and notes in that language; dates and numbers per its locale.
    QTranslator translator;
    if (translator.load(QStringLiteral("sajudesk_") + language, QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
    const bool korean = language == QLatin1String("ko");
    QLocale::setDefault(
        QLocale(korean ? QLocale::Korean : QLocale::English, korean ? QLocale::SouthKorea : QLocale::UnitedStates));

    CliServices services;
    if (const int rc = services.setUp(parser, CliServices::Saju); rc != ExitOk)
        return rc;

    if (!json)
        writeOut(QCoreApplication::translate("Cli", "Four pillars: %1  (%2)\n")
                     .arg(pillars->hangulText(), pillars->dayMasterName()));

    FortuneRequest req(services.http(), services.saju(), params);
    req.setStreaming(!parser.isSet(QStringLiteral("no-stream")));
    // The demo server answers from a new port each run, so caching its fake answers only fills
    // the user's cache folder.
    FortuneCache cache;
    if (!services.isDemo())
        req.setCache(&cache, FortuneComputation::fromPillars(*pillars));
    req.setRefresh(parser.isSet(QStringLiteral("refresh")));
    const int maxAttempts = services.saju().retryPolicy.maxAttempts;
    int rc = ExitOk;
    bool narrativeOpen = false;
    QEventLoop loop;
    QObject::connect(&req, &FortuneRequest::keyWarning,
                     [](const QString &w) { writeErr(QCoreApplication::translate("Cli", "warning: %1\n").arg(w)); });
    QObject::connect(&req, &FortuneRequest::retryScheduled,
                     [maxAttempts](int attempt, qint64 delayMs, const ApiError &e) {
                         writeErr(CliServices::retryLine(attempt, delayMs, e, maxAttempts));
                     });
    QObject::connect(&req, &FortuneRequest::streamFallback, [](const StreamFallback &note) {
        writeErr(QCoreApplication::translate("Cli", "note: %1\n").arg(note.message()));
    });
    if (!json) {
        QObject::connect(&req, &FortuneRequest::narrativeReceived, [&narrativeOpen](const QString &text) {
            writeOutBuffered(text);
            narrativeOpen = true;
        });
        QObject::connect(&req, &FortuneRequest::sectionReceived,
                         [&narrativeOpen](const QString &section, const QJsonObject &data) {
                             const QString gap = narrativeOpen ? QStringLiteral("\n\n") : QStringLiteral("\n");
                             narrativeOpen = false;
                             writeOut(gap + sectionBlock(FortuneText::sectionTitle(section), data));
                         });
    }
    QObject::connect(&req, &FortuneRequest::completed, [&](const FortuneResult &r) {
        if (json) {
            QJsonObject doc{{QStringLiteral("saju"), params.saju},
                            {QStringLiteral("date"), req.params().date.toString(Qt::ISODate)},
                            {QStringLiteral("data"), r.data()},
                            {QStringLiteral("meta"), r.meta.raw},
                            {QStringLiteral("complete"), r.complete}};
            if (!r.narrative.isEmpty())
                doc.insert(QStringLiteral("narrative"), r.narrative);
            if (req.isFromCache()) {
                doc.insert(QStringLiteral("fromCache"), true);
                doc.insert(QStringLiteral("fetchedAt"), req.fetchedAt().toString(Qt::ISODateWithMs));
            }
            if (req.usedStreamFallback())
                doc.insert(QStringLiteral("streamFallback"), req.fallback().code());
            writeOut(QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Indented)));
            return;
        }
        QString tail = narrativeOpen ? QStringLiteral("\n") : QString();
        if (!r.extras.isEmpty())
            tail += QLatin1Char('\n') + sectionBlock(QCoreApplication::translate("Cli", "Other details"), r.extras);
        QStringList meta;
        if (req.isFromCache())
            meta << FortuneText::cachedNote(req.fetchedAt());
        if (!r.meta.requestId.isEmpty())
            meta << QCoreApplication::translate("Cli", "request ID %1").arg(r.meta.requestId);
        if (!r.meta.model.isEmpty())
            meta << QCoreApplication::translate("Cli", "model %1").arg(r.meta.model);
        if (r.meta.cached)
            meta << QCoreApplication::translate("Cli", "cached");
        if (r.meta.cost >= 0)
            meta << QCoreApplication::translate("Cli", "cost $%1").arg(r.meta.cost);
        if (!meta.isEmpty())
            tail += QStringLiteral("\n(") + meta.join(QStringLiteral(", ")) + QStringLiteral(")\n");
        writeOut(tail);
    });
    QObject::connect(&req, &FortuneRequest::failed, [&](const ApiError &e, const FortuneResult &) {
        rc = CliServices::reportFailure(e, services.saju().baseUrl);
    });
    QObject::connect(&req, &FortuneRequest::finished, &loop, &QEventLoop::quit);
    req.start();
    loop.exec();
    flushOut();
    return rc;
}

} // namespace sajudesk::cli
