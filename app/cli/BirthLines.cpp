// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/BirthLines.h"

#include "cli/CliCommand.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

namespace sajudesk::cli {

using namespace sajudesk::saju;

BirthLineOptions::BirthLineOptions(const QString &jsonHelp)
    : zi(QStringLiteral("zi"),
         QCoreApplication::translate(
             "Cli", "Zi-hour rule: split (default; day changes at 00:00, 23:xx takes the next day's hour "
                    "stem), 23 (day changes at 23:00) or midnight."),
         QStringLiteral("rule"), QStringLiteral("split"))
    , lon(QStringLiteral("lon"),
          QCoreApplication::translate(
              "Cli", "Birthplace longitude in degrees east for local mean time (default 126.978, Seoul; "
                     "127.5 = fixed 30-minute rule; 135 = no correction)."),
          QStringLiteral("deg"))
    , city(QStringLiteral("city"),
           QCoreApplication::translate("Cli", "Birthplace by name (Korean or English), e.g. 부산 or Busan."),
           QStringLiteral("name"))
    , listCities(QStringLiteral("list-cities"), QCoreApplication::translate("Cli", "List built-in cities."))
    , json(QStringLiteral("json"), jsonHelp)
{}

void BirthLineOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({zi, lon, city, listCities, json});
}

int BirthLineOptions::handle(const QCommandLineParser &parser, const QString &command, BirthInput &input,
                             QTextStream &out, QTextStream &err) const
{
    if (parser.isSet(listCities)) {
        for (const City &c : cities())
            out << c.nameKo << '\t' << c.nameEn << '\t' << QString::number(c.longitude, 'f', 3) << '\n';
        return ExitOk;
    }
    const QString prefix = QStringLiteral("sajudesk-cli ") + command + QStringLiteral(": ");
    const std::optional<ZiRule> rule = ziRuleFromName(parser.value(zi));
    if (!rule) {
        err << prefix
            << QCoreApplication::translate("Cli", "--zi must be split, 23 or midnight, not '%1'").arg(parser.value(zi))
            << '\n';
        return ExitUsage;
    }
    input.zi = *rule;
    if (parser.isSet(lon) && parser.isSet(city)) {
        err << prefix << QCoreApplication::translate("Cli", "give either --lon or --city, not both") << '\n';
        return ExitUsage;
    }
    if (parser.isSet(lon)) {
        const Result<double> value = parseLongitude(parser.value(lon));
        if (!value) {
            err << prefix << value.error().message() << '\n';
            return ExitUsage;
        }
        input.longitude = value.value();
    } else if (parser.isSet(city)) {
        const std::optional<City> found = findCity(parser.value(city));
        if (!found) {
            err << prefix << SajuError{SajuErrorCode::UnknownCity, parser.value(city)}.message() << ' '
                << QCoreApplication::translate("Cli", "(see --list-cities)") << '\n';
            return ExitUsage;
        }
        input.longitude = found->longitude;
    }
    return -1;
}

bool readInputLines(const QStringList &positional, std::vector<InputLine> &lines)
{
    if (!positional.isEmpty()) {
        // `pillars 1992-08-26 05:40` without quotes arrives as two arguments: put them back together.
        static const QRegularExpression timeOnly(QStringLiteral("^\\d{1,2}:\\d{2}$"));
        QStringList joined;
        for (const QString &arg : positional) {
            if (!joined.isEmpty() && timeOnly.match(arg).hasMatch() && !joined.last().contains(QLatin1Char(':')))
                joined.last() += QLatin1Char(' ') + arg;
            else
                joined << arg;
        }
        for (const QString &line : joined)
            lines.emplace_back(line);
        return true;
    }
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return false;
    QList<QByteArray> raw = in.readAll().split('\n');
    if (!raw.isEmpty() && raw.last().isEmpty())
        raw.removeLast(); // the final newline does not start another line
    for (QByteArray &line : raw) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (!line.startsWith('#'))
            lines.emplace_back(line);
    }
    return true;
}

Result<BirthInput> parseInputLine(const InputLine &line, const BirthInput &base)
{
    if (const QString *s = std::get_if<QString>(&line))
        return parseBirthLine(QStringView(*s), base);
    return parseBirthLine(QByteArrayView(std::get<QByteArray>(line)), base);
}

QString displayText(const InputLine &line)
{
    if (const QString *s = std::get_if<QString>(&line))
        return s->trimmed();
    return QString::fromUtf8(std::get<QByteArray>(line)).trimmed();
}

void reportLineError(QTextStream &out, QTextStream &err, const QString &command, int number, const QString &text,
                     const SajuError &error)
{
    out.flush();
    err << "sajudesk-cli " << command << ": "
        << QCoreApplication::translate("Cli", "line %1 \"%2\": %3").arg(QString::number(number), text, error.message())
        << " [" << errorCodeName(error.code) << "]\n";
    err.flush();
}

} // namespace sajudesk::cli
