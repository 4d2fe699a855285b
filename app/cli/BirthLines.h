// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "saju/BirthInput.h"

#include <QByteArray>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>
#include <QTextStream>

#include <variant>
#include <vector>

// What the birth-line commands (`pillars`, `chart`) share: the --zi / --lon / --city /
// --list-cities / --json options, reading lines from the arguments or stdin, and the per-line
// error report. One place, so both commands accept and refuse exactly the same input.
//   BirthLineOptions opts;  opts.addTo(parser);  … parser.parse(args) …
//   if (int rc = opts.handle(parser, "pillars", input, out, err); rc >= 0) return rc;
//   std::vector<InputLine> lines;  if (!readInputLines(parser.positionalArguments(), lines)) …
namespace sajudesk::cli {

/// One input line: text from an argument, or raw bytes from stdin (checked for UTF-8 by the parser).
using InputLine = std::variant<QString, QByteArray>;

struct BirthLineOptions
{
    /// `jsonHelp` describes the command's --json output.
    explicit BirthLineOptions(const QString &jsonHelp);
    void addTo(QCommandLineParser &parser) const;
    /// --list-cities prints the cities (returns ExitOk); a bad --zi/--lon/--city prints the reason
    /// (returns ExitUsage); otherwise fills `input`'s longitude and 子 rule and returns -1.
    int handle(const QCommandLineParser &parser, const QString &command, saju::BirthInput &input, QTextStream &out,
               QTextStream &err) const;

    QCommandLineOption zi;
    QCommandLineOption lon;
    QCommandLineOption city;
    QCommandLineOption listCities;
    QCommandLineOption json;
};

/// The positional arguments (a date and a time given as two arguments are joined), or without
/// any, the lines of stdin (a final newline ends the last line, CR LF is accepted, lines starting
/// with '#' are skipped). False when stdin cannot be read.
bool readInputLines(const QStringList &positional, std::vector<InputLine> &lines);
saju::Result<saju::BirthInput> parseInputLine(const InputLine &line, const saju::BirthInput &base);
/// The line as shown in output and errors (trimmed).
QString displayText(const InputLine &line);
/// `sajudesk-cli <command>: line N "<text>": <message> [<code>]` on stderr, after flushing `out`.
void reportLineError(QTextStream &out, QTextStream &err, const QString &command, int number, const QString &text,
                     const saju::SajuError &error);

} // namespace sajudesk::cli
