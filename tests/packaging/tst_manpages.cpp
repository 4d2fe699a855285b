// SPDX-License-Identifier: GPL-3.0-or-later
// Both man pages render without a groff warning, parse for whatis (lexgrog), have the sections users
// look for, and name every option and command the real binaries list in --help, so a new option or
// command without documentation fails here.
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &args, const QStringList &env = {})
{
    QProcess process;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    e.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    e.remove(QStringLiteral("LANGUAGE"));
    e.insert(QStringLiteral("MANWIDTH"), QStringLiteral("80"));
    for (const QString &pair : env)
        e.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
    process.setProcessEnvironment(e);
    process.start(program, args);
    process.closeWriteChannel();
    Run r;
    if (!process.waitForFinished(60000)) {
        process.kill();
        return r;
    }
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

QString manPage(const QString &name)
{
    QFile file(QStringLiteral(SAJUDESK_DEB_DIR "/") + name + QStringLiteral(".1"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

/// "--name" and "-x" options listed by a QCommandLineParser help text.
QStringList helpOptions(const QString &help)
{
    static const QRegularExpression row(QStringLiteral("^  (-[^ ].*?)(?: {2,}|$)"));
    static const QRegularExpression option(QStringLiteral("(--?[A-Za-z][A-Za-z0-9-]*)"));
    QStringList options;
    for (const QString &line : help.split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch m = row.match(line);
        if (!m.hasMatch())
            continue;
        auto it = option.globalMatch(m.captured(1));
        while (it.hasNext())
            options << it.next().captured(1);
    }
    return options;
}

/// How groff source writes an option: every '-' as "\-".
QString troff(const QString &option)
{
    return QString(option).replace(QLatin1Char('-'), QStringLiteral("\\-"));
}

QStringList cliCommands()
{
    const Run help = run(QStringLiteral(SAJUDESK_BIN_DIR "/sajudesk-cli"), {QStringLiteral("--help")});
    QStringList names;
    static const QRegularExpression row(QStringLiteral("^  ([a-z][a-z-]*) +\\S"));
    const QString commands = help.out.section(QStringLiteral("Commands:\n"), 1);
    for (const QString &line : commands.split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch m = row.match(line);
        if (!m.hasMatch())
            break;
        names << m.captured(1);
    }
    return names;
}

} // namespace

class TstManPages : public QObject
{
    Q_OBJECT
private slots:
    void rendersWithoutWarnings_data();
    void rendersWithoutWarnings();
    void hasTheUsualSections_data();
    void hasTheUsualSections();
    void guiOptionsDocumented();
    void cliCommandsAndOptionsDocumented_data();
    void cliCommandsAndOptionsDocumented();
};

void TstManPages::rendersWithoutWarnings_data()
{
    QTest::addColumn<QString>("page");
    QTest::newRow("sajudesk") << QStringLiteral("sajudesk");
    QTest::newRow("sajudesk-cli") << QStringLiteral("sajudesk-cli");
}

void TstManPages::rendersWithoutWarnings()
{
    QFETCH(QString, page);
    const QString path = QStringLiteral(SAJUDESK_DEB_DIR "/") + page + QStringLiteral(".1");
    // A missing tool is a failure: packaging/debian-packages.txt lists man-db.
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("man")).isEmpty(), "man not found (install man-db)");
    const Run man = run(QStringLiteral("man"), {QStringLiteral("--warnings"), QStringLiteral("-E"),
                                                QStringLiteral("UTF-8"), QStringLiteral("-l"), path});
    QCOMPARE(man.exitCode, 0);
    QVERIFY2(man.err.trimmed().isEmpty(), qPrintable(man.err));
    QVERIFY2(man.out.contains(QStringLiteral("EXAMPLES")), qPrintable(man.out.left(400)));
    const Run lexgrog = run(QStringLiteral("lexgrog"), {path});
    QVERIFY2(lexgrog.exitCode == 0, qPrintable(lexgrog.out + lexgrog.err));
    QVERIFY2(lexgrog.out.contains(QStringLiteral("\"") + page + QStringLiteral(" - ")), qPrintable(lexgrog.out));
}

void TstManPages::hasTheUsualSections_data()
{
    rendersWithoutWarnings_data();
}

void TstManPages::hasTheUsualSections()
{
    QFETCH(QString, page);
    const QString text = manPage(page);
    QVERIFY(!text.isEmpty());
    for (const char *section : {"NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "ENVIRONMENT", "FILES", "EXIT STATUS",
                                "EXAMPLES", "SEE ALSO"}) {
        const QRegularExpression header(QStringLiteral("^\\.SH (GLOBAL )?\"?%1\"?$").arg(QLatin1String(section)),
                                        QRegularExpression::MultilineOption);
        QVERIFY2(header.match(text).hasMatch(), section);
    }
    QVERIFY2(text.contains(QStringLiteral("SAJUDESK_RUNYOUR_KEY")), "environment variables");
    QVERIFY2(text.contains(QStringLiteral("runyour\\-api\\-key")), "keychain entries in FILES");
}

void TstManPages::guiOptionsDocumented()
{
    const Run help = run(QStringLiteral(SAJUDESK_BIN_DIR "/sajudesk"), {QStringLiteral("--help")},
                         {QStringLiteral("QT_QPA_PLATFORM=offscreen")});
    QCOMPARE(help.exitCode, 0);
    const QStringList options = helpOptions(help.out);
    QVERIFY2(options.contains(QStringLiteral("--demo")), qPrintable(help.out));
    const QString page = manPage(QStringLiteral("sajudesk"));
    for (const QString &option : options)
        QVERIFY2(page.contains(troff(option)), qPrintable(option + QLatin1String(" is not in sajudesk.1")));
}

void TstManPages::cliCommandsAndOptionsDocumented_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("(global)") << QString();
    const QStringList names = cliCommands();
    QVERIFY(names.size() >= 5);
    for (const QString &name : names)
        QTest::newRow(qPrintable(name)) << name;
}

void TstManPages::cliCommandsAndOptionsDocumented()
{
    QFETCH(QString, command);
    const QString page = manPage(QStringLiteral("sajudesk-cli"));
    QStringList args{QStringLiteral("--help")};
    if (!command.isEmpty()) {
        args.prepend(command);
        QVERIFY2(page.contains(QStringLiteral("\n.SS ") + command + QLatin1Char('\n')),
                 qPrintable(command + QLatin1String(" has no .SS section in sajudesk-cli.1")));
    }
    const Run help = run(QStringLiteral(SAJUDESK_BIN_DIR "/sajudesk-cli"), args);
    QCOMPARE(help.exitCode, 0);
    QStringList options = helpOptions(help.out);
    if (command.isEmpty()) // the top-level usage line lists the global options in brackets
        options << QStringLiteral("--verbose") << QStringLiteral("--language") << QStringLiteral("--version");
    QVERIFY2(!options.isEmpty(), qPrintable(help.out));
    for (const QString &option : std::as_const(options))
        QVERIFY2(page.contains(troff(option)), qPrintable(option + QLatin1String(" is not in sajudesk-cli.1")));
}

QTEST_GUILESS_MAIN(TstManPages)
#include "tst_manpages.moc"
