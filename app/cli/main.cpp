// SPDX-License-Identifier: GPL-3.0-or-later
// sajudesk-cli: a thin front end over sajudesk_core. Each subcommand lives in its own file
// (Cmd*.cpp) and is listed in commands() below.
#include "cli/CliCommand.h"
#include "cli/CmdPillars.h"
#include "core/BuildInfo.h"
#include "core/CoreLibrary.h"

#include <QCoreApplication>
#include <QTextStream>

#include <vector>

using namespace sajudesk::cli;

namespace {

const std::vector<CliCommand> &commands()
{
    static const std::vector<CliCommand> list = {
        {"pillars", "four pillars of birth dates (TSV or JSON); lunar input, zi rules, longitude",
         &sajudesk::cli::runPillars},
    };
    return list;
}

void printUsage(QTextStream &out)
{
    out << "Usage: sajudesk-cli [--version] [--help] <command> [options]\n\n"
        << "Commands:\n";
    for (const CliCommand &cmd : commands())
        out << "  " << QString::fromLatin1(cmd.name).leftJustified(10) << ' ' << cmd.summary << '\n';
    out << "\nRun 'sajudesk-cli <command> --help' for a command's options.\n";
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    sajudesk::initCore();
    QCoreApplication::setApplicationVersion(QString::fromLatin1(sajudesk::buildinfo::versionString));

    QStringList args = QCoreApplication::arguments();
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
            return cmd.run(args);
        }
    }
    err << "sajudesk-cli: unknown command '" << name << "'\n\n";
    printUsage(err);
    return ExitUsage;
}
