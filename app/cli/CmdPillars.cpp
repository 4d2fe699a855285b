// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CmdPillars.h"

#include "cli/BirthLines.h"
#include "cli/CliCommand.h"
#include "saju/PillarsJson.h"
#include "saju/SajuEngine.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>

namespace sajudesk::cli {

using namespace sajudesk::saju;

int runPillars(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli", "Four pillars (saju) of Korean civil birth times, 1900-2100.\n"
               "Lines: YYYY-MM-DD HH:MM or YYYY-MM-DD (time unknown); prefix L for a Korean lunar date,\n"
               "L! for a leap (yun) lunar month. Without LINE arguments, lines are read from stdin."));
    parser.addHelpOption();
    const BirthLineOptions birth(
        QCoreApplication::translate("Cli", "One JSON object per line (with the Saju API `saju` object)."));
    birth.addTo(parser);
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
    BirthInput options;
    if (const int rc = birth.handle(parser, QStringLiteral("pillars"), options, out, err); rc >= 0)
        return rc;
    const bool json = parser.isSet(birth.json);

    std::vector<InputLine> lines;
    if (!readInputLines(parser.positionalArguments(), lines)) {
        err << QCoreApplication::translate("Cli", "sajudesk-cli pillars: cannot read stdin") << '\n';
        return ExitUsage;
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
        const Result<BirthInput> in = parseInputLine(line, options);
        const Result<FourPillars> r = in ? SajuEngine::compute(in.value()) : Result<FourPillars>(in.error());
        const QString text = displayText(line);
        if (!r) {
            ++failed;
            flushJson();
            reportLineError(out, err, QStringLiteral("pillars"), number, text, r.error());
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
