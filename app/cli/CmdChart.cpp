// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CmdChart.h"

#include "cli/BirthLines.h"
#include "cli/CliCommand.h"
#include "core/LanguageManager.h"
#include "saju/ChartText.h"
#include "saju/SajuChart.h"
#include "saju/SolarTerms.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QTextStream>
#include <QTranslator>

namespace sajudesk::cli {

using namespace sajudesk::saju;

namespace {

// A span of at most this many years keeps `--years` output (and memory) bounded.
constexpr int kMaxAnnualYears = 200;

QJsonObject periodJson(const LuckPeriod &p)
{
    QJsonObject o{{QStringLiteral("ganzhi"), p.pillar.hanja()},
                  {QStringLiteral("hangul"), p.pillar.hangul()},
                  {QStringLiteral("year"), p.year},
                  {QStringLiteral("tenGods"), QJsonObject{{QStringLiteral("stem"), tenGodHangul(p.stemGod)},
                                                          {QStringLiteral("branch"), tenGodHangul(p.branchGod)}}},
                  {QStringLiteral("twelveStage"), twelveStageHangul(p.stage)}};
    if (p.month > 0)
        o.insert(QStringLiteral("month"), p.month);
    if (p.hasInstants) {
        o.insert(QStringLiteral("jie"), jieNameHanja(p.jie));
        o.insert(QStringLiteral("start"), formatUtcInstant(p.startUtc));
        o.insert(QStringLiteral("end"), formatUtcInstant(p.endUtc));
    }
    return o;
}

QJsonArray periodsJson(const QVector<LuckPeriod> &periods)
{
    QJsonArray a;
    for (const LuckPeriod &p : periods)
        a.append(periodJson(p));
    return a;
}

bool parseYear(const QString &text, int &year)
{
    bool ok = false;
    year = text.toInt(&ok);
    return ok && year >= 1 && year <= 9999;
}

} // namespace

int runChart(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli", "The 만세력 chart of Korean civil birth times, 1900-2100: four pillars, ten gods (십성),\n"
               "hidden stems (지장간), 12 stages (12운성), void (공망), luck pillars (대운) with their start,\n"
               "annual and monthly luck (세운/월운), the correction trace and boundary charts.\n"
               "Lines as for `pillars`: YYYY-MM-DD HH:MM or YYYY-MM-DD; prefix L (lunar) or L! (leap month).\n"
               "Without LINE arguments, lines are read from stdin."));
    parser.addHelpOption();
    const BirthLineOptions birth(
        QCoreApplication::translate("Cli", "One JSON object per line (the chart; see README)."));
    birth.addTo(parser);
    const QCommandLineOption genderOption(
        QStringLiteral("gender"),
        QCoreApplication::translate("Cli", "male or female; sets the luck-pillar (대운) direction. Without it "
                                           "the chart has no luck pillars."),
        QStringLiteral("gender"));
    const QCommandLineOption roundingOption(
        QStringLiteral("luck-rounding"),
        QCoreApplication::translate("Cli", "How the luck start age rounds delta/3 days: half-up (default) or floor."),
        QStringLiteral("rule"), QStringLiteral("half-up"));
    const QCommandLineOption yearsOption(
        QStringLiteral("years"),
        QCoreApplication::translate("Cli", "Also give the annual luck (세운) of these saju years, e.g. "
                                           "2021-2031."),
        QStringLiteral("from-to"));
    const QCommandLineOption monthsOption(
        QStringLiteral("months"),
        QCoreApplication::translate("Cli", "Also give the monthly luck (월운) of this saju year."),
        QStringLiteral("year"));
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        QCoreApplication::translate("Cli",
                                    "Language of labels, notes and messages: ko or en (default: the system language)."),
        QStringLiteral("code"));
    parser.addOptions({genderOption, roundingOption, yearsOption, monthsOption, languageOption});
    parser.addPositionalArgument(QStringLiteral("line"), QCoreApplication::translate("Cli", "Birth date and time."),
                                 QStringLiteral("[LINE...]"));
    if (!parser.parse(args)) {
        err << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return ExitOk;
    }

    // main() applies the global --language (and takes it out of args); this option stays for --help.
    const QString language = parser.isSet(languageOption) ? parser.value(languageOption).toLower()
                                                          : LanguageManager::shippedLanguage(QLocale().name());
    if (!LanguageManager::availableLanguages().contains(language)) {
        err << QCoreApplication::translate("Cli", "sajudesk-cli chart: --language must be ko or en, not '%1'")
                   .arg(parser.value(languageOption))
            << '\n';
        return ExitUsage;
    }
    QTranslator translator;
    if (translator.load(QStringLiteral("sajudesk_") + language, QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    BirthInput base;
    if (const int rc = birth.handle(parser, QStringLiteral("chart"), base, out, err); rc >= 0)
        return rc;
    ChartOptions options;
    if (parser.isSet(genderOption)) {
        const std::optional<Gender> gender = genderFromName(parser.value(genderOption));
        if (!gender) {
            err << QCoreApplication::translate("Cli", "sajudesk-cli chart: --gender must be male or female, not '%1'")
                       .arg(parser.value(genderOption))
                << '\n';
            return ExitUsage;
        }
        options.gender = *gender;
    }
    const std::optional<LuckRounding> rounding = luckRoundingFromName(parser.value(roundingOption));
    if (!rounding) {
        err << QCoreApplication::translate("Cli",
                                           "sajudesk-cli chart: --luck-rounding must be half-up or floor, not '%1'")
                   .arg(parser.value(roundingOption))
            << '\n';
        return ExitUsage;
    }
    options.rounding = *rounding;

    int fromYear = 0, toYear = -1, monthYear = 0;
    if (parser.isSet(yearsOption)) {
        static const QRegularExpression span(QStringLiteral("^(\\d{1,4})(?:[-:](\\d{1,4}))?$"));
        const QRegularExpressionMatch m = span.match(parser.value(yearsOption).trimmed());
        const bool ok = m.hasMatch() && parseYear(m.captured(1), fromYear)
                        && parseYear(m.captured(2).isEmpty() ? m.captured(1) : m.captured(2), toYear)
                        && fromYear <= toYear && toYear - fromYear < kMaxAnnualYears;
        if (!ok) {
            err << QCoreApplication::translate(
                       "Cli", "sajudesk-cli chart: --years must be FROM-TO (years 1-9999, at most %1 years), not '%2'")
                       .arg(kMaxAnnualYears)
                       .arg(parser.value(yearsOption))
                << '\n';
            return ExitUsage;
        }
    }
    if (parser.isSet(monthsOption) && !parseYear(parser.value(monthsOption).trimmed(), monthYear)) {
        err << QCoreApplication::translate("Cli", "sajudesk-cli chart: --months must be a year 1-9999, not '%1'")
                   .arg(parser.value(monthsOption))
            << '\n';
        return ExitUsage;
    }
    const bool json = parser.isSet(birth.json);

    std::vector<InputLine> lines;
    if (!readInputLines(parser.positionalArguments(), lines)) {
        err << QCoreApplication::translate("Cli", "sajudesk-cli chart: cannot read stdin") << '\n';
        return ExitUsage;
    }

    int failed = 0;
    int number = 0;
    for (const InputLine &line : lines) {
        ++number;
        const Result<BirthInput> in = parseInputLine(line, base);
        const Result<SajuChart> r = in ? SajuChart::build(in.value(), options) : Result<SajuChart>(in.error());
        const QString text = displayText(line);
        if (!r) {
            ++failed;
            reportLineError(out, err, QStringLiteral("chart"), number, text, r.error());
            continue;
        }
        const SajuChart &chart = r.value();
        const QVector<LuckPeriod> years = chart.annualLuck(fromYear, toYear);
        const QVector<LuckPeriod> months = monthYear > 0 ? chart.monthlyLuck(monthYear) : QVector<LuckPeriod>();
        if (json) {
            QJsonObject o = chart.toJson();
            o.insert(QStringLiteral("input"), text);
            if (!years.isEmpty())
                o.insert(QStringLiteral("annualLuck"), periodsJson(years));
            if (!months.isEmpty())
                o.insert(QStringLiteral("monthlyLuck"), periodsJson(months));
            out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << '\n';
        } else {
            if (number > 1)
                out << '\n';
            out << chartText(chart, text, years, months,
                             QCoreApplication::translate(
                                 "ChartText", "Luck pillars (대운): give --gender=male or --gender=female."));
        }
    }
    out.flush();
    return failed > 0 ? ExitFailure : ExitOk;
}

} // namespace sajudesk::cli
