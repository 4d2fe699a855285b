// SPDX-License-Identifier: GPL-3.0-or-later
// sajudesk-cli: a thin front end over sajudesk_core. Each subcommand lives in its own file
// (Cmd*.cpp) and is listed in commands() below.
#include "cli/CliCommand.h"
#include "cli/CliServices.h"
#include "cli/CmdChart.h"
#include "cli/CmdChat.h"
#include "cli/CmdFortune.h"
#include "cli/CmdKey.h"
#include "cli/CmdModels.h"
#include "cli/CmdPillars.h"
#include "core/BuildInfo.h"
#include "core/CoreLibrary.h"
#include "core/LanguageManager.h"
#include "core/Logging.h"

#include <QCoreApplication>
#include <QTextStream>

#include <vector>

using namespace sajudesk::cli;

namespace {

const std::vector<CliCommand> &commands()
{
    static const std::vector<CliCommand> list = {
        {"chart",
         QT_TRANSLATE_NOOP("Cli", "the 만세력 chart: ten gods, hidden stems, 12 stages, void, luck pillars, trace"),
         &sajudesk::cli::runChart},
        {"chat", QT_TRANSLATE_NOOP("Cli", "ask a RunYour AI model; the answer streams to stdout"),
         &sajudesk::cli::runChat},
        {"fortune", QT_TRANSLATE_NOOP("Cli", "four pillars of a birth + the day's fortune from the Saju API"),
         &sajudesk::cli::runFortune},
        {"key", QT_TRANSLATE_NOOP("Cli", "store, inspect or remove API keys in the OS keychain"),
         &sajudesk::cli::runKey},
        {"models", QT_TRANSLATE_NOOP("Cli", "list the RunYour AI models usable with your key"),
         &sajudesk::cli::runModels},
        {"pillars",
         QT_TRANSLATE_NOOP("Cli", "four pillars of birth dates (TSV or JSON); lunar input, zi rules, longitude"),
         &sajudesk::cli::runPillars},
    };
    return list;
}

void printUsage(QTextStream &out)
{
    out << QCoreApplication::translate("Cli", "Usage: sajudesk-cli [--version] [--help] [--verbose] [--language ko|en] "
                                              "[--demo] [--runyour-url URL] [--saju-url URL] <command> [options]")
        << "\n\n"
        << QCoreApplication::translate("Cli", "Commands:") << '\n';
    for (const CliCommand &cmd : commands())
        out << "  " << QString::fromLatin1(cmd.name).leftJustified(10) << ' '
            << QCoreApplication::translate("Cli", cmd.summary) << '\n';
    out << '\n'
        << QCoreApplication::translate(
               "Cli", "Run 'sajudesk-cli <command> --help' for a command's options.\n"
                      "--demo answers from a built-in offline server. Keys come from SAJUDESK_RUNYOUR_KEY /\n"
                      "SAJUDESK_SAJU_KEY when set, else from the OS keychain (see 'key').\n"
                      "--verbose logs each request on stderr. --language picks ko or en (default: LANGUAGE,\n"
                      "LC_ALL, LC_MESSAGES or LANG).\n"
                      "Exit codes: 0 ok, 1 some lines failed, 2 usage or input error, 3 API error, 4 network error.")
        << '\n';
}

/// Takes "--language CODE" / "--language=CODE" out of `args` (wherever it stands, up to "--").
/// Returns false when the option has no value.
bool takeLanguageOption(QStringList &args, QString *code)
{
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == QLatin1String("--"))
            break;
        if (arg.startsWith(QLatin1String("--language="))) {
            *code = arg.mid(11);
            args.removeAt(i);
            return !code->isEmpty();
        }
        if (arg == QLatin1String("--language")) {
            if (i + 1 >= args.size())
                return false;
            *code = args.at(i + 1);
            args.remove(i, 2);
            return true;
        }
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    sajudesk::initCore();
    QCoreApplication::setApplicationVersion(QString::fromLatin1(sajudesk::buildinfo::versionString));

    // stderr is for results a script may parse (errors, retries); per-request info logs only when
    // asked for with QT_LOGGING_RULES or --verbose.
    QStringList args = QCoreApplication::arguments();
    const bool verbose = args.removeAll(QStringLiteral("--verbose")) > 0;
    sajudesk::applyLoggingDefaults(verbose);

    // The same catalogue as the GUI, but chosen like any terminal program: --language, else the
    // locale environment. The GUI's saved choice is not used, so scripts see what their locale says.
    sajudesk::LanguageManager languages;
    QString language;
    const bool languageGiven = takeLanguageOption(args, &language);
    if (!languageGiven || !languages.applyForCommandLine(language)) {
        languages.applyForCommandLine(QString());
        writeErr(QCoreApplication::translate("Cli", "sajudesk-cli: --language must be ko or en, not \"%1\".\n")
                     .arg(language));
        return ExitUsage;
    }
    // Service options may stand before the command name ("sajudesk-cli --demo chat hi"); they are
    // moved behind it so each command's parser sees them.
    QStringList globals;
    while (args.size() > 1) {
        bool takesValue = false;
        if (!CliServices::isGlobalOption(args.at(1), &takesValue))
            break;
        globals << args.takeAt(1);
        if (takesValue && args.size() > 1)
            globals << args.takeAt(1);
    }
    if (!globals.isEmpty() && args.size() > 1)
        args = args.mid(0, 2) + globals + args.mid(2);
    QTextStream out(stdout);
    QTextStream err(stderr);

    if (args.size() < 2 || args.at(1) == QLatin1String("--help") || args.at(1) == QLatin1String("-h")
        || args.at(1) == QLatin1String("help")) {
        printUsage(args.size() < 2 ? err : out);
        return args.size() < 2 ? ExitUsage : ExitOk;
    }
    if (args.at(1) == QLatin1String("--version") || args.at(1) == QLatin1String("-v")) {
        out << "sajudesk-cli " << sajudesk::buildinfo::versionLine() << '\n';
        return ExitOk;
    }

    const QString name = args.at(1);
    for (const CliCommand &cmd : commands()) {
        if (name == QLatin1String(cmd.name)) {
            args.removeFirst();
            args.first() = QStringLiteral("sajudesk-cli ") + name;
            // QCommandLineParser's "Usage:" line names the program by QCoreApplication::arguments()
            // .first(), read from argv[0] on each call: pointing argv[0] at "sajudesk-cli <command>"
            // makes every command's --help name itself, with no code in the command.
            QByteArray program = args.first().toLocal8Bit();
            argv[0] = program.data();
            return cmd.run(args);
        }
    }
    err << QCoreApplication::translate("Cli", "sajudesk-cli: unknown command '%1'").arg(name) << "\n\n";
    printUsage(err);
    return ExitUsage;
}
