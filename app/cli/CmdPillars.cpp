// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CmdPillars.h"

#include "cli/CliCommand.h"
#include "saju/PillarsJson.h"
#include "saju/SajuEngine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTextStream>

#include <variant>

namespace sajudesk::cli {

namespace {

using namespace sajudesk::saju;

// One input line: text from an argument, or raw bytes from stdin (checked for UTF-8 by the parser).
using InputLine = std::variant<QString, QByteArray>;

QStringList joinDateAndTime(const QStringList &positional)
{
    // `pillars 1992-08-26 05:40` without quotes arrives as two arguments: put them back together.
    static const QRegularExpression timeOnly(QStringLiteral("^\\d{1,2}:\\d{2}$"));
    QStringList lines;
    for (const QString &arg : positional) {
        if (!lines.isEmpty() && timeOnly.match(arg).hasMatch() && !lines.last().contains(QLatin1Char(':')))
            lines.last() += QLatin1Char(' ') + arg;
        else
            lines << arg;
    }
    return lines;
}

QString displayText(const InputLine &line)
{
    if (const QString *s = std::get_if<QString>(&line))
        return s->trimmed();
    return QString::fromUtf8(std::get<QByteArray>(line)).trimmed();
}

} // namespace

int runPillars(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Four pillars (saju) of Korean civil birth times, 1900-2100.\n"
                       "Lines: YYYY-MM-DD HH:MM or YYYY-MM-DD (time unknown); prefix L for a Korean lunar date,\n"
                       "L! for a leap (yun) lunar month. Without LINE arguments, lines are read from stdin."));
    parser.addHelpOption();
    const QCommandLineOption ziOption(QStringLiteral("zi"),
                                      QStringLiteral("Zi-hour rule: split (default; day changes at 00:00, 23:xx "
                                                     "takes the next day's hour stem), 23 (day changes at "
                                                     "23:00) or midnight."),
                                      QStringLiteral("rule"), QStringLiteral("split"));
    const QCommandLineOption lonOption(QStringLiteral("lon"),
                                       QStringLiteral("Birthplace longitude in degrees east for local mean time "
                                                      "(default 126.978, Seoul; 127.5 = fixed 30-minute rule; "
                                                      "135 = no correction)."),
                                       QStringLiteral("deg"));
    const QCommandLineOption cityOption(QStringLiteral("city"),
                                        QStringLiteral("Birthplace by name (Korean or English), e.g. 부산 or Busan."),
                                        QStringLiteral("name"));
    const QCommandLineOption cityListOption(QStringLiteral("list-cities"), QStringLiteral("List built-in cities."));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("One JSON object per line (with the Saju API `saju` object)."));
    parser.addOptions({ziOption, lonOption, cityOption, cityListOption, jsonOption});
    parser.addPositionalArgument(QStringLiteral("line"), QStringLiteral("Birth date and time."),
                                 QStringLiteral("[LINE...]"));
    if (!parser.parse(args)) {
        err << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return ExitOk;
    }
    if (parser.isSet(cityListOption)) {
        for (const City &c : cities())
            out << c.nameKo << '\t' << c.nameEn << '\t' << QString::number(c.longitude, 'f', 3) << '\n';
        return ExitOk;
    }

    BirthInput options;
    const std::optional<ZiRule> zi = ziRuleFromName(parser.value(ziOption));
    if (!zi) {
        err << "sajudesk-cli pillars: --zi must be split, 23 or midnight, not '" << parser.value(ziOption) << "'\n";
        return ExitUsage;
    }
    options.zi = *zi;
    if (parser.isSet(lonOption) && parser.isSet(cityOption)) {
        err << "sajudesk-cli pillars: give --lon or --city, not both\n";
        return ExitUsage;
    }
    if (parser.isSet(lonOption)) {
        const Result<double> lon = parseLongitude(parser.value(lonOption));
        if (!lon) {
            err << "sajudesk-cli pillars: " << lon.error().message() << '\n';
            return ExitUsage;
        }
        options.longitude = lon.value();
    } else if (parser.isSet(cityOption)) {
        const std::optional<City> city = findCity(parser.value(cityOption));
        if (!city) {
            err << "sajudesk-cli pillars: " << SajuError{SajuErrorCode::UnknownCity, parser.value(cityOption)}.message()
                << " (see --list-cities)\n";
            return ExitUsage;
        }
        options.longitude = city->longitude;
    }
    const bool json = parser.isSet(jsonOption);

    std::vector<InputLine> lines;
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty()) {
        for (const QString &line : joinDateAndTime(positional))
            lines.emplace_back(line);
    } else {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            err << "sajudesk-cli pillars: cannot read stdin\n";
            return ExitUsage;
        }
        QList<QByteArray> raw = in.readAll().split('\n');
        if (!raw.isEmpty() && raw.last().isEmpty())
            raw.removeLast(); // the final newline does not start another line
        for (QByteArray &line : raw) {
            if (line.endsWith('\r'))
                line.chop(1);
            if (!line.startsWith('#'))
                lines.emplace_back(line);
        }
    }

    if (!json)
        out << "input\tyear\tmonth\tday\thour\thangul\tflags\n";
    // JSON lines are written as UTF-8 bytes straight to stdout, in 64 KiB blocks.
    QFile rawOut;
    QByteArray jsonLines;
    if (json) {
        if (!rawOut.open(stdout, QIODevice::WriteOnly)) {
            err << "sajudesk-cli pillars: cannot write to stdout\n";
            return ExitUsage;
        }
        jsonLines.reserve(1 << 17);
    }
    auto flushJson = [&] {
        if (!jsonLines.isEmpty()) {
            rawOut.write(jsonLines);
            rawOut.flush();
            jsonLines.clear();
        }
    };
    int failed = 0;
    int number = 0;
    for (const InputLine &line : lines) {
        ++number;
        const Result<BirthInput> in = std::holds_alternative<QString>(line)
                                          ? parseBirthLine(QStringView(std::get<QString>(line)), options)
                                          : parseBirthLine(QByteArrayView(std::get<QByteArray>(line)), options);
        const Result<FourPillars> r = in ? SajuEngine::compute(in.value()) : Result<FourPillars>(in.error());
        const QString text = displayText(line);
        if (!r) {
            ++failed;
            out.flush();
            flushJson();
            err << "sajudesk-cli pillars: line " << number << " \"" << text << "\": " << r.error().message() << " ["
                << errorCodeName(r.error().code) << "]\n";
            err.flush();
            continue;
        }
        const FourPillars &p = r.value();
        if (json) {
            appendDetailJsonLine(jsonLines, p, text);
            jsonLines += '\n';
            if (jsonLines.size() >= (1 << 16))
                flushJson();
        } else {
            out << text << '\t' << p.year.hanja() << '\t' << p.month.hanja() << '\t' << p.day.hanja() << '\t'
                << p.hourHanja() << '\t' << p.hangulText() << '\t' << p.flagsText() << '\n';
        }
    }
    out.flush();
    flushJson();
    return failed > 0 ? ExitFailure : ExitOk;
}

} // namespace sajudesk::cli
